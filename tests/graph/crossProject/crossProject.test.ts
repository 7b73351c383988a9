import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  articulationPoints,
  brokers,
  likelyDuplicates,
  normaliseName,
  repeatPartners,
  sharedPlaces,
  similarity,
} from '../../../src/graph/crossProject';
import { toCompact } from '../../../src/graph/metrics';
import { parseGraph } from '../../../src/graph/schema';
import type { ConsortiaGraph, OrganisationAttributes } from '../../../src/graph/types';
import { fixtureGraph, loadFixture } from '../metrics/fixtures';
import { consortia } from './smallConsortia';

describe('repeat partners', () => {
  it('refuses a minimum below one', () => {
    expect(() => repeatPartners(consortia(), { minProjects: 0 })).toThrow(/^repeatPartners: /);
  });

  it('lists organisations in two or more projects with their roles, most projects first', () => {
    expect(repeatPartners(consortia())).toEqual([
      {
        organisation: 'agency',
        label: 'Regional Development Agency Pomurje',
        country: 'SI',
        memberships: [
          { project: 'p1', projectLabel: 'Alpha', role: 'partner' },
          { project: 'p2', projectLabel: 'Beta', role: 'associated' },
          { project: 'p3', projectLabel: 'Gamma', role: 'lead' },
        ],
      },
      {
        organisation: 'council',
        label: 'Ústecký kraj',
        country: 'CZ',
        memberships: [
          { project: 'p1', projectLabel: 'Alpha', role: 'lead' },
          { project: 'p2', projectLabel: 'Beta', role: 'partner' },
        ],
      },
    ]);
  });
});

