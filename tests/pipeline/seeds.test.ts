// Pins what a person reading the five original seed pages finds: every partner with country and role, every
// project with programme and period, one node per real body, and nothing that is only mentioned. The
// bundled graph (all pages of seeds/) is checked for what holds on any page: byte-identical rebuilds, quotes
// verbatim, positions. How well the other pages are read is measured by `npm run eval:extract`.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchRegions } from '../../src/graph/regions';
import { parseGraph } from '../../src/graph/schema';
import type { ConsortiaGraph, OrganisationAttributes, ProjectAttributes } from '../../src/graph/types';
import { readAliases, readDocuments } from '../../src/pipeline/cli';
import { countryCentroid } from '../../src/pipeline/layout';
import { runPipeline } from '../../src/pipeline/run';
import type { SourceDocument } from '../../src/pipeline/types';

/** The five pages the project started from: their names are a number and a hash, no language code. */
const ORIGINAL = /^\d{3}_[0-9a-f]{16}\.txt$/;

let review: string;
let graph: ConsortiaGraph;

function build(documents: SourceDocument[]) {
  const output = runPipeline(documents, readAliases('data/aliases.txt'));
  const parsed = parseGraph(JSON.parse(output.graphJson), 'graph.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { ...output, graph: parsed.graph };
}

beforeAll(() => {
  const documents = readDocuments('seeds').filter((d) => ORIGINAL.test(d.name));
  const built = build(documents);
  review = built.reviewMarkdown;
  graph = built.graph;
  // Five pages take a second; on a machine busy with other work more than the default 10.
}, 60_000);

/** Partners of a project as "org key|role|country". */
function partners(project: string): string[] {
  return graph
    .inEdges(project)
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'participates_in')
    .map((e) => {
      const org = graph.source(e);
      const attrs = graph.getNodeAttributes(org) as OrganisationAttributes;
      return `${org}|${graph.getEdgeAttribute(e, 'role')}|${attrs.country ?? '-'}`;
    })
    .sort();
}

function project(key: string): ProjectAttributes {
  return graph.getNodeAttributes(key) as ProjectAttributes;
}

describe('the bundled graph, from every page of seeds/', () => {
  let bundled: ReturnType<typeof build>;
  const all = new Map<string, string>();
  beforeAll(() => {
    const documents = readDocuments('seeds');
    for (const d of documents) all.set(d.name, d.text);
    bundled = build(documents);
    // Reading and laying out all of seeds/ takes seconds; on a loaded machine more than the default 10.
  }, 120_000);

  it('is byte-identical to the committed data/graph.json and data/review.md', () => {
    expect(bundled.graphJson).toBe(readFileSync('data/graph.json', 'utf8'));
    expect(bundled.reviewMarkdown).toBe(readFileSync('data/review.md', 'utf8'));
  });

  it('carries a source on every node and edge whose quote occurs verbatim in its document', () => {
    const check = (where: string, sources: Array<{ doc: string; quote: string }>) => {
      expect(sources.length, where).toBeGreaterThan(0);
      for (const s of sources) {
        expect(all.has(s.doc), `${where}: ${s.doc}`).toBe(true);
        expect(all.get(s.doc)!.includes(s.quote), `${where}: ${s.quote}`).toBe(true);
      }
    };
    bundled.graph.forEachNode((key, attrs) => check(key, attrs.sources));
    bundled.graph.forEachEdge((key, attrs) => check(key, attrs.sources));
  });

  it('gives every node a position and every country a centroid', () => {
    bundled.graph.forEachNode((key, attrs) => {
      expect(Number.isFinite(attrs.x), key).toBe(true);
      expect(Number.isFinite(attrs.y), key).toBe(true);
      if (attrs.type === 'country') {
        expect(attrs.lat, key).toBeGreaterThan(20);
        expect(attrs.lon, key).toBeGreaterThan(-30);
      }
    });
  });
});

