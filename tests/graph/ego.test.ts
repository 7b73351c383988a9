import { describe, expect, it } from 'vitest';
import { fitToBudget } from '../../src/graph/budget';
import { ego, type EgoDepth } from '../../src/graph/projections/ego';
import { contextSide, neighbourhoodSize, walkNeighbourhood } from '../../src/graph/projections/neighbourhood';
import { NODE_TYPES, type NodeType } from '../../src/graph/types';
import { build, consortiaGraph, dump, type Spec } from './build';

/**
 * `h` (AT) leads three projects: big (h, a, b, c, d; programme x), mid (h, e, f; y), small (h, g; y).
 * Its neighbourhood: h, 3 projects, 7 partners, 4 countries, 2 programmes = 17 nodes; 10 participations,
 * 8 located_in, 3 funded_by = 21 edges.
 */
const HUB: Spec = {
  projects: {
    big: {
      programme: 'programme:x',
      members: [
        ['h', 'lead'],
        ['a', 'partner'],
        ['b', 'partner'],
        ['c', 'partner'],
        ['d', 'partner'],
      ],
    },
    mid: {
      programme: 'programme:y',
      members: [
        ['h', 'lead'],
        ['e', 'partner'],
        ['f', 'partner'],
      ],
    },
    small: {
      programme: 'programme:y',
      members: [
        ['h', 'lead'],
        ['g', 'partner'],
      ],
    },
  },
  countries: { h: 'AT', a: 'SI', b: 'SI', c: 'CZ', d: 'CZ', e: 'AT', f: 'AT', g: 'PL' },
};

const FILTERS: Array<{ nodeTypes?: NodeType[]; hideOrphans?: boolean }> = [
  {},
  // The filters' default, as the app sends it: every type listed.
  { nodeTypes: [...NODE_TYPES] },
  { nodeTypes: ['organisation', 'project'] },
  { nodeTypes: ['organisation', 'country'], hideOrphans: true },
  { hideOrphans: true },
];

/** Every organisation and project of the graph as an ego root, at depths 1 and 2, under each filter. */
function everyEgo(graph = consortiaGraph()) {
  const roots = graph.filterNodes((_, a) => a.type === 'organisation' || a.type === 'project');
  return roots.flatMap((root) =>
    ([1, 2] as EgoDepth[]).flatMap((depth) => FILTERS.map((filter) => ({ graph, root, depth, filter }))),
  );
}

describe('ego view past the draw budget', () => {
  it('draws nothing for a root that is not in the graph, budget or not', () => {
    const graph = build(HUB);
    const limit = { nodes: 3, edges: 3 };
    expect(ego(graph, 'org:nobody', 1, { limit }).order).toBe(0);
    expect(ego(graph, null, 1, { limit }).order).toBe(0);
    expect(ego(graph, 'org:nobody', 1, { limit }).getAttribute('total')).toBeUndefined();
  });

  it('draws a neighbourhood within the budget exactly as without one', () => {
    const limit = { nodes: 30, edges: 60 };
    let fitting = 0;
    for (const { graph, root, depth, filter } of everyEgo()) {
      const whole = ego(graph, root, depth, filter);
      if (whole.order > limit.nodes || whole.size > limit.edges) continue;
      fitting += 1;
      const limited = ego(graph, root, depth, { ...filter, limit });
      expect(dump(limited)).toEqual(dump(whole));
      expect(limited.getAttribute('total')).toBeUndefined();
    }
    // Enough of them fit for this to say something (and enough do not: the next test).
    expect(fitting).toBeGreaterThan(100);
  });

  it('says how large the whole neighbourhood is and draws at most the budget of it', () => {
    const limit = { nodes: 12, edges: 20 };
    let cut = 0;
    for (const { graph, root, depth, filter } of everyEgo()) {
      const whole = ego(graph, root, depth, filter);
      if (whole.order <= limit.nodes && whole.size <= limit.edges) continue;
      cut += 1;
      const drawn = ego(graph, root, depth, { ...filter, limit });
      expect(drawn.getAttribute('total')).toEqual({ nodes: whole.order, edges: whole.size });
      expect(drawn.order).toBeLessThanOrEqual(limit.nodes);
      expect(drawn.getNodeAttribute(root, 'focus')).toBe(true);
      // What it draws is part of the whole view, node for node and edge for edge.
      drawn.forEachNode((key, a) => expect(a).toEqual(whole.getNodeAttributes(key)));
      drawn.forEachEdge((key, a) => expect(a).toEqual(whole.getEdgeAttributes(key)));
    }
    expect(cut).toBeGreaterThan(100);
  });

  it('takes the largest consortium first, whole, with its countries and programme', () => {
    const view = ego(build(HUB), 'org:h', 1, { limit: { nodes: 10, edges: 30 } });
    expect(view.nodes()).toEqual([
      'org:h',
      'country:AT',
      'project:big',
      'programme:x',
      'org:a',
      'country:SI',
      'org:b',
      'org:c',
      'country:CZ',
      'org:d',
    ]);
    expect(view.size).toBe(11);
    expect(view.getAttribute('total')).toEqual({ nodes: 17, edges: 21 });
    expect(view.getNodeAttributes('org:h')).toMatchObject({ focus: true, count: 3, lead: true });
    expect(view.getNodeAttributes('country:SI')).toMatchObject({ count: 2 });
    expect(view.getNodeAttributes('project:big')).toMatchObject({ count: 5, lead: true });
  });

  it('takes the most active partners of the consortium the budget cuts through', () => {
    // d is in two projects, the others in one: d comes first, then a, b, c by key.
    const spec: Spec = structuredClone(HUB);
    spec.projects.mid!.members.push(['d', 'partner']);
    const view = ego(build(spec), 'org:h', 1, { limit: { nodes: 6, edges: 30 } });
    expect(view.nodes()).toEqual([
      'org:h',
      'country:AT',
      'project:big',
      'programme:x',
      'org:d',
      'country:CZ',
    ]);
  });

  it('takes consortia of the same size in the order of their keys, the same every time', () => {
    const spec: Spec = structuredClone(HUB);
    spec.projects.mid!.members.push(['x1', 'partner'], ['x2', 'partner']);
    spec.countries.x1 = 'AT';
    spec.countries.x2 = 'AT';
    const graph = build(spec);
    const limit = { nodes: 11, edges: 30 };
    const view = ego(graph, 'org:h', 1, { limit });
    // big and mid both have five partners: big first.
    expect(view.filterNodes((_, a) => a.type === 'project')).toEqual(['project:big', 'project:mid']);
    expect(dump(ego(graph, 'org:h', 1, { limit }))).toEqual(dump(view));
  });

  it("grows a project's neighbourhood from its own consortium, then its partners' other projects", () => {
    // At depth 2 from `mid`: its consortium h, e, f first, then h's other projects, largest first.
    const view = ego(build(HUB), 'project:mid', 2, { limit: { nodes: 10, edges: 30 } });
    expect(view.nodes()).toEqual([
      'project:mid',
      'programme:y',
      'org:h',
      'country:AT',
      'org:e',
      'org:f',
      'project:big',
      'programme:x',
      'org:a',
      'country:SI',
    ]);
    expect(view.getAttribute('total')).toEqual({ nodes: 17, edges: 21 });
  });

  it('leaves the cut of links past the edge budget to fitToBudget, keeping the nodes with links', () => {
    const graph = build(HUB);
    const budget = { nodes: 10, edges: 6 };
    const fitted = fitToBudget(ego(graph, 'org:h', 1, { limit: budget }), budget);
    expect(fitted.capped).toBe(true);
    expect(fitted.total).toEqual({ nodes: 17, edges: 21 });
    expect(fitted.graph.size).toBe(6);
    expect(fitted.graph.hasNode('org:h')).toBe(true);
    fitted.graph.forEachNode((key) => expect(fitted.graph.degree(key)).toBeGreaterThan(0));
  });
});

