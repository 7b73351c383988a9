import { describe, expect, it } from 'vitest';
import { fitToBudget } from '../../src/graph/budget';
import { applyFilters, DEFAULT_FILTERS, modelFilterKey, type FilterState } from '../../src/graph/filters';
import { countNode, nodeCounts } from '../../src/graph/projections/common';
import { shownGraph, type ViewId } from '../../src/graph/views';
import { consortiaGraph, dump } from './build';

describe('views cut to the budget before they are built', () => {
  const graph = consortiaGraph();
  const budget = { nodes: 20, edges: 30 };
  const cases: Array<[ViewId, Partial<FilterState>]> = [
    ['network', {}],
    ['partnerships', {}],
    ['network', { nodeTypes: ['organisation', 'project'] }],
    ['partnerships', { hideOrphans: true, countries: ['SI', 'AT'] }],
  ];
  // The consortium view cuts its own way, project by project (tests/graph/ego.test.ts).
  it.each(cases)('%s (%o) keeps what the whole view cut would', (view, f) => {
    const filters = { ...DEFAULT_FILTERS, ...f };
    const params = { egoRoot: null, egoDepth: 1 as const };
    const whole = shownGraph(graph, view, params, filters);
    const before = fitToBudget(whole, budget);
    const early = shownGraph(graph, view, { ...params, limit: budget }, filters);
    // The same with the node counts a caller kept (the view worker does) for the filtered graph.
    const counts = nodeCounts(applyFilters(graph, filters));
    const kept = shownGraph(graph, view, { ...params, limit: budget, counts: () => counts }, filters);
    expect(dump(kept)).toEqual(dump(early));
    const after = fitToBudget(early, budget);
    expect(before.capped).toBe(true);
    expect(after.capped).toBe(true);
    expect(after.total).toEqual(before.total);
    expect(after.total).toEqual({ nodes: whole.order, edges: whole.size });
    expect(dump(after.graph)).toEqual(dump(before.graph));
    // Built only what is drawn.
    expect(early.order).toBeLessThanOrEqual(budget.nodes);
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
