// The small pieces of the extractor: dates, amounts, headings, list items, org kinds, programmes.
import { describe, expect, it } from 'vitest';
import { orgKindFromName } from '../../src/graph/orgKind';
import { findProgrammes } from '../../src/graph/programmes';
import { parsePeriod } from '../../src/pipeline/dates';
import { parseAmount } from '../../src/pipeline/amounts';
import { classifyHeading as classify } from '../../src/pipeline/extract/blocks';
import { makeContext } from '../../src/pipeline/extract/context';
import { readItem } from '../../src/pipeline/extract/items';
import { decodeDocument, htmlToReadable, readHeader } from '../../src/pipeline/read';
import { lines, sentences } from '../../src/pipeline/segment';

describe('parsePeriod', () => {
  it('finds no period in a single date or in text without dates', () => {
    expect(parsePeriod('Datum: 6. února 2013')).toBeUndefined();
    expect(parsePeriod('no dates here')).toBeUndefined();
  });

  it('reads month names in many languages into ISO partial dates', () => {
    expect(parsePeriod('Trajanje projekta:  1. oktober 2006 – 31. marec 2008')).toEqual({
      start: '2006-10-01',
      end: '2008-03-31',
    });
    expect(parsePeriod('Doba realizace: Březen 2010 – únor 2013 (36 měsíců)')).toEqual({
      start: '2010-03',
      end: '2013-02',
    });
    expect(parsePeriod('Okres realizacji: styczeń 2012 – grudnia 2014')).toEqual({
      start: '2012-01',
      end: '2014-12',
    });
    expect(parsePeriod('Perioada: ianuarie 2011 - iunie 2013')).toEqual({ start: '2011-01', end: '2013-06' });
    expect(parsePeriod('Продължителност: май 2017 – април 2019')).toEqual({
      start: '2017-05',
      end: '2019-04',
    });
    expect(parsePeriod('Duration: 01.09.2015 to 31.08.2018')).toEqual({
      start: '2015-09-01',
      end: '2018-08-31',
    });
  });

  it('reads a range of years', () => {
    expect(parsePeriod('Durata de implementare a proiectului este de 48 luni (2010-2013).')).toEqual({
      start: '2010',
      end: '2013',
    });
  });
});

describe('parseAmount', () => {
  it('rejects text that is not an amount', () => {
    expect(parseAmount('abc')).toBeUndefined();
    expect(parseAmount('36')).toBeUndefined();
  });

  it('reads thousands separators and decimals of several conventions', () => {
    expect(parseAmount('1 460 000')).toBe(1460000);
    expect(parseAmount('2.450.000,00')).toBe(2450000);
    expect(parseAmount('1,250,000.50')).toBe(1250000);
  });
});

/** A context for a page in the given language, to read one heading or entry with. */
const page = (language = 'English') =>
  makeContext(decodeDocument('p.txt', new TextEncoder().encode(`language: ${language}\n\nText.\n`)));
const classifyHeading = (line: string) => classify(page(), line);
const parseItem = (raw: string, quote: string) => readItem(page(), raw, quote);

describe('classifyHeading', () => {
  it('does not take a sentence that starts with "partners" for a heading', () => {
    expect(
      classifyHeading('Partneři projektu se snaží také navázat spolupráci se zástupci obdobných projektů'),
    ).toBeUndefined();
    expect(classifyHeading('Cilji projekta:')).toBeUndefined();
  });

  it('tells lead, partner, associated and observer headings in many languages', () => {
    expect(classifyHeading('Vedoucí partner:')).toEqual({ role: 'lead' });
    expect(classifyHeading('Partneři projektu:')).toEqual({ role: 'partner' });
    expect(classifyHeading('Partnerji:')).toEqual({ role: 'partner' });
    expect(classifyHeading('Partenaires associés :')).toEqual({ role: 'associated' });
    expect(classifyHeading('Capofila: Comune di Torino')).toEqual({
      role: 'lead',
      value: 'Comune di Torino',
      valueStart: 10,
    });
    expect(classifyHeading('Pozorovatelé:')).toEqual({ role: 'excluded' });
  });
});

describe('readItem', () => {
  it('reads nothing from a line with no name', () => {
    expect(parseItem('• 12, 13', '• 12, 13')).toBeUndefined();
  });

  it('reads the country before the organisation and the administering body as not the partner', () => {
    const item = parseItem(
      'Polska (Klaster LifeScience, administrowany przez Jagiellońskie Centrum Innowacji)',
      'q',
    );
    expect(item?.organisation).toMatchObject({
      name: 'Klaster LifeScience',
      country: { code: 'PL', written: 'Polska' },
      kind: 'cluster',
    });
    expect(item?.notes[0]?.kind).toBe('ambiguous');
  });

  it('reads an acronym and a city from "(Short, City)" even when a parenthesis is left open', () => {
    const item = parseItem(
      'Hiszpania (Cluser de empresas biotecnologicas de Aragon (Bioaratec, Saragossa)',
      'q',
    );
    expect(item?.organisation).toMatchObject({
      name: 'Cluser de empresas biotecnologicas de Aragon',
      acronym: 'Bioaratec',
      city: 'Saragossa',
    });
  });

  it('keeps a leading article that belongs to the name', () => {
    expect(parseItem('La Rioja Turismo (España)', 'q')?.organisation.name).toBe('La Rioja Turismo');
  });

  it('keeps the country in a name that says it is national', () => {
    expect(parseItem('Asociaţia Naţională a Municipiilor din Bulgaria', 'q')?.organisation.name).toBe(
      'Asociaţia Naţională a Municipiilor din Bulgaria',
    );
    expect(parseItem('Regiunea Leipzig din Germania', 'q')?.organisation).toMatchObject({
      name: 'Regiunea Leipzig',
      country: { code: 'DE' },
    });
  });
});

