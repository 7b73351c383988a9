import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/schema';
import { guessMapping } from '../../src/io/partners/columns';
import { importPartnerTable, importPartnerTableBlob } from '../../src/io/partners/importTable';
import { parseAmount, parseDate, parseRole } from '../../src/io/partners/values';
import type { ReadResult } from '../../src/io/types';

const KEEP_EU = [
  'Programme,Project acronym,Project name,Partner name,Lead partner,Partner country,Partner city,NUTS region,Project start date,Project end date,Total budget',
  'Interreg Central Europe,CLUSTERS,Clusters Cord,ZRS Bistra Ptuj,Yes,Slovenia,Ptuj,SI032,01.03.2010,31.12.2012,"1.234.567,89"',
  'Interreg Central Europe,CLUSTERS,Clusters Cord,Ústecký kraj,No,Czech Republic,Ústí nad Labem,CZ042,01.03.2010,31.12.2012,"1.234.567,89"',
  'Interreg Central Europe,CLUSTERS,Clusters Cord,Universitatea Babeș-Bolyai,No,RO,Cluj-Napoca,RO113,01.03.2010,31.12.2012,"1.234.567,89"',
  'Interreg Central Europe,SMART-UP,Smart Up,ZRS Bistra Ptuj,No,SI,Ptuj,SI032,2016-06,2019-05,"980 000"',
  'Interreg Central Europe,SMART-UP,Smart Up,Ústecký kraj,Yes,CZ,Ústí nad Labem,CZ042,2016-06,2019-05,"980 000"',
].join('\r\n');

const CORDIS = [
  'projectID;projectAcronym;organisationID;vatNumber;name;shortName;activityType;city;country;nutsCode;role;ecContribution',
  '101000001;GREENTECH;999;SI123;UNIVERZA V LJUBLJANI;UL;HES;Ljubljana;SI;SI041;coordinator;250000.5',
  '101000001;GREENTECH;998;;ETHNIKO KENTRO EREVNAS;CERTH;REC;Thessaloniki;EL;EL522;participant;120000',
  '101000001;GREENTECH;997;;Some Observer Ltd;;PRC;London;UK;UKI3;associatedPartner;0',
  '',
].join('\n');

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  if (!result.conforms) throw new Error(result.report.notes.join('\n'));
  const checked = parseGraph(result.graph.export(), result.report.file);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return result;
}

const errorsOf = (result: ReadResult) => (result.ok ? [] : result.errors);

