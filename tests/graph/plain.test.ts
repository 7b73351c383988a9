import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fitToBudget } from '../../src/graph/budget';
import {
  applyFilters,
  DEFAULT_FILTERS,
  filterIndexed,
  modelFilterKey,
  type FilterState,
} from '../../src/graph/filters';
import { indexGraph } from '../../src/graph/indexed';
import { ego, type EgoDepth } from '../../src/graph/projections/ego';
import { countNode, egoNodes, nodeCounts, plainView } from './reference';
import { network } from '../../src/graph/projections/network';
import { partnerships } from '../../src/graph/projections/partnerships';
import type { PlainOptions } from '../../src/graph/projections/plainIndexed';
import type { ConsortiaGraph } from '../../src/graph/types';
import { shownGraph, type ViewId } from '../../src/graph/views';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';
import { build, consortiaGraph, dump } from './build';

describe('views cut to the budget before they are built', () => {
  const graph = consortiaGraph();
  const budget = { nodes: 20, edges: 30 };
  const cases: Array<[ViewId, string | null, 1 | 2, Partial<FilterState>]> = [
    ['network', null, 1, {}],
    ['partnerships', null, 1, {}],
    ['network', null, 1, { nodeTypes: ['organisation', 'project'] }],
    ['partnerships', null, 1, { hideOrphans: true, countries: ['SI', 'AT'] }],
    ['ego', 'org:o0', 1, {}],
    ['ego', 'org:o0', 2, { nodeTypes: ['project', 'organisation'] }],
    ['ego', 'project:p3', 2, {}],
  ];
  it.each(cases)('%s (%s, depth %s, %o) keeps what the whole view cut would', (view, root, depth, f) => {
    const filters = { ...DEFAULT_FILTERS, ...f };
    const params = { egoRoot: root, egoDepth: depth };
    const whole = shownGraph(graph, view, params, filters);
    const before = fitToBudget(whole, budget);
    const early = shownGraph(graph, view, { ...params, limit: budget }, filters);
    const after = fitToBudget(early, budget);
    expect(before.capped).toBe(true);
    expect(after.capped).toBe(true);
    expect(after.total).toEqual(before.total);
    expect(after.total).toEqual({ nodes: whole.order, edges: whole.size });
    expect(dump(after.graph)).toEqual(dump(before.graph));
    // Built only what is drawn.
    expect(early.order).toBeLessThanOrEqual(budget.nodes);
    if (root) expect(after.graph.getNodeAttribute(root, 'focus')).toBe(true);
  });

  it('builds a view that fits whole, without a total', () => {
    const view = shownGraph(
      graph,
      'ego',
      { egoRoot: 'project:p3', egoDepth: 1, limit: { nodes: 500, edges: 500 } },
      DEFAULT_FILTERS,
    );
    expect(view.getAttribute('total')).toBeUndefined();
    expect(dump(view)).toEqual(
      dump(shownGraph(graph, 'ego', { egoRoot: 'project:p3', egoDepth: 1 }, DEFAULT_FILTERS)),
    );
  });

  it('keeps the hub at the centre of its own consortium view within the budget', () => {
    const hub = fitToBudget(
      shownGraph(
        graph,
        'ego',
        { egoRoot: 'org:o0', egoDepth: 2, limit: { nodes: 5, edges: 6 } },
        DEFAULT_FILTERS,
      ),
      { nodes: 5, edges: 6 },
    );
    expect(hub.graph.order).toBeLessThanOrEqual(5);
    expect(hub.graph.size).toBeLessThanOrEqual(6);
    expect(hub.graph.hasNode('org:o0')).toBe(true);
    expect(hub.capped).toBe(true);
  });
});

describe('nodeCounts', () => {
  it('gives every node the count countNode gives it, in one pass', () => {
    const graph = consortiaGraph();
    const counts = nodeCounts(graph);
    graph.forEachNode((key) => expect([key, counts.get(key) ?? 0]).toEqual([key, countNode(graph, key)]));
    expect(counts.get('org:o0')).toBe(countNode(graph, 'org:o0'));
    expect(counts.get('org:o0')).toBeGreaterThanOrEqual(5); // every fifth of 25 projects, and what the hash picks
  });
});

describe('modelFilterKey', () => {
  it('ignores the type and orphan filters and the order of countries', () => {
    const a = { ...DEFAULT_FILTERS, countries: ['SI', 'AT'] };
    expect(modelFilterKey({ ...a, hideOrphans: true, nodeTypes: ['project'] })).toBe(modelFilterKey(a));
    expect(modelFilterKey({ ...a, countries: ['AT', 'SI'] })).toBe(modelFilterKey(a));
    expect(modelFilterKey({ ...a, minProjects: 2 })).not.toBe(modelFilterKey(a));
  });
});