describe('orgKindFromName', () => {
  it('tells no kind from a name without a telling word', () => {
    expect(orgKindFromName('ZRS Bistra Ptuj')).toBeUndefined();
  });

  it('tells kinds in several languages, agencies before legal forms', () => {
    expect(orgKindFromName('“ARLEG” S.A. Regional Development Agency')).toBe('development agency');
    expect(orgKindFromName('Mind Consult & Research Ltd')).toBe('company');
    expect(orgKindFromName('Universytatea Babes-Bolyai Cluj Napoca')).toBe('university or research');
    expect(orgKindFromName('Cluser de empresas biotecnologicas de Aragon')).toBe('cluster');
    expect(orgKindFromName('irtschaftsverband Gera – Ronneburg 2007 e.V.')).toBe('chamber or association');
    expect(orgKindFromName('Consiliul Judeţean Cluj')).toBe('public authority');
    expect(orgKindFromName('Enterprise Development Foundation of Tolna County')).toBe('NGO');
  });
});

describe('findProgrammes', () => {
  it('finds nothing in text about regions', () => {
    expect(findProgrammes('Clusters and Cooperation for Regional Development in Central Europe')).toEqual([]);
  });

  it('finds programmes in their many spellings', () => {
    const slug = (t: string) => findProgrammes(t).map((m) => m.programme.slug);
    expect(slug('delno financiran iz EU – Interreg III B Cadses')).toEqual(['interreg-iiib-cadses']);
    expect(slug('Programul de Cooperare Interregională  INTERREG IV C')).toEqual(['interreg-ivc']);
    expect(slug('the INTERREG IVC programme')).toEqual(['interreg-ivc']);
    expect(slug('This project is implemented through the CENTRAL EUROPE Programme')).toEqual([
      'central-europe',
    ]);
    expect(slug('Нов проект по програма Еразъм+ – ETV 4 Innovation')).toEqual(['erasmus-plus']);
    expect(slug('funded by Horizon 2020')).toEqual(['horizon-2020']);
  });
});

describe('reading and segmenting', () => {
  it('blanks HTML tags so every line is a substring of the file', () => {
    const html =
      '<p>Partners:</p><ul><li>Stadt Graz &amp; Umgebung, A</li></ul><script>var x = "<p>no</p>";</script>';
    const readable = htmlToReadable(html);
    const texts = lines(readable)
      .map((l) => l.text)
      .filter(Boolean);
    expect(texts).toEqual(['Partners:', 'Stadt Graz &amp; Umgebung, A']);
    for (const t of texts) expect(html.includes(t)).toBe(true);
    expect(decodeDocument('a.html', new TextEncoder().encode(html)).readable).toBe(readable);
  });

  it('does not cut sentences after abbreviations', () => {
    const [line] = lines('Regionální rozvojová agentura, a.s. Je to agentura. Druhá věta.');
    expect(sentences(line!).map((s) => s.text)).toEqual([
      'Regionální rozvojová agentura, a.s. Je to agentura.',
      'Druhá věta.',
    ]);
  });
});

describe('the header of a page file', () => {
  it('reads no header from a page that has none, and stops at the first line of text', () => {
    expect(readHeader('Partners:\nsource: https://x.eu\n')).toEqual({ facts: {}, end: 0 });
  });

  it('reads the source and language lines, and blanks them out of the text to read', () => {
    const text = 'source: https://www.example.eu/projects/green-way/\nlanguage: Slovenian\n\nPartnerji:\n';
    const doc = decodeDocument('sl-1.txt', new TextEncoder().encode(text));
    expect(doc.source).toEqual({
      value: 'https://www.example.eu/projects/green-way/',
      quote: 'source: https://www.example.eu/projects/green-way/',
    });
    expect(doc.language).toEqual({ value: 'Slovenian', quote: 'language: Slovenian' });
    expect(doc.readable.length).toBe(text.length);
    expect(doc.readable.trim()).toBe('Partnerji:');
    expect(() => decodeDocument('h.txt', new TextEncoder().encode('source: https://x.eu\n'))).toThrow(
      /only its header lines/,
    );
  });

  it('reads the title, language and address of an HTML page', () => {
    const html =
      '<html lang="de"><head><title>GreenWay – Partner</title><link rel="canonical" href="https://g.eu/p"></head><body><p>Text</p></body></html>';
    const doc = decodeDocument('p.html', new TextEncoder().encode(html));
    expect(doc.title?.value).toBe('GreenWay – Partner');
    expect(doc.language?.value).toBe('de');
    expect(doc.source?.value).toBe('https://g.eu/p');
  });
});