describe('partner table: bad input', () => {
  it('refuses a table without a partner column and lists the headers it found', () => {
    expect(errorsOf(importPartnerTable('project,country\nA,SI\n', 'p.csv'))).toEqual([
      'p.csv: row 1: missing required column "partner / organisation / beneficiary" (the header has: "project", "country")',
    ]);
  });

  it('refuses a table without a project or acronym column', () => {
    expect(errorsOf(importPartnerTable('partner;country\nA;SI\n', 'p.csv'))).toEqual([
      'p.csv: row 1: missing required column "project / acronym" (the header has: "partner", "country")',
    ]);
  });

  it('refuses a mapping that names a column the file does not have', () => {
    const result = importPartnerTable('a,b\nx,y\n', 'p.csv', {
      mapping: { organisation: 'a', project: 'Projekt' },
    });
    expect(errorsOf(result)).toEqual(['p.csv: row 1: column "Projekt" (for project) is not in the header']);
  });

  it('refuses an empty file, a binary file and a table with no usable rows', () => {
    expect(errorsOf(importPartnerTable('', 'e.csv'))).toEqual(['e.csv: the file is empty (no header row)']);
    expect(errorsOf(importPartnerTable('PK\u0003\u0004\u0000\u0000xl/workbook', 'w.csv'))[0]).toMatch(
      /^w\.csv: looks like a binary file \(an \.xlsx workbook/,
    );
    expect(errorsOf(importPartnerTable('project,partner\n,\nA,\n', 'n.csv'))).toEqual([
      'n.csv: no usable rows (2 read)',
      'n.csv: row 2: empty row',
      'n.csv: row 3, column "partner": row skipped: no partner name',
    ]);
  });

  it('skips empty rows, duplicate rows and rows with too many cells, naming file, row and column', () => {
    const text = [
      'project,partner,country,role',
      'P1,Alpha,SI,lead',
      '',
      'P1,Alpha,SI,lead',
      'P1,Beta,Atlantis,partner',
      'P1,Gamma,AT,partner,oops',
      'P1,Delta,DE,grand vizier',
      'P1,Beta,Atlantis,lead',
    ].join('\n');
    const result = ok(importPartnerTable(text, 't.csv'));
    expect(result.report.skipped).toEqual([
      { file: 't.csv', row: 3, reason: 'empty row' },
      { file: 't.csv', row: 4, reason: 'row skipped: duplicate of row 2' },
      {
        file: 't.csv',
        row: 5,
        column: 'country',
        reason: 'unknown country "Atlantis": the partner is kept without a country',
      },
      {
        file: 't.csv',
        row: 6,
        reason: 'row skipped: it has 5 cells but the header has 4 (an unquoted delimiter in a name?)',
      },
      { file: 't.csv', row: 7, column: 'role', reason: 'unknown role "grand vizier": read as partner' },
      {
        file: 't.csv',
        row: 8,
        column: 'country',
        reason: 'unknown country "Atlantis": the partner is kept without a country',
      },
      {
        file: 't.csv',
        row: 8,
        column: 'role',
        reason:
          'row skipped: inconsistent roles: "Beta" in P1 is lead here but partner in row 5; row 5 is kept',
      },
    ]);
    expect(result.report).toMatchObject({ read: 7, used: 3, nodes: 6, format: 'csv' });
    expect(result.report.notes[0]).toBe('t.csv: 7 rows read, 3 used, 4 skipped');
    expect(result.graph.getNodeAttributes('org:beta')).not.toHaveProperty('country');
    expect(result.graph.getEdgeAttribute('participates_in:org:delta->project:p1', 'role')).toBe('partner');
  });

  it('reads a second lead partner of a project as partner and says so', () => {
    const result = ok(
      importPartnerTable('project,partner,role\nP1,Alpha,lead\nP1,Beta,Lead partner\n', 'l.csv'),
    );
    expect(result.report.skipped).toEqual([
      {
        file: 'l.csv',
        row: 3,
        column: 'role',
        reason: 'inconsistent roles: a second lead partner of P1 (row 2 is the lead): read as partner',
      },
    ]);
    expect(result.graph.getEdgeAttribute('participates_in:org:beta->project:p1', 'role')).toBe('partner');
    expect(result.graph.getEdgeAttribute('participates_in:org:alpha->project:p1', 'role')).toBe('lead');
  });

  it('leaves out dates and amounts it cannot read, with the row and column', () => {
    const result = ok(importPartnerTable('project,partner,start,budget\nP1,Alpha,someday,lots\n', 'd.csv'));
    expect(result.report.skipped).toEqual([
      { file: 'd.csv', row: 2, column: 'start', reason: 'not a date "someday": start of P1 left out' },
      { file: 'd.csv', row: 2, column: 'budget', reason: 'not an amount "lots": budget of P1 left out' },
    ]);
    expect(result.graph.getNodeAttributes('project:p1')).not.toHaveProperty('start');
  });

  it('keeps names with markup as plain text', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const result = ok(
      importPartnerTable(
        `project,partner\n"<script>alert(1)</script>","${evil.replace(/"/g, '""')}"\n`,
        'x.csv',
      ),
    );
    const labels = result.graph.mapNodes((_, a) => a.label).sort();
    expect(labels).toEqual([evil, '<script>alert(1)</script>']);
  });
});

