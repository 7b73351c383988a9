import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fitToBudget, isLargeDataset, LARGE_DATASET } from '../../src/graph/budget';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';
import { build } from './build';

/** A star of co-partners around `hub` plus a chain, with counts as given. */
function view(nodes: Record<string, number>, edges: Array<[string, string, number]>): ViewGraph {
  const g: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  for (const [key, count] of Object.entries(nodes))
    g.addNode(key, { type: 'organisation', label: key.toUpperCase(), count });
  for (const [s, t, weight] of edges)
    g.addUndirectedEdgeWithKey(`${s}--${t}`, s, t, { type: 'co_partners', weight });
  return g;
}

describe('fitToBudget', () => {
  it('keeps an empty view as it is', () => {
    const fitted = fitToBudget(view({}, []), { nodes: 2, edges: 2 });
    expect(fitted).toMatchObject({ capped: false, total: { nodes: 0, edges: 0 } });
    expect(fitted.graph.order).toBe(0);
  });

  it('returns the view itself when it fits', () => {
    const v = view({ a: 1, b: 1 }, [['a', 'b', 1]]);
    const fitted = fitToBudget(v, { nodes: 2, edges: 1 });
    expect(fitted.graph).toBe(v);
    expect(fitted.capped).toBe(false);
  });

  it('keeps the best connected nodes and the heaviest edges among them', () => {
    const v = view({ hub: 9, a: 3, b: 2, c: 1, d: 1 }, [
      ['hub', 'a', 3],
      ['hub', 'b', 1],
      ['a', 'b', 2],
      ['c', 'd', 5],
      ['hub', 'c', 1],
    ]);
    const fitted = fitToBudget(v, { nodes: 3, edges: 2 });
    expect(fitted.capped).toBe(true);
    expect(fitted.total).toEqual({ nodes: 5, edges: 5 });
    expect(fitted.graph.nodes().sort()).toEqual(['a', 'b', 'hub']);
    expect(fitted.graph.edges().sort()).toEqual(['a--b', 'hub--a']);
    expect(fitted.graph.getEdgeAttribute('hub--a', 'weight')).toBe(3);
    // A copy: the view the cut came from is untouched.
    expect(v.order).toBe(5);
  });

  it('drops nodes the edge cut left alone, but keeps nodes that had no edge anyway', () => {
    const v = view({ hub: 9, a: 3, b: 2, lonely: 8 }, [
      ['hub', 'a', 3],
      ['hub', 'b', 1],
    ]);
    const fitted = fitToBudget(v, { nodes: 4, edges: 1 });
    expect(fitted.graph.nodes().sort()).toEqual(['a', 'hub', 'lonely']);
  });

  it('grows from the ego focus, then context nodes, through the most important neighbours', () => {
    const v = view({ big: 50, small: 1, other: 40 }, [['big', 'small', 1]]);
    v.addNode('country:AT', { type: 'country', label: 'Austria', count: 1 });
    v.mergeNodeAttributes('small', { focus: true });
    expect(fitToBudget(v, { nodes: 2, edges: 5 }).graph.nodes().sort()).toEqual(['big', 'small']);
    expect(fitToBudget(v, { nodes: 3, edges: 5 }).graph.nodes().sort()).toEqual([
      'big',
      'country:AT',
      'small',
    ]);
  });

  it('keeps hubs with their projects in a bipartite view, not projects alone', () => {
    const g: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    // Four projects of 5 partners each (count 5) and one organisation in three of them (count 3).
    for (let p = 0; p < 4; p++) g.addNode(`project:${p}`, { type: 'project', label: `P${p}`, count: 5 });
    g.addNode('org:hub', { type: 'organisation', label: 'HUB', count: 3 });
    for (let p = 0; p < 3; p++)
      g.addUndirectedEdgeWithKey(`e${p}`, 'org:hub', `project:${p}`, { type: 'participates_in', weight: 1 });
    const fitted = fitToBudget(g, { nodes: 3, edges: 10 });
    expect(fitted.graph.nodes().sort()).toEqual(['org:hub', 'project:0', 'project:1']);
    expect(fitted.graph.size).toBe(2);
  });

  it("keeps a hub's projects and their partners, not the organisations of its country", () => {
    // The hub in two projects of 3 partners; its country holds six busy organisations (in 40 projects
    // each, elsewhere) with no project shared with the hub in this view.
    const g: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    const tie = (s: string, t: string, type: ViewEdgeAttributes['type']) =>
      g.addUndirectedEdgeWithKey(`${s}--${t}`, s, t, { type, weight: 1 });
    g.addNode('org:hub', { type: 'organisation', label: 'HUB', count: 50, focus: true });
    g.addNode('country:BE', { type: 'country', label: 'Belgium', count: 7 });
    tie('org:hub', 'country:BE', 'located_in');
    for (let i = 0; i < 6; i++) {
      g.addNode(`org:busy${i}`, { type: 'organisation', label: `BUSY${i}`, count: 40 });
      tie(`org:busy${i}`, 'country:BE', 'located_in');
    }
    for (let p = 0; p < 2; p++) {
      g.addNode(`project:${p}`, { type: 'project', label: `P${p}`, count: 3 });
      tie('org:hub', `project:${p}`, 'participates_in');
      g.addNode(`org:partner${p}`, { type: 'organisation', label: `PARTNER${p}`, count: 2 });
      tie(`org:partner${p}`, `project:${p}`, 'participates_in');
    }
    const fitted = fitToBudget(g, { nodes: 6, edges: 20 });
    expect(fitted.graph.nodes().sort()).toEqual([
      'country:BE',
      'org:hub',
      'org:partner0',
      'org:partner1',
      'project:0',
      'project:1',
    ]);
  });

  it('keeps, around a focus, the partners in most of its projects before busy ones in one of them', () => {
    // The hub's three projects each hold one busy organisation (in 60 projects elsewhere); one partner,
    // in 3 projects in all, is in every one of them.
    const g: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    const tie = (s: string, t: string) =>
      g.addUndirectedEdgeWithKey(`${s}--${t}`, s, t, { type: 'participates_in', weight: 1 });
    g.addNode('org:hub', { type: 'organisation', label: 'HUB', count: 3, focus: true });
    g.addNode('org:repeat', { type: 'organisation', label: 'REPEAT', count: 3 });
    for (let p = 0; p < 3; p++) {
      g.addNode(`project:${p}`, { type: 'project', label: `P${p}`, count: 3 });
      g.addNode(`org:busy${p}`, { type: 'organisation', label: `BUSY${p}`, count: 60 });
      for (const org of ['org:hub', 'org:repeat', `org:busy${p}`]) tie(org, `project:${p}`);
    }
    const fitted = fitToBudget(g, { nodes: 5, edges: 20 });
    expect(fitted.graph.nodes().sort()).toEqual([
      'org:hub',
      'org:repeat',
      'project:0',
      'project:1',
      'project:2',
    ]);
    expect(fitted.graph.degree('org:repeat')).toBe(3);
  });

  it('starts each next component from its most important node, the first by key among equals', () => {
    // Three components: {a, b} (count 5), {c, d} and {e, f} (count 3 each); only isolated nodes after.
    const v = view({ f: 3, e: 3, d: 3, c: 3, b: 1, a: 5, z: 0, y: 0 }, [
      ['a', 'b', 1],
      ['c', 'd', 1],
      ['e', 'f', 1],
    ]);
    const order = (nodes: number) => fitToBudget(v, { nodes, edges: 10 }).graph.nodes();
    expect(order(4)).toEqual(['a', 'b', 'c', 'd']);
    // e alone would have no edge: the edge cut drops it.
    expect(order(5)).toEqual(['a', 'b', 'c', 'd']);
    expect(order(7)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'y']);
  });

  it('cuts the same way every time (ties broken by key)', () => {
    const nodes = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${i}`, 1]));
    const edges = Array.from({ length: 29 }, (_, i) => [`n${i}`, `n${i + 1}`, 1] as [string, string, number]);
    const a = fitToBudget(view(nodes, edges), { nodes: 10, edges: 4 });
    const b = fitToBudget(view(nodes, [...edges].reverse()), { nodes: 10, edges: 4 });
    expect(a.graph.nodes().sort()).toEqual(b.graph.nodes().sort());
    expect(a.graph.edges().sort()).toEqual(b.graph.edges().sort());
  });
});

describe('isLargeDataset', () => {
  it('is false for a small graph and true past the threshold of nodes plus edges', () => {
    const small = build({ projects: { p: { members: [['a', 'lead']] } }, countries: { a: 'AT' } });
    expect(isLargeDataset(small)).toBe(false);
    for (let i = 0; small.order + small.size <= LARGE_DATASET; i++)
      small.addNode(`org:x${i}`, { type: 'organisation', label: `X${i}`, names: [], sources: [] });
    expect(isLargeDataset(small)).toBe(true);
  });
});
