// Ties between the members of groups (co-partners: organisations of a project; projects: projects of an
// organisation), counted with integer pair keys so a view of 10,000 nodes and 200,000 ties projects in a
// fraction of a second. Members outside `kept` are counted in the total but get no tie.
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph } from '../view-types';
import { countNode } from './common';

/** The `limit` nodes of `keys` with the highest count (projects joined, partners), ties by key. */
export function bestConnected(graph: ConsortiaGraph, keys: string[], limit: number): string[] {
  if (keys.length <= limit) return keys;
  const count = new Map(keys.map((k) => [k, countNode(graph, k)]));
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
  const keptTies = new Map<number, string[]>();
  const allPairs = spec.kept.size < n ? new Set<number>() : null;
  for (const [via, members] of spec.groups) {
    const ids = [...new Set(members.map((m) => index.get(m)).filter((i): i is number => i !== undefined))];
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i]!;
      const keptA = spec.kept.has(spec.all[a]!);
      for (let j = i + 1; j < ids.length; j++) {
        const b = ids[j]!;
        const key = a * n + b;
        allPairs?.add(key);
        if (!keptA || !spec.kept.has(spec.all[b]!)) continue;
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
  return allPairs ? allPairs.size : keptTies.size;
}