describe('network and partnerships over the numbered graph', () => {
  /** The view as plainView builds it from the graphology graph (the consortium view's reading). */
  const byPlainView = (graph: ConsortiaGraph, view: 'network' | 'partnerships', options: PlainOptions) =>
    plainView(
      graph,
      new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>(),
      view === 'network'
        ? { nodes: graph.nodes(), edge: (a) => ({ type: a.type, weight: 1, role: a.role }) }
        : {
            nodes: graph.filterNodes((_, a) => a.type === 'organisation' || a.type === 'project'),
            edge: (a) =>
              a.type === 'participates_in' ? { type: a.type, weight: 1, role: a.role ?? 'partner' } : null,
          },
      options,
    );
  const exported = (view: ViewGraph) => ({ ...view.export(), attributes: view.getAttributes() });

  /** Mostly countries, so a view of its organisations and projects reads them node by node. */
  function mostlyCountries(): ConsortiaGraph {
    const graph = build({
      projects: {
        p1: {
          members: [
            ['10', 'lead'],
            ['b', 'partner'],
            ['2', 'partner'],
          ],
        },
      },
      countries: { '10': 'AT', b: 'SI', '2': 'AT' },
    });
    for (const code of [
      'CZ',
      'PL',
      'BG',
      'HU',
      'SK',
      'RO',
      'HR',
      'IT',
      'FR',
      'DE',
      'ES',
      'PT',
      'NL',
      'BE',
      'LU',
    ])
      graph.addNode(`country:${code}`, { type: 'country', code, label: code, names: [], sources: [] });
    // Array-index keys among a node's neighbours: graphology lists them first.
    graph.addNode('7', { type: 'project', label: 'Seven', names: [], sources: [] });
    graph.addDirectedEdge('org:b', '7', { type: 'participates_in', role: 'lead', sources: [] });
    return graph;
  }

  const cases: Array<[string, () => ConsortiaGraph, PlainOptions]> = [
    ['the whole graph', consortiaGraph, {}],
    ['cut to a budget', consortiaGraph, { limit: { nodes: 20, edges: 30 } }],
    [
      'cut, organisations and projects only',
      consortiaGraph,
      { limit: { nodes: 15, edges: 12 }, nodeTypes: ['organisation', 'project'] },
    ],
    ['without orphans', consortiaGraph, { hideOrphans: true, nodeTypes: ['organisation', 'country'] }],
    ['a small part read node by node', mostlyCountries, {}],
  ];
  it.each(cases)('build what plainView builds: %s', (_, graphOf, options) => {
    const graph = graphOf();
    for (const view of ['network', 'partnerships'] as const) {
      const indexed = view === 'network' ? network(graph, options) : partnerships(graph, options);
      expect(exported(indexed)).toEqual(exported(byPlainView(graph, view, options)));
    }
  });

  const egoCases: Array<[string, EgoDepth, PlainOptions]> = [
    ['org:o0', 1, {}],
    ['org:o0', 2, { limit: { nodes: 20, edges: 30 } }],
    ['org:o3', 3, { limit: { nodes: 15, edges: 12 }, nodeTypes: ['organisation', 'project'] }],
    ['project:p3', 1, { hideOrphans: true, nodeTypes: ['project'] }],
    ['project:p3', 2, { limit: { nodes: 8, edges: 8 } }],
    ['country:SI', 1, {}],
    ['programme:1', 1, { limit: { nodes: 10, edges: 10 } }],
  ];
  it.each(egoCases)('the consortium of %s, depth %s (%o), as plainView builds it', (root, depth, options) => {
    const graph = consortiaGraph();
    expect(graph.hasNode(root)).toBe(true);
    const reference = plainView(
      graph,
      new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>(),
      {
        nodes: egoNodes(graph, root, depth),
        focus: root,
        edge: (a) => ({ type: a.type, weight: 1, role: a.role }),
      },
      options,
    );
    const view = ego(graph, root, depth, options);
    expect(exported(view)).toEqual(exported(reference));
    expect(view.getNodeAttribute(root, 'focus')).toBe(true);
  });

  it('builds the consortium of a filtered dataset from its part only', () => {
    const graph = consortiaGraph();
    const filters = { ...DEFAULT_FILTERS, countries: ['SI', 'AT'] };
    const part = applyFilters(graph, filters);
    const root = part.findNode((_, a) => a.type === 'organisation')!;
    const reference = plainView(
      part,
      new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>(),
      {
        nodes: egoNodes(part, root, 2),
        focus: root,
        edge: (a) => ({ type: a.type, weight: 1, role: a.role }),
      },
      {},
    );
    expect(exported(ego(filterIndexed(indexGraph(graph), filters), root, 2))).toEqual(exported(reference));
  });

  it('reads the edges of a small part node by node, in the order graphology lists them', () => {
    const graph = mostlyCountries();
    const view = partnerships(graph);
    expect(view.order * 4).toBeLessThan(graph.order);
    // Organisations in the graph's order (the spec's countries come as an object: '2' before '10').
    expect(view.mapEdges((_, __, source, target) => `${source}->${target}`)).toEqual([
      'org:2->project:p1',
      'org:10->project:p1',
      'org:b->7',
      'org:b->project:p1',
    ]);
  });
});
