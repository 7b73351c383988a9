import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import { partnerPath } from '../../src/graph/path';
import { nodeDetails } from '../../src/graph/details';
import { build, fixtureGraph, SMALL } from './build';

describe('shortest partner path', () => {
  it('is empty when an end is not an organisation and null when they are not linked', () => {
    const g = build(SMALL);
    expect(partnerPath(g, 'project:p1', 'org:a')).toEqual([]);
    expect(partnerPath(g, 'org:a', 'org:d')).toBeNull();
    expect(partnerPath(g, 'org:a', 'org:e')).toBeNull();
  });

  it('lists the chain of shared projects between two organisations', () => {
    expect(partnerPath(build(SMALL), 'org:a', 'org:c')!.map((s) => s.key)).toEqual([
      'org:a',
      'project:p1',
      'org:b',
      'project:p2',
      'org:c',
    ]);
  });
});

describe('node details', () => {
  it('is null for an unknown node', () => {
    expect(nodeDetails(build(SMALL), 'org:zz')).toBeNull();
  });

  it('lists projects with roles, partners with shared projects, country and quotes with language', () => {
    const d = nodeDetails(fixtureGraph(), 'org:zrs-bistra-ptuj')!;
    expect(d.projects.map((p) => [p.key, p.role])).toEqual([
      ['project:clusters-cord', 'partner'],
      ['project:sm-rt-region', 'lead'],
    ]);
    expect(d.countries.map((c) => c.label)).toEqual(['Slovenia']);
    expect(d.partners.slice().find((p) => p.key === 'org:government-of-styria')!.shared).toBe(2);
    const lead = d.sources.find((s) => s.fact === 'lead partner in Sm@rt Region')!;
    expect(lead).toMatchObject({
      doc: '001_smart_region.txt',
      quote: 'ZRS Bistra Ptuj (Slovenija) – vodilni partner',
      lang: 'sl',
    });
  });

  it('lists a project consortium lead first, with its programme and period', () => {
    const d = nodeDetails(fixtureGraph(), 'project:clusters-cord')!;
    expect(d.organisations[0]).toMatchObject({ key: 'org:rra-usteckeho-kraje', role: 'lead', country: 'CZ' });
    expect(d.facts).toContainEqual(['Programme', 'Central Europe Programme']);
    expect(d.facts).toContainEqual(['Period', '2010-03 – 2013-02']);
  });
});

describe('shortest partner path on the dataset itself', () => {
  it('between every two organisations, is as short as on a copy of the participations, and each step is one', () => {
    const g = fixtureGraph();
    const bipartite = new UndirectedGraph();
    g.forEachEdge((_, a, s, t) => {
      if (a.type !== 'participates_in') return;
      bipartite.mergeEdge(s, t);
    });
    const orgs = g.filterNodes((_, a) => a.type === 'organisation');
    let linked = 0;
    for (const from of orgs)
      for (const to of orgs) {
        if (from === to) continue;
        const path = partnerPath(g, from, to);
        const reference =
          bipartite.hasNode(from) && bipartite.hasNode(to) ? bidirectional(bipartite, from, to) : null;
        expect(path?.length ?? null).toBe(reference?.length ?? null);
        if (!path) continue;
        linked++;
        expect([path[0]!.key, path.at(-1)!.key]).toEqual([from, to]);
        for (let i = 0; i + 1 < path.length; i++) {
          const [org, project] = i % 2 === 0 ? [path[i]!, path[i + 1]!] : [path[i + 1]!, path[i]!];
          expect(g.edge(org.key, project.key) && g.getEdgeAttribute(org.key, project.key, 'type')).toBe(
            'participates_in',
          );
        }
      }
    expect(linked).toBeGreaterThan(10);
  });
});
