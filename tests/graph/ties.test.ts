import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { hash01 } from '../../src/graph/geometry';
import { indexGraph, type IndexedGraph } from '../../src/graph/indexed';
import { addTies, bestConnected, participationGroups } from '../../src/graph/projections/ties';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';
import { build, type Spec } from './build';

/** Organisations o0… in projects p0…: `projects[p]` lists project p's members by number. */
function graphOf(projects: number[][]): IndexedGraph {
  const spec: Spec = { projects: {}, countries: {} };
  const most = Math.max(...projects.flat());
  for (let o = 0; o <= most; o++) spec.countries[`o${o}`] = 'AT';
  projects.forEach((members, p) => {
    spec.projects[`p${p}`] = { members: members.map((m, i) => [`o${m}`, i ? 'partner' : 'lead']) };
  });
  return indexGraph(build(spec));
}

const organisations = (data: IndexedGraph) =>
  Array.from(data.nodes).filter((id) => data.whole.attributes[id]!.type === 'organisation');

const keysOf = (data: IndexedGraph, kept: Uint8Array) =>
  data.whole.keys.filter((_, id) => kept[id] === 1).sort();

/** Co-partner ties of `data` between the kept organisations (all when absent), at most `limit`. */
function ties(data: IndexedGraph, kept?: Uint8Array, limit?: number) {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const all = organisations(data);
  const marks = kept ?? bestConnected(data, all, Infinity);
  for (const id of all)
    if (marks[id]) view.addNode(data.whole.keys[id]!, { type: 'organisation', label: '', count: 0 });
  const total = addTies(
    view,
    data,
    { groups: participationGroups(data, 'target'), all, kept: marks, limit },
    () => ({
      type: 'co_partners',
    }),
  );
  return { total, edges: view.mapEdges((key, a) => [key, a.weight, a.via!.join(' ')]) };
}