describe('partner table: keep.eu and CORDIS shapes', () => {
  it('guesses the keep.eu and CORDIS columns', () => {
    expect(guessMapping(KEEP_EU.split('\r\n')[0]!.split(','))).toEqual({
      project: 'Project name',
      acronym: 'Project acronym',
      organisation: 'Partner name',
      country: 'Partner country',
      role: 'Lead partner',
      programme: 'Programme',
      start: 'Project start date',
      end: 'Project end date',
      budget: 'Total budget',
      city: 'Partner city',
      region: 'NUTS region',
    });
    expect(guessMapping(CORDIS.split('\n')[0]!.split(';'))).toEqual({
      acronym: 'projectAcronym',
      organisation: 'name',
      country: 'country',
      role: 'role',
      budget: 'ecContribution',
      city: 'city',
      region: 'nutsCode',
    });
  });

  it('guesses headers in other languages', () => {
    expect(guessMapping(['Projekt', 'Partnerorganisation', 'Land', 'Rolle'])).toMatchObject({
      project: 'Projekt',
      country: 'Land',
      role: 'Rolle',
    });
    expect(guessMapping(['Nazwa projektu', 'Nazwa partnera', 'Kraj', 'Rola'])).toEqual({
      project: 'Nazwa projektu',
      organisation: 'Nazwa partnera',
      country: 'Kraj',
      role: 'Rola',
    });
  });

  it('builds the expected graph from a keep.eu table', () => {
    const { graph, report } = ok(importPartnerTable(KEEP_EU, 'keep.csv'));
    expect(graph.filterNodes((_, a) => a.type === 'organisation').sort()).toEqual([
      'org:universitatea-babes-bolyai',
      'org:ustecky-kraj',
      'org:zrs-bistra-ptuj',
    ]);
    expect(graph.getNodeAttributes('project:clusters')).toMatchObject({
      type: 'project',
      label: 'Clusters Cord',
      acronym: 'CLUSTERS',
      names: ['Clusters Cord', 'CLUSTERS'],
      programme: 'programme:interreg-central-europe',
      start: '2010-03-01',
      end: '2012-12-31',
      budgetEur: 1234567.89,
    });
    expect(graph.getNodeAttributes('project:smart-up')).toMatchObject({
      start: '2016-06',
      end: '2019-05',
      budgetEur: 980000,
    });
    expect(graph.getNodeAttributes('org:ustecky-kraj')).toMatchObject({
      label: 'Ústecký kraj',
      country: 'CZ',
      city: 'Ústí nad Labem',
      region: 'CZ042',
    });
    const role = (org: string, project: string) =>
      graph.getEdgeAttribute(`participates_in:${org}->${project}`, 'role');
    expect(role('org:zrs-bistra-ptuj', 'project:clusters')).toBe('lead');
    expect(role('org:ustecky-kraj', 'project:clusters')).toBe('partner');
    expect(role('org:ustecky-kraj', 'project:smart-up')).toBe('lead');
    expect(graph.hasEdge('located_in:org:universitatea-babes-bolyai->country:RO')).toBe(true);
    expect(graph.hasEdge('funded_by:project:smart-up->programme:interreg-central-europe')).toBe(true);
    expect(graph.getNodeAttributes('country:SI')).toMatchObject({
      code: 'SI',
      label: 'Slovenia',
      names: ['Slovenia', 'SI'],
    });
    expect(graph.getEdgeAttribute('participates_in:org:ustecky-kraj->project:smart-up', 'sources')).toEqual([
      {
        doc: 'keep.csv',
        quote:
          'row 6: Interreg Central Europe,SMART-UP,Smart Up,Ústecký kraj,Yes,CZ,Ústí nad Labem,CZ042,2016-06,2019-05,980 000',
      },
    ]);
    expect(report).toMatchObject({ read: 5, used: 5, skipped: [], nodes: 3 + 2 + 1 + 3, edges: 5 + 3 + 2 });
  });

  it('builds the expected graph from a CORDIS table (semicolons, EL and UK codes, CORDIS roles)', () => {
    const { graph, report } = ok(importPartnerTable(CORDIS, 'organization.csv'));
    expect(graph.getNodeAttributes('project:greentech')).toMatchObject({
      label: 'GREENTECH',
      budgetEur: 250000.5,
    });
    expect(graph.getNodeAttributes('org:ethniko-kentro-erevnas')).toMatchObject({
      country: 'GR',
      city: 'Thessaloniki',
    });
    expect(graph.getNodeAttributes('org:some-observer-ltd')).toMatchObject({ country: 'GB' });
    const roles = graph
      .filterEdges((_, a) => a.type === 'participates_in')
      .map((e) => graph.getEdgeAttribute(e, 'role'));
    expect(roles.sort()).toEqual(['associated', 'lead', 'partner']);
    // The trailing line break is not an empty row.
    expect(report).toMatchObject({ read: 3, used: 3, skipped: [] });
  });

  it('reads a TSV table with tabs in quoted names left alone', () => {
    const { graph } = ok(
      importPartnerTable('Acronym\tBeneficiary\tCountry\nP1\t"Alpha, Inc."\tAT\n', 't.tsv'),
    );
    expect(graph.getNodeAttributes('org:alpha-inc')).toMatchObject({ label: 'Alpha, Inc.', country: 'AT' });
  });

  it('keeps two bodies with one name in two countries apart', () => {
    const { graph } = ok(
      importPartnerTable(
        'project,partner,country\nP1,Ministry of Economy,SI\nP1,Ministry of Economy,CZ\n',
        'm.csv',
      ),
    );
    expect(graph.filterNodes((_, a) => a.type === 'organisation').sort()).toEqual([
      'org:ministry-of-economy',
      'org:ministry-of-economy-cz',
    ]);
  });

  it('streams a Blob in chunks with progress and gives the same graph as reading the text', async () => {
    const rows = ['project,partner,country,role'];
    for (let i = 0; i < 3000; i++)
      rows.push(`P${i % 300},Organizacja ${i % 700} Łódź,PL,${i % 10 === 0 ? 'lead' : 'partner'}`);
    const text = rows.join('\n');
    const seen: number[] = [];
    const streamed = ok(
      await importPartnerTableBlob(new Blob([text]), 'big.csv', { onProgress: (done) => seen.push(done) }),
    );
    const whole = ok(importPartnerTable(text, 'big.csv'));
    expect(streamed.graph.order).toBe(whole.graph.order);
    expect(streamed.graph.size).toBe(whole.graph.size);
    expect(streamed.report.skipped).toEqual(whole.report.skipped);
    expect(streamed.graph.getNodeAttribute('org:organizacja-5-lodz', 'label')).toBe('Organizacja 5 Łódź');
    expect(seen.at(-1)).toBe(new Blob([text]).size);
  });

  it('refuses a binary Blob', async () => {
    expect(
      errorsOf(await importPartnerTableBlob(new Blob([new Uint8Array([80, 75, 3, 4, 0, 0, 1])]), 'w.csv'))[0],
    ).toMatch(/^w\.csv: looks like a binary file/);
  });
});