describe('the seed graph', () => {
  it('lists the fifteen Sm@rt Region partners with Slovene country names, typos and the lead', () => {
    expect(partners('project:smart-region')).toEqual([
      'org:center-za-strateske-ekonomske-studije-vojvodina-cess|partner|RS',
      'org:department-for-economy-and-labour|partner|AT',
      'org:enterprise-development-foundation-of-tolna-county|partner|HU',
      'org:euro-info-centre-it-378-veneto|partner|IT',
      'org:gea-college|partner|SI',
      'org:government-of-styria|partner|AT',
      'org:hgk-zupanijska-komora-varazdin|partner|HR',
      'org:irtschaftsverband-gera-ronneburg-2007-e-v|partner|DE',
      'org:local-enterprise-agency-of-somogy-county|partner|HU',
      'org:mind-consult-research-ltd|partner|AT',
      'org:obcina-osijek|partner|HR',
      'org:refit-r-s|partner|DE',
      'org:regional-advisory-and-information-centre-presov|partner|SK',
      'org:regional-state-department-in-presov|partner|SK',
      'org:zrs-bistra-ptuj|lead|SI',
    ]);
    expect(project('project:smart-region')).toMatchObject({
      label: 'Sm@rt Region',
      programme: 'programme:interreg-iiib-cadses',
      start: '2006-10-01',
      end: '2008-03-31',
      status: 'completed',
    });
  });

  it('lists the ten Clusters Cord partners with codes as countries, and its metadata', () => {
    expect(partners('project:clusters-cord')).toEqual([
      'org:arleg-s-a-regional-development-agency|partner|PL',
      'org:centrum-pro-vyzkum-vyvoj-inovace-a-regionalni-rozvoj-o-s|partner|CZ',
      'org:mid-pannon-regional-development-company|partner|HU',
      'org:milano-metropoli-development-agency|partner|IT',
      'org:piestanska-regionalna-rozvojova-agentura-trnavskeho-samospravneho-kraje|partner|SK',
      'org:regional-development-agency-bielsko-biala|partner|PL',
      'org:regional-development-agency-celje-l-t-d|partner|SI',
      'org:regionalni-rozvojova-agentura-usteckeho-kraje-a-s|lead|CZ',
      'org:stuttgart-region-economic-development-corporation|partner|DE',
      'org:upper-austrian-chamber-of-commerce|partner|AT',
    ]);
    expect(project('project:clusters-cord')).toMatchObject({
      code: '2CE202P1',
      programme: 'programme:central-europe',
      start: '2010-03',
      end: '2013-02',
      budgetEur: 1460000,
      partnerCount: 10,
    });
    expect(
      graph.getNodeAttribute('org:regionalni-rozvojova-agentura-usteckeho-kraje-a-s', 'names'),
    ).toContain('RRA ÚK');
  });

  it('lists the six SMART+ partners from the Romanian page and its lead named in two languages', () => {
    expect(partners('project:smart-plus')).toEqual([
      'org:asociatia-nationala-a-municipiilor-din-bulgaria|partner|BG',
      'org:consiliul-judetean-cluj|partner|RO',
      'org:federatia-aragoneza-a-municipiilor-regiunilor-si-provinciilor|lead|ES',
      'org:regiunea-leipzig|partner|DE',
      'org:regiunea-macedonia-de-vest|partner|GR',
      'org:regiunea-malopolska|partner|PL',
    ]);
    const lead = graph.getNodeAttributes(
      'org:federatia-aragoneza-a-municipiilor-regiunilor-si-provinciilor',
    ) as OrganisationAttributes;
    expect(lead.names).toContain('The Aragonese Federation of Municipalities, Regions and Provinces');
    expect(new Set(lead.sources.map((s) => s.doc))).toEqual(
      new Set(['000_42dd95295b752e1d.txt', '004_3d0d51067daa3fa4.txt']),
    );
    // "W programie uczestniczy sześć regionów partnerskich", the sentence after "SMART+ to projekt …".
    expect(project('project:smart-plus')).toMatchObject({
      programme: 'programme:interreg-ivc',
      start: '2010',
      end: '2013',
      partnerCount: 6,
    });
  });

  it('lists the four SMEGoNET partners with the cluster as lead, and makes it part of SMART+', () => {
    expect(partners('project:smegonet')).toEqual([
      'org:cluser-de-empresas-biotecnologicas-de-aragon|partner|ES',
      'org:klaster-lifescience|lead|PL',
      'org:university-of-western-macedonia-reaserch-committee|partner|GR',
      'org:universytatea-babes-bolyai-cluj-napoca|partner|RO',
    ]);
    expect(project('project:smegonet')).toMatchObject({
      label: 'SME Go Global Networks',
      acronym: 'SMEGoNET',
    });
    expect(graph.hasEdge('part_of:project:smegonet->project:smart-plus')).toBe(true);
  });

  it('makes the subprojects the Romanian page names part of SMART+', () => {
    for (const child of ['trec', 'stp', 'iart-territories', 'regionet', 'smegonet']) {
      expect(graph.hasEdge(`part_of:project:${child}->project:smart-plus`), child).toBe(true);
    }
  });

  it('keeps SMART+ and "SMART" of the Polish page as one project, and Sm@rt Region apart', () => {
    const projects = graph.filterNodes((_, a) => a.type === 'project');
    expect(projects.sort()).toEqual([
      'project:clusters-cord',
      'project:etv-4-innovation',
      'project:iart-territories',
      'project:regionet',
      'project:smart-plus',
      'project:smart-region',
      'project:smegonet',
      'project:stp',
      'project:trace-kei',
      'project:trec',
    ]);
    expect(project('project:smart-plus').names).toEqual(['SMART+', 'SMART']);
  });

  it('links the Bulgarian page projects to their programmes, and the cluster whose site it is to both, from the alias file', () => {
    expect(graph.hasEdge('funded_by:project:trace-kei->programme:cluster-excellence')).toBe(true);
    expect(graph.hasEdge('funded_by:project:etv-4-innovation->programme:erasmus-plus')).toBe(true);
    const cluster = 'org:klaster-zelena-sinergia';
    expect(partners('project:trace-kei')).toEqual([`${cluster}|partner|BG`]);
    expect(partners('project:etv-4-innovation')).toEqual([`${cluster}|partner|BG`]);
    expect(graph.getNodeAttributes(cluster)).toMatchObject({
      label: 'Клъстер Зелена синергия',
      names: ['Клъстер Зелена синергия', 'Клъстер Зелена Синергия'],
      country: 'BG',
      kind: 'cluster',
    });
    const headline = 'Клъстер Зелена синергия взе участие на конференцията Grow your Region във Валенсия';
    const doc = '003_0fbf8b5c512cbad2.txt';
    expect(graph.getEdgeAttribute(`participates_in:${cluster}->project:etv-4-innovation`, 'sources')).toEqual(
      [
        { doc, quote: headline },
        { doc, quote: 'Нов проект по програма Еразъм+ – ETV 4 Innovation' },
      ],
    );
    expect(
      graph.getEdgeAttribute(`participates_in:${cluster}->project:trace-kei`, 'sources').map((s) => s.quote),
    ).toEqual([headline, expect.stringContaining('в т.ч. и проектът TRACE-KEI')]);
    const fromAlias = review.slice(review.indexOf('## 003'), review.indexOf('## 004'));
    expect(fromAlias).toMatch(
      /### Inferred \(from the alias file\)\n\n- "Клъстер Зелена синергия" is a partner of TRACE-KEI \(.*\) from alias file line \d+: The Bulgarian page/,
    );
    expect(fromAlias).toMatch(/is a partner of ETV 4 Innovation \(.*\) from alias file line \d+:/);
    expect(fromAlias).toMatch(/- country BG of "Клъстер Зелена синергия" from alias file line \d+:/);
    // The page's own notes (no partner list; the cluster only mentioned) point to the entries overruling them.
    expect(fromAlias).toMatch(
      /project "TRACE-KEI" is named but .* \(alias file line \d+ makes "Клъстер Зелена синергия" a partner\)/,
    );
    expect(fromAlias).toMatch(
      /not stated as a partner: Клъстер Зелена Синергия \(a partner of TRACE-KEI by alias file line \d+\)/,
    );
  });

  it('makes no node of organisations that are only mentioned', () => {
    const labels = graph
      .filterNodes((_, a) => a.type === 'organisation')
      .flatMap((k) => graph.getNodeAttribute(k, 'names') as string[]);
    for (const name of [
      'CzechInvest',
      'MPO',
      'MMR',
      'Ústecký kraj',
      'Evropsk',
      'European Commission',
      'Европейската комисия',
      'FEMAC',
      'Jagiellońskie Centrum Innowacji',
      'Národní klastrová asociace',
      'CNCB',
    ]) {
      expect(
        labels.filter((l) => l.includes(name)),
        name,
      ).toEqual([]);
    }
    // 35 partners read from partner lists, plus the cluster the alias file makes a partner.
    expect(graph.filterNodes((_, a) => a.type === 'organisation')).toHaveLength(36);
  });

  it('records the hard decisions in the review with their quotes', () => {
    expect(review).toContain(
      'several countries are given for one organisation (Srbija, Črna gora); the first, RS, is used',
    );
    expect(review).toContain('"Jagiellońskie Centrum Innowacji" is named as the body that administers it');
    expect(review).toContain('not partners: MPO, MMR, CzechInvest, Ústecký kraj');
    expect(review).toContain('alias file line');
    expect(review).toContain('organisation mentioned but not stated as a partner: клъстер FEMAC');
    expect(review).toContain('organisation mentioned but not stated as a partner: Клъстер Зелена Синергия');
  });
});

