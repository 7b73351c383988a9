import { describe, expect, it } from 'vitest';
import {
  countryLabel,
  EUROPEAN_COUNTRY_CODES,
  findCountryWords,
  resolveCountry,
} from '../../src/graph/countries';
import { foldText, nameKey, slugify, withinOneEdit } from '../../src/graph/normalise';

describe('resolveCountry', () => {
  it('returns undefined for empty text, punctuation and words that are not countries', () => {
    for (const text of ['', '  ', '(),', 'Regional', 'Committee', 'Leipzig', 'Osijek', 'Saragossa']) {
      expect(resolveCountry(text)).toBeUndefined();
    }
  });

  it('does not turn a region one letter away from a neighbour country into that country', () => {
    expect(resolveCountry('Styria')).toBeUndefined();
  });

  it('reads country names in the languages of the seed pages and English', () => {
    const cases: Array<[string, string]> = [
      ['Slovenija', 'SI'],
      ['Avstrija', 'AT'],
      ['Nemčija', 'DE'],
      ['Slovaška', 'SK'],
      ['Madžarska', 'HU'],
      ['Italija', 'IT'],
      ['Hrvaška', 'HR'],
      ['Srbija', 'RS'],
      ['Črna gora', 'ME'],
      ['Polska', 'PL'],
      ['Hiszpania', 'ES'],
      ['Rumunia', 'RO'],
      ['Grecja', 'GR'],
      ['Испания', 'ES'],
      ['Germany', 'DE'],
      ['Österreich', 'AT'],
      ['Italia', 'IT'],
      ['France', 'FR'],
      ['Česko', 'CZ'],
      ['Magyarország', 'HU'],
    ];
    for (const [text, code] of cases) expect(resolveCountry(text)?.code, text).toBe(code);
  });

  it('forgives one typo in names of five letters or more ("Avstija" for "Avstrija")', () => {
    expect(resolveCountry('Avstija')).toEqual({ code: 'AT', matched: 'Avstija', how: 'typo' });
    expect(resolveCountry('Slovnija')?.code).toBe('SI');
    expect(resolveCountry('Itly')).toBeUndefined();
  });

  it('reads inflected forms: Polish instrumental and genitive, Romanian after "din"', () => {
    expect(resolveCountry('Hiszpanią')?.code).toBe('ES');
    expect(resolveCountry('Rumunii')?.code).toBe('RO');
    expect(resolveCountry('din Germania')).toEqual({ code: 'DE', matched: 'Germania', how: 'name' });
    expect(resolveCountry('din Polonia')?.code).toBe('PL');
  });

  it('reads ISO, licence-plate and sports codes only when written in capitals', () => {
    const cases: Array<[string, string]> = [
      ['GER', 'DE'],
      ['SLO', 'SI'],
      ['ČR', 'CZ'],
      ['CZ', 'CZ'],
      ['SK', 'SK'],
      ['HU', 'HU'],
      ['PL', 'PL'],
      ['AT', 'AT'],
      ['IT', 'IT'],
      ['A', 'AT'],
      ['D', 'DE'],
      ['H', 'HU'],
      ['I', 'IT'],
      ['AUT', 'AT'],
      ['EL', 'GR'],
      ['UK', 'GB'],
      ['CRO', 'HR'],
    ];
    for (const [text, code] of cases) expect(resolveCountry(text)?.code, text).toBe(code);
    expect(resolveCountry('ger')).toBeUndefined();
    expect(resolveCountry('it')).toBeUndefined();
  });

  it('reads codes in any case and refuses typos when the options say so (table cells)', () => {
    expect(resolveCountry('de', { codesInAnyCase: true })?.code).toBe('DE');
    expect(resolveCountry('aut', { codesInAnyCase: true })?.code).toBe('AT');
    expect(resolveCountry('Avstija', { typos: false })).toBeUndefined();
  });

  it('reads adjectives in English and in the countries own languages', () => {
    expect(resolveCountry('Austrian')?.code).toBe('AT');
    expect(resolveCountry('italiana')?.code).toBe('IT');
    expect(resolveCountry('française')?.code).toBe('FR');
    expect(resolveCountry('deutsch')?.code).toBe('DE');
  });

  it('knows every European country in English with a label', () => {
    expect(EUROPEAN_COUNTRY_CODES.length).toBeGreaterThanOrEqual(50);
    for (const code of ['SI', 'CZ', 'MK', 'GB', 'XK', 'VA', 'MD', 'UA'])
      expect(countryLabel(code)).not.toBe(code);
    expect(countryLabel('MK')).toBe('North Macedonia');
    expect(countryLabel('SI')).toBe('Slovenia');
  });
});

describe('findCountryWords', () => {
  it('finds nothing in a name without a country word', () => {
    expect(findCountryWords('Milano Metropoli Development Agency')).toEqual([]);
  });

  it('finds an adjective or a country name inside an organisation name', () => {
    expect(findCountryWords('Upper Austrian Chamber of Commerce').map((m) => m.code)).toEqual(['AT']);
    expect(findCountryWords('Hrvatska gospodarska komora').map((m) => m.code)).toEqual(['HR']);
  });
});

describe('name normalisation', () => {
  it('folds case and diacritics so spellings compare equal', () => {
    expect(foldText('Judeţean Łódź Straße')).toBe('judetean lodz strasse');
    expect(nameKey('SMEGoNET')).toBe(nameKey('SMEGoNet'));
    expect(nameKey('CLUSTERS-CORD')).toBe(nameKey('Clusters Cord'));
  });

  it('keeps "SMART+" and "Sm@rt Region" apart and makes readable slugs', () => {
    expect(slugify('SMART+')).toBe('smart-plus');
    expect(slugify('Sm@rt Region')).toBe('smart-region');
    expect(slugify('ZRS Bistra Ptuj')).toBe('zrs-bistra-ptuj');
    expect(slugify('')).toBe('unnamed');
  });

  it('measures one edit: insertion, deletion, substitution, swap', () => {
    expect(withinOneEdit('avstrija', 'avstija')).toBe(true);
    expect(withinOneEdit('avstrija', 'avsrtija')).toBe(true);
    expect(withinOneEdit('avstrija', 'avstrixa')).toBe(true);
    expect(withinOneEdit('avstrija', 'astija')).toBe(false);
  });
});