describe('ties', () => {
  it('keeps every node when the limit is not below their number', () => {
    const data = graphOf([
      [0, 1],
      [1, 2],
    ]);
    const all = organisations(data);
    expect(keysOf(data, bestConnected(data, all, Infinity))).toEqual(['org:o0', 'org:o1', 'org:o2']);
    expect(keysOf(data, bestConnected(data, all, 3))).toEqual(['org:o0', 'org:o1', 'org:o2']);
    expect(keysOf(data, bestConnected(data, all, 0))).toEqual([]);
  });

  it('keeps the organisations in most projects, the first by key among equals at the limit', () => {
    // Projects joined: o0 3, o1 and o3 and o4 2, o2 1.
    const data = graphOf([
      [0, 1],
      [0, 3],
      [0, 4],
      [1, 2],
      [3, 4],
    ]);
    const all = organisations(data);
    expect(keysOf(data, bestConnected(data, all, 1))).toEqual(['org:o0']);
    expect(keysOf(data, bestConnected(data, all, 3))).toEqual(['org:o0', 'org:o1', 'org:o3']);
    expect(keysOf(data, bestConnected(data, all, 4))).toEqual(['org:o0', 'org:o1', 'org:o3', 'org:o4']);
  });

  it('ties the members of a group after one left with a single member', () => {
    // Grouped by organisation: o0's only project p0 is dropped, and p0 still ties with p1 through o1.
    const data = graphOf([[0, 1], [1]]);
    const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    const projects = Array.from(data.nodes).filter((id) => data.whole.attributes[id]!.type === 'project');
    const kept = bestConnected(data, projects, Infinity);
    for (const id of projects) view.addNode(data.whole.keys[id]!, { type: 'project', label: '', count: 0 });
    const groups = participationGroups(data, 'source');
    expect(groups.via).toEqual(['org:o0', 'org:o1']);
    const total = addTies(view, data, { groups, all: projects, kept }, () => ({ type: 'project_link' }));
    expect(total).toBe(1);
    expect(view.mapEdges((key, a) => [key, a.via])).toEqual([['project:p0--project:p1', ['org:o1']]]);
  });

  it('keeps the heaviest ties, the first pairs among equals, as a sort of them all would', () => {
    const projects: number[][] = [];
    for (let p = 0; p < 40; p++) {
      const members = new Set<number>();
      const size = 2 + Math.floor(hash01(`s${p}`) * 4);
      for (let i = 0; members.size < size; i++) members.add(Math.floor(hash01(`p${p}m${i}`) * 12));
      projects.push([...members]);
    }
    const data = graphOf(projects);
    const whole = ties(data);
    // The ties by weight, then by the organisations' order in the graph (the pair's numbers).
    const place = new Map(organisations(data).map((id, i) => [data.whole.keys[id]!, i]));
    const pair = (key: string) => {
      const [a, b] = key.split('--').map((k) => place.get(k)!);
      return Math.min(a!, b!) * place.size + Math.max(a!, b!);
    };
    const ranked = [...whole.edges].sort(
      (x, y) => (y[1] as number) - (x[1] as number) || pair(x[0] as string) - pair(y[0] as string),
    );
    for (const limit of [1, 7, 20, whole.edges.length - 1]) {
      const cut = ties(data, undefined, limit);
      expect(cut.edges.map((e) => e[0]).sort()).toEqual(
        ranked
          .slice(0, limit)
          .map((e) => e[0])
          .sort(),
      );
      expect(cut.total).toBe(whole.edges.length);
    }
  });

  it("counts the pairs of a hub's many projects once, also where the projects share other partners", () => {
    // o0 is in 120 of 150 projects, o1 in every third, o2 in the first 80; others join by a hash;
    // every fifth project has one partner of its own.
    const projects: number[][] = [];
    for (let p = 0; p < 150; p++) {
      const members = new Set<number>([0]);
      if (p % 3 === 0) members.add(1);
      if (p < 80) members.add(2);
      if (p % 5 === 4) {
        projects.push([3 + p]);
        continue;
      }
      for (let i = 0; i < 3; i++) members.add(3 + Math.floor(hash01(`p${p}m${i}`) * 40));
      projects.push([...members]);
    }
    const data = graphOf(projects);
    // The projects view's total: pairs of projects sharing an organisation, counted by brute force.
    const pairs = new Set<string>();
    projects.forEach((a, p) =>
      projects.forEach((b, q) => {
        if (p < q && a.some((m) => b.includes(m))) pairs.add(`${p}-${q}`);
      }),
    );
    const all = Array.from(data.nodes).filter((id) => data.whole.attributes[id]!.type === 'project');
    const kept = bestConnected(data, all, 10);
    const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    for (const id of all)
      if (kept[id]) view.addNode(data.whole.keys[id]!, { type: 'project', label: '', count: 0 });
    const groups = participationGroups(data, 'source');
    expect([groups.via[0], groups.start[1]! - groups.start[0]!]).toEqual(['org:o0', 120]);
    const total = addTies(view, data, { groups, all, kept }, () => ({ type: 'project_link' }));
    // All pairs of the hub's 120 projects, and some through partners of the others only.
    expect(pairs.size).toBeGreaterThan((120 * 119) / 2);
    expect(total).toBe(pairs.size);
  });

  it('counts every distinct pair in the total when only some nodes are kept', () => {
    // Pairs: o0-o1 (twice), o1-o2, o0-o2, o2-o3, o3-o4.
    const data = graphOf([
      [0, 1],
      [0, 1, 2],
      [2, 3],
      [3, 4],
    ]);
    const kept = new Uint8Array(data.whole.keys.length);
    for (const key of ['org:o0', 'org:o1']) kept[data.idOf(key)] = 1;
    const some = ties(data, kept);
    expect(some.total).toBe(5);
    expect(some.edges).toEqual([['org:o0--org:o1', 2, 'project:p0 project:p1']]);
    expect(ties(data).total).toBe(5);
  });
});