describe('regions of the seed organisations', () => {
  /** Organisations of a region as "org key|project key", sorted. */
  function throughRegion(code: string): string[] {
    const found: string[] = [];
    graph.forEachNode((key, a) => {
      if (a.type !== 'organisation' || a.regionCode !== code) return;
      for (const e of graph.outEdges(key))
        if (graph.getEdgeAttribute(e, 'type') === 'participates_in') found.push(`${key}|${graph.target(e)}`);
    });
    return found.sort();
  }

  it('leaves the region empty where no region is named', () => {
    for (const key of ['org:gea-college', 'org:mind-consult-research-ltd', 'org:regiunea-leipzig'])
      expect((graph.getNodeAttributes(key) as OrganisationAttributes).region, key).toBeUndefined();
  });

  it('finds Cluj, Western Macedonia and Aragón through organisations of two different projects', () => {
    expect(throughRegion('RO-CJ')).toEqual([
      'org:consiliul-judetean-cluj|project:smart-plus',
      'org:universytatea-babes-bolyai-cluj-napoca|project:smegonet',
    ]);
    expect(throughRegion('GR-C')).toEqual([
      'org:regiunea-macedonia-de-vest|project:smart-plus',
      'org:university-of-western-macedonia-reaserch-committee|project:smegonet',
    ]);
    expect(throughRegion('ES-AR')).toEqual([
      'org:cluser-de-empresas-biotecnologicas-de-aragon|project:smegonet',
      'org:federatia-aragoneza-a-municipiilor-regiunilor-si-provinciilor|project:smart-plus',
    ]);
  });

  it('names each region as the gazetteer does, with its code and the cities the names state', () => {
    const facts = (key: string) => {
      const a = graph.getNodeAttributes(key) as OrganisationAttributes;
      return [a.region, a.regionCode, a.city];
    };
    expect(facts('org:consiliul-judetean-cluj')).toEqual(['Cluj', 'RO-CJ', undefined]);
    expect(facts('org:universytatea-babes-bolyai-cluj-napoca')).toEqual(['Cluj', 'RO-CJ', 'Cluj Napoca']);
    expect(facts('org:regiunea-macedonia-de-vest')).toEqual(['Dytikí Makedonía', 'GR-C', undefined]);
    expect(facts('org:cluser-de-empresas-biotecnologicas-de-aragon')).toEqual([
      'Aragón',
      'ES-AR',
      'Saragossa',
    ]);
    expect(facts('org:regiunea-malopolska')).toEqual(['Małopolskie', 'PL-12', undefined]);
    expect(facts('org:piestanska-regionalna-rozvojova-agentura-trnavskeho-samospravneho-kraje')).toEqual([
      'Trnavský kraj',
      'SK-TA',
      undefined,
    ]);
    expect(facts('org:regionalni-rozvojova-agentura-usteckeho-kraje-a-s')).toEqual([
      'Ústecký kraj',
      'CZ-42',
      undefined,
    ]);
    expect(facts('org:local-enterprise-agency-of-somogy-county').slice(0, 2)).toEqual(['Somogy', 'HU-SO']);
    expect(facts('org:enterprise-development-foundation-of-tolna-county').slice(0, 2)).toEqual([
      'Tolna',
      'HU-TO',
    ]);
    expect(facts('org:hgk-zupanijska-komora-varazdin')[1]).toBe('HR-05');
    expect(facts('org:euro-info-centre-it-378-veneto')[1]).toBe('IT-34');
    expect(facts('org:regional-state-department-in-presov')[1]).toBe('SK-PV');
    expect(facts('org:center-za-strateske-ekonomske-studije-vojvodina-cess')[1]).toBe('RS-VO');
    expect(facts('org:milano-metropoli-development-agency')).toEqual(['Milano', 'IT-MI', undefined]);
  });

  it('traces each region to the line naming the organisation, and the review lists it', () => {
    graph.forEachNode((key, a) => {
      if (a.type !== 'organisation' || !a.regionCode) return;
      const country = a.country ? { country: a.country } : {};
      const codes = a.sources.flatMap((s) => matchRegions(s.quote, country).map((m) => m.code));
      expect(codes, key).toContain(a.regionCode);
    });
    expect(review).toContain(
      'region Cluj (RO-CJ) of `org:consiliul-judetean-cluj` from «…Cluj»: “Consiliul Judeţean Cluj”',
    );
    expect(review).toContain('## Regions present in several projects');
    expect(review).toMatch(/- Dytikí Makedonía \(GR-C\) in 2 projects: Regiunea Macedonia de Vest/);
  });
});

describe('countryCentroid', () => {
  it('knows no centroid for a code that is no country', () => {
    expect(countryCentroid('ZZ')).toBeUndefined();
  });

  it('places countries by their mainland, and Kosovo by its name', () => {
    expect(countryCentroid('FR')).toEqual({ lat: 46.57, lon: 2.46 });
    expect(countryCentroid('NO')?.lat).toBeGreaterThan(60);
    expect(countryCentroid('XK')?.lat).toBeCloseTo(42.6, 0);
  });
});