describe('contextSide', () => {
  it("counts a hub's neighbourhood from its countries and programmes, a programme's from its projects", () => {
    const graph = build(HUB);
    // h's neighbourhood has 21 out-edges (42 to read, twice); the countries and programmes 11 edges.
    expect(contextSide(graph, walkNeighbourhood(graph, 'org:h', 1))?.sort()).toEqual([
      'country:AT',
      'country:CZ',
      'country:PL',
      'country:SI',
      'programme:x',
      'programme:y',
    ]);
    // y's two projects have one out-edge each (4 to read); countries, programme x, rings' in-edges 16.
    expect(contextSide(graph, walkNeighbourhood(graph, 'programme:y', 1))).toBeNull();
  });
});

describe('neighbourhoodSize', () => {
  it('counts a lone root as one node without edges', () => {
    const graph = build({ projects: {}, countries: {} });
    graph.addNode('org:alone', { type: 'organisation', label: 'ALONE', names: [], sources: [] });
    expect(neighbourhoodSize(graph, walkNeighbourhood(graph, 'org:alone', 1))).toMatchObject({
      nodes: 1,
      edges: 0,
    });
  });

  it('counts the nodes and edges of the whole view, under the type and orphan filters', () => {
    const graph = consortiaGraph();
    const roots = graph.nodes();
    let compared = 0;
    for (const root of roots)
      for (const depth of [1, 2, 3] as EgoDepth[])
        for (const filter of FILTERS) {
          const whole = ego(graph, root, depth, filter);
          const size = neighbourhoodSize(graph, walkNeighbourhood(graph, root, depth), filter);
          expect({ root, depth, filter, nodes: size.nodes, edges: size.edges }).toEqual({
            root,
            depth,
            filter,
            nodes: whole.order,
            edges: whole.size,
          });
          whole.forEachNode((key) => expect(size.drawn(key)).toBe(true));
          compared += 1;
        }
    expect(compared).toBe(roots.length * 3 * FILTERS.length);
  });

  it('gives each country and programme that comes along its count, read from its side', () => {
    const graph = build(HUB);
    const size = neighbourhoodSize(graph, walkNeighbourhood(graph, 'org:h', 1));
    expect(Object.fromEntries(size.counts)).toEqual({
      'country:AT': 3,
      'country:SI': 2,
      'country:CZ': 2,
      'country:PL': 1,
      'programme:x': 1,
      'programme:y': 2,
    });
  });
});
