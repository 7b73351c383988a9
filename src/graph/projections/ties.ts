// Ties between the members of groups (co-partners: organisations of a project; projects: projects of an
// organisation), counted with integer pair keys so a view of 10,000 nodes and 200,000 ties projects in a
// fraction of a second. Members outside `kept` are counted in the total but get no tie.
// OverviewTies (below) does the same for the few nodes of an overview (countries, programmes) in a flat array.
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph } from '../view-types';
import { countNode, nodeCounts, pairKey } from './common';

/** The `limit` nodes of `keys` with the highest count (projects joined, partners), ties by key. */
export function bestConnected(
  graph: ConsortiaGraph,
  keys: string[],
  limit: number,
  counts?: ReadonlyMap<string, number>,
): string[] {
  if (keys.length <= limit) return keys;
  const all = counts ?? (keys.length * 4 >= graph.order ? nodeCounts(graph) : null);
  const count = new Map(keys.map((k) => [k, all ? (all.get(k) ?? 0) : countNode(graph, k)]));
  return [...keys]
    .sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

export interface TieSpec {
  /** Each group: what links its members (`via`) and the members. */
  groups: Iterable<[string, string[]]>;
  /** Every node that could be tied (its index keys the pairs). */
  all: string[];
  /** The nodes drawn; ties only between them. */
  kept: ReadonlySet<string>;
  /** At most this many ties are added, the heaviest (ties by pair); all when absent. */
  limit?: number;
}

/**
 * ties.addTies: adds one edge per pair of kept nodes sharing a group (weight = groups shared, `via` =
 * them, sorted; the `limit` heaviest), in key order, and returns the number of distinct pairs among all
 * nodes (the whole view's edge count, also when some nodes or ties are left out).
 */
export function addTies(
  view: ViewGraph,
  spec: TieSpec,
  attributes: (via: string[]) => Omit<ViewEdgeAttributes, 'weight' | 'via'>,
): number {
  const index = new Map(spec.all.map((k, i) => [k, i]));
  const n = spec.all.length;
  const kept = new Uint8Array(n);
  spec.all.forEach((k, i) => {
    if (spec.kept.has(k)) kept[i] = 1;
  });
  const groups: Array<[string, number[]]> = [];
  for (const [via, members] of spec.groups) {
    const ids = [...new Set(members.map((m) => index.get(m)).filter((i): i is number => i !== undefined))];
    if (ids.length < 2) continue;
    ids.sort((a, b) => a - b);
    groups.push([via, ids]);
  }
  // Ties are made only between kept nodes: each group is read down to its kept members first.
  const keptTies = new Map<number, string[]>();
  for (const [via, ids] of groups) {
    const members = spec.kept.size < n ? ids.filter((i) => kept[i]) : ids;
    for (let i = 0; i < members.length; i++) {
      const a = members[i]!;
      for (let j = i + 1; j < members.length; j++) {
        const key = a * n + members[j]!;
        const list = keptTies.get(key);
        if (list) list.push(via);
        else keptTies.set(key, [via]);
      }
    }
  }
  let chosen = [...keptTies];
  if (spec.limit !== undefined && chosen.length > spec.limit)
    chosen = chosen.sort(([ka, a], [kb, b]) => b.length - a.length || ka - kb).slice(0, spec.limit);
  const edges = chosen.map(([key, via]) => {
    const a = spec.all[Math.floor(key / n)]!;
    const b = spec.all[key % n]!;
    const [source, target] = a < b ? [a, b] : [b, a];
    return { key: `${source}--${target}`, source, target, via: [...new Set(via)].sort() };
  });
  edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const e of edges)
    view.addUndirectedEdgeWithKey(e.key, e.source, e.target, {
      ...attributes(e.via),
      weight: e.via.length,
      via: e.via,
    });
  return spec.kept.size < n ? distinctPairs(groups, n) : keptTies.size;
}

/**
 * The number of distinct pairs of nodes sharing a group, without a set of pairs: each node in turn
 * marks the higher-numbered members of its groups (one stamp array), so millions of pairs (a hub in
 * thousands of projects) cost a pass over typed arrays instead of a hash set.
 */
function distinctPairs(groups: ReadonlyArray<[string, number[]]>, n: number): number {
  const start = new Int32Array(n + 1);
  for (const [, ids] of groups) for (const i of ids) start[i + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const memberOf = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  groups.forEach(([, ids], g) => {
    for (const i of ids) memberOf[fill[i]!++] = g;
  });
  const seen = new Int32Array(n).fill(-1);
  let pairs = 0;
  for (let a = 0; a < n; a++)
    for (let m = start[a]!; m < start[a + 1]!; m++) {
      const ids = groups[memberOf[m]!]![1];
      for (let k = ids.length - 1; k >= 0 && ids[k]! > a; k--) {
        const b = ids[k]!;
        if (seen[b] === a) continue;
        seen[b] = a;
        pairs += 1;
      }
    }
  return pairs;
}

/**
 * Past this many keys behind one overview tie (countries, programmes), `via` is left out and the weight
 * still counts them all: two large countries share thousands of projects, too many to list or carry.
 */
export const VIA_LIMIT = 50;

/**
 * Ties between the few nodes of an overview (countries, programmes), counted in a flat array indexed
 * by node: each group (a project's countries, an organisation's programmes) links every two of its
 * members once. Costs (members per group)² per group and no allocation per pair.
 */
export class OverviewTies {
  private readonly index: Map<string, number>;
  private readonly weight: Uint32Array;
  private readonly via: Array<string[] | null> = [];
  private readonly seen: Int32Array;
  private readonly group: number[] = [];
  private groupNo = 0;

  constructor(private readonly keys: string[]) {
    this.index = new Map(keys.map((k, i) => [k, i]));
    this.weight = new Uint32Array(keys.length * keys.length);
    this.seen = new Int32Array(keys.length).fill(-1);
  }

  /** Adds a member (a node key of the view) to the current group; unknown keys and repeats are ignored. */
  add(key: string): void {
    const i = this.index.get(key);
    if (i === undefined || this.seen[i] === this.groupNo) return;
    this.seen[i] = this.groupNo;
    this.group.push(i);
  }

  /** Closes the current group: every two of its members gain a tie made by `via`. */
  close(via: string): void {
    const n = this.keys.length;
    const g = this.group;
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) {
        const cell = Math.min(g[a]!, g[b]!) * n + Math.max(g[a]!, g[b]!);
        const w = (this.weight[cell] = this.weight[cell]! + 1);
        if (w === 1) this.via[cell] = [via];
        else if (w > VIA_LIMIT) this.via[cell] = null;
        else this.via[cell]?.push(via);
      }
    g.length = 0;
    this.groupNo += 1;
  }

  /** Adds the ties to `view` as undirected edges of `type`, in order of their pair key. */
  addTo(view: ViewGraph, type: ViewEdgeAttributes['type']): void {
    const n = this.keys.length;
    const ties: Array<{ key: string; source: string; target: string; cell: number }> = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        if (!this.weight[i * n + j]) continue;
        const [key, source, target] = pairKey(this.keys[i]!, this.keys[j]!);
        ties.push({ key, source, target, cell: i * n + j });
      }
    ties.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const { key, source, target, cell } of ties) {
      const attributes: ViewEdgeAttributes = { type, weight: this.weight[cell]! };
      const through = this.via[cell];
      if (through) attributes.via = through.sort();
      view.addUndirectedEdgeWithKey(key, source, target, attributes);
    }
  }
}