describe('partner table: values', () => {
  it('reads roles in several languages and yes/no in a lead column', () => {
    expect(
      ['Lead partner', 'LP', 'coordinator', 'Partner Wiodący', 'vodilni partner', 'Yes', 'federführend'].map(
        parseRole,
      ),
    ).toEqual(Array(7).fill('lead'));
    expect(['PP', 'participant', 'No', 'Projektpartner'].map(parseRole)).toEqual(Array(4).fill('partner'));
    expect(['associatedPartner', 'Associated partner', 'thirdParty'].map(parseRole)).toEqual(
      Array(3).fill('associated'),
    );
    expect(parseRole('emperor')).toBeUndefined();
  });

  it('reads dates into partial ISO 8601 and refuses impossible ones', () => {
    expect(
      ['2010', '2010-3', '2010-03-01T00:00:00', '01.03.2010', '1/3/2010', '03/2010'].map(parseDate),
    ).toEqual(['2010', '2010-03', '2010-03-01', '2010-03-01', '2010-03-01', '2010-03']);
    expect(['2010-13', '32.01.2010', 'soon'].map(parseDate)).toEqual([undefined, undefined, undefined]);
  });

  it('reads amounts in European and English notation', () => {
    expect(
      ['1.234.567,89', '1,234,567.89', '1 234 567', '€ 250000', '2.5', '1.500', 'EUR 12,5'].map(parseAmount),
    ).toEqual([1234567.89, 1234567.89, 1234567, 250000, 2.5, 1500, 12.5]);
    expect(['lots', '-5', ''].map(parseAmount)).toEqual([undefined, undefined, undefined]);
  });
});