describe('articulation points', () => {
  it('match NetworkX on the fixtures', () => {
    for (const name of ['karate', 'les-miserables', 'davis', 'disconnected']) {
      const fixture = loadFixture(name);
      const compact = toCompact(fixtureGraph(fixture));
      const splits = articulationPoints(compact);
      const found = compact.keys.filter((_, i) => splits[i]! > 0).sort();
      expect(found, name).toEqual(fixture.unweighted.articulationPoints);
    }
  });

  it('count the extra pieces a removal leaves, like removing the node and counting', () => {
    const components = (g: UndirectedGraph) => {
      const seen = new Set<string>();
      let count = 0;
      g.forEachNode((start) => {
        if (seen.has(start)) return;
        count++;
        const queue = [start];
        seen.add(start);
        while (queue.length)
          g.forEachNeighbor(queue.pop()!, (w) => void (!seen.has(w) && (seen.add(w), queue.push(w))));
      });
      return count;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 24 }), (pairs) => {
        const graph = new UndirectedGraph();
        for (let i = 0; i < 12; i++) graph.addNode(String(i));
        for (const [a, b] of pairs) if (a !== b) graph.mergeEdge(String(a), String(b));
        const splits = articulationPoints(toCompact(graph));
        const before = components(graph);
        graph.forEachNode((key) => {
          const without = graph.copy();
          without.dropNode(key);
          // Removing an isolated node removes a component; otherwise count what is left.
          const expected = Math.max(0, components(without) - before + (graph.degree(key) === 0 ? 1 : 0));
          expect(splits[Number(key)]).toBe(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('brokers', () => {
  it('lists the articulation points first, then top betweenness, with ranks', () => {
    // Two triangles joined through "bridge": a–b–bridge and bridge–c–d.
    const coPartners = new UndirectedGraph();
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'bridge'],
      ['a', 'bridge'],
      ['bridge', 'c'],
      ['c', 'd'],
      ['bridge', 'd'],
      ['d', 'e'],
    ])
      coPartners.mergeEdge(a!, b!);
    coPartners.setNodeAttribute('bridge', 'label', 'Bridge agency');
    const found = brokers(coPartners, { top: 1 });
    expect(found.map((b) => [b.organisation, b.articulation, b.splitsInto, b.rank])).toEqual([
      ['bridge', true, 1, 1],
      ['d', true, 1, 2],
    ]);
    expect(found[0]!.label).toBe('Bridge agency');
    // All 6 pairs between {a, b} and {c, d, e} go through bridge, out of C(5, 2) = 10 pairs of others.
    expect(found[0]!.betweenness).toBeCloseTo(6 / 10, 12);
  });
});

describe('shared places', () => {
  it('finds a city reached through different organisations in different projects', () => {
    const places = sharedPlaces(consortia());
    const city = places.find((p) => p.kind === 'city')!;
    expect(city).toMatchObject({
      name: 'Ústí nad Labem',
      country: 'CZ',
      projects: ['p1', 'p2', 'p3'],
      organisations: ['council', 'university'],
      throughDifferentOrganisations: true,
    });
    expect(city.evidence).toContainEqual({ organisation: 'university', project: 'p3' });
    const region = places.find((p) => p.kind === 'region')!;
    expect(region).toMatchObject({
      name: 'Ústecký kraj',
      throughDifferentOrganisations: false,
      projects: ['p1', 'p2'],
    });
    expect(places.filter((p) => p.kind === 'country').map((p) => p.name)).toEqual(['CZ', 'SI']);
    expect(places.map((p) => p.name)).not.toContain('RO');
  });
  it('groups a region by its ISO 3166-2 code however it is written, by name only without one', () => {
    const graph: ConsortiaGraph = new DirectedGraph();
    const org = (key: string, extra: Partial<OrganisationAttributes>) =>
      graph.addNode(key, {
        type: 'organisation',
        label: key,
        names: [key],
        sources: [],
        country: 'GR',
        ...extra,
      });
    graph.addNode('p1', { type: 'project', label: 'P1', names: ['P1'], sources: [] });
    graph.addNode('p2', { type: 'project', label: 'P2', names: ['P2'], sources: [] });
    org('region', { region: 'Dytikí Makedonía', regionCode: 'GR-C' });
    org('university', { region: 'Western Macedonia', regionCode: 'GR-C' });
    org('chamber', { region: 'Western Macedonia' });
    graph.addEdge('region', 'p1', { type: 'participates_in', role: 'lead', sources: [] });
    graph.addEdge('university', 'p2', { type: 'participates_in', role: 'partner', sources: [] });
    graph.addEdge('chamber', 'p2', { type: 'participates_in', role: 'partner', sources: [] });
    const regions = sharedPlaces(graph).filter((p) => p.kind === 'region');
    expect(regions).toEqual([
      expect.objectContaining({
        name: 'Dytikí Makedonía',
        code: 'GR-C',
        country: 'GR',
        organisations: ['region', 'university'],
        projects: ['p1', 'p2'],
        throughDifferentOrganisations: true,
      }),
    ]);
  });

  it('lists Cluj, Western Macedonia and Aragón on the bundled graph with their organisations and projects', () => {
    const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'data/graph.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const regions = sharedPlaces(parsed.graph).filter((p) => p.kind === 'region');
    const byCode = new Map(regions.map((r) => [r.code, r]));
    expect(byCode.get('RO-CJ')).toMatchObject({
      name: 'Cluj',
      country: 'RO',
      organisations: [
        'org:cluj-napoca-municipality',
        'org:consiliul-judetean-cluj',
        'org:universytatea-babes-bolyai-cluj-napoca',
      ].sort(),
      throughDifferentOrganisations: true,
    });
    expect(byCode.get('GR-C')).toMatchObject({
      name: 'Dytikí Makedonía',
      organisations: [
        'org:regiunea-macedonia-de-vest',
        'org:university-of-western-macedonia-reaserch-committee',
      ],
      throughDifferentOrganisations: true,
    });
    // Aragón is in a third consortium of the corpus too: TRANSPAT, with the Government of Aragon.
    expect(byCode.get('ES-AR')).toMatchObject({ name: 'Aragón', throughDifferentOrganisations: true });
    expect(byCode.get('ES-AR')!.organisations).toEqual(
      expect.arrayContaining([
        'org:cluser-de-empresas-biotecnologicas-de-aragon',
        'org:federatia-aragoneza-a-municipiilor-regiunilor-si-provinciilor',
        'org:gouvernement-d-aragon',
      ]),
    );
    // Cluj-Napoca is in a third consortium of the corpus: an URBACT transfer network.
    expect([...byCode.get('RO-CJ')!.projects].sort()).toEqual([
      'project:boas-praticas-urbact-25-redes-de-transferencia-ja-aprovadas-com-5-cidades-portuguesas-envolvidas',
      'project:smart-plus',
      'project:smegonet',
    ]);
    expect([...byCode.get('GR-C')!.projects].sort()).toEqual(['project:smart-plus', 'project:smegonet']);
    expect([...byCode.get('ES-AR')!.projects].sort()).toEqual([
      'project:smart-plus',
      'project:smegonet',
      'project:transpat',
    ]);
  });
});

describe('likely duplicates', () => {
  it('refuses a threshold outside (0, 1]', () => {
    expect(() => likelyDuplicates(consortia(), { threshold: 0 })).toThrow(/^duplicates: /);
  });

  it('normalises case, diacritics and punctuation', () => {
    expect(normaliseName('Ústecký  kraj, (Czech)')).toBe('ustecky kraj czech');
    expect(similarity('zelena sinergija', 'zelena sinergia')).toBeGreaterThan(0.85);
    expect(similarity('university of ljubljana', 'university of maribor')).toBeLessThan(0.8);
  });

  it('suggests the agency written two ways, with evidence, and merges nothing', () => {
    const graph = consortia();
    const before = graph.order;
    const found = likelyDuplicates(graph);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      a: 'agency',
      b: 'agency2',
      normalisedA: 'regional development agency pomurje',
      normalisedB: 'regional development agency pomurje d o o',
      sharedTokens: ['regional', 'development', 'agency', 'pomurje'],
      sameCountry: true,
    });
    expect(found[0]!.score).toBeGreaterThan(0.8);
    expect(graph.order).toBe(before);
  });
});