describe('partner table: names resolved as in the pipeline', () => {
  it('joins two spellings the alias file names as one body, and takes a country from it', async () => {
    const { parseAliases } = await import('../../src/graph/aliases');
    const book = parseAliases(
      '# Same federation in Romanian and English.\nsame: Federaţia Aragoneză = The Aragonese Federation\n# Its page gives no country.\ncountry: Consiliul Judeţean Cluj = RO\n',
      'aliases.txt',
    );
    if (!book.ok) throw new Error(book.errors.join('\n'));
    const text =
      'project,partner\nP1,Federaţia Aragoneză\nP2,The Aragonese Federation\nP2,Consiliul Judetean Cluj\n';
    const { graph } = ok(importPartnerTable(text, 'a.csv', { aliases: book.aliases }));
    const orgs = graph.filterNodes((_, a) => a.type === 'organisation').sort();
    expect(orgs).toEqual(['org:consiliul-judetean-cluj', 'org:federatia-aragoneza']);
    expect(graph.getNodeAttribute('org:federatia-aragoneza', 'names')).toEqual([
      'Federaţia Aragoneză',
      'The Aragonese Federation',
    ]);
    expect(graph.getNodeAttributes('org:consiliul-judetean-cluj')).toMatchObject({ country: 'RO' });
  });

  it('reads country names in other languages and with a typo, and programmes the pipeline knows', () => {
    const text =
      'project,partner,country,programme\nP1,A,Avstrija,Interreg Central Europe\nP1,B,Česko,Interreg Central Europe\nP1,C,US,Interreg Central Europe\n';
    const { graph } = ok(importPartnerTable(text, 'c.csv'));
    expect(
      ['org:a', 'org:b', 'org:c'].map((k) => (graph.getNodeAttributes(k) as { country?: string }).country),
    ).toEqual(['AT', 'CZ', 'US']);
    expect(graph.getNodeAttributes('project:p1')).toMatchObject({
      programme: expect.stringMatching(/^programme:/),
    });
  });
});

describe('partner table: streaming', () => {
  it('gives the same graph whatever the chunk boundaries (inside quotes, rows and multi-byte letters)', async () => {
    const rows = ['project,partner,country,role'];
    for (let i = 0; i < 400; i++)
      rows.push(
        `P${i % 37},"Zväz ${i % 53}, Łódź ""Ř""",${i % 2 ? 'Česko' : 'PL'},${i % 11 === 0 ? 'lead' : 'partner'}`,
      );
    const text = rows.join('\r\n') + '\r\n';
    const bytes = new TextEncoder().encode(text);
    const whole = ok(importPartnerTable(text, 's.csv'));
    for (const size of [1, 7, 64, 1000]) {
      const blob = new Blob([bytes]);
      const chunked = Object.assign(blob, {
        stream: () =>
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
              controller.close();
            },
          }),
      });
      const streamed = ok(await importPartnerTableBlob(chunked, 's.csv'));
      expect([streamed.graph.order, streamed.graph.size, streamed.report.read]).toEqual([
        whole.graph.order,
        whole.graph.size,
        whole.report.read,
      ]);
      expect(streamed.graph.nodes().sort()).toEqual(whole.graph.nodes().sort());
      expect(streamed.report.skipped).toEqual(whole.report.skipped);
    }
  });
});
