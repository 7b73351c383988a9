// Ties between the members of groups (co-partners: organisations of a project; projects: projects of an
// organisation), counted with integer pair keys so a view of 10,000 nodes and 200,000 ties projects in a
// fraction of a second. Members outside `kept` are counted in the total but get no tie.
// OverviewTies (below) does the same for the few nodes of an overview (countries, programmes) in a flat array.
import { EDGE_CODE, type IndexedGraph } from '../indexed';
import type { ViewEdgeAttributes, ViewGraph } from '../view-types';
import { pairKey } from './common';

/**
 * ties.bestConnected: the `limit` nodes of `ids` with the highest count (projects joined, partners),
 * ties by key, marked by node number; all of them when they fit. A count of the counts finds the
 * threshold, so only the nodes at it are sorted (by key), not all 150,000 organisations.
 */
export function bestConnected(data: IndexedGraph, ids: readonly number[], limit: number): Uint8Array {
  const kept = new Uint8Array(data.whole.keys.length);
  if (ids.length <= limit) {
    for (let i = 0; i < ids.length; i++) kept[ids[i]!] = 1;
    return kept;
  }
  const counts = data.counts();
  let most = 0;
  for (let i = 0; i < ids.length; i++) most = Math.max(most, counts[ids[i]!]!);
  const nodesWith = new Uint32Array(most + 1);
  for (let i = 0; i < ids.length; i++) nodesWith[counts[ids[i]!]!]! += 1;
  // The count the cut falls in: every node above it is kept, and the first of its own by key.
  let threshold = most;
  let above = 0;
  while (above + nodesWith[threshold]! < limit) above += nodesWith[threshold--]!;
  const atThreshold: string[] = [];
  const keys = data.whole.keys;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (counts[id]! > threshold) kept[id] = 1;
    else if (counts[id] === threshold) atThreshold.push(keys[id]!);
  }
  atThreshold.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of atThreshold.slice(0, limit - above)) kept[data.whole.id.get(key)!] = 1;
  return kept;
}

/** Groups of nodes, flat: group g is `via[g]` with members `members[start[g]]` to `members[start[g + 1] - 1]`. */
export interface Groups {
  via: string[];
  start: Int32Array;
  /** Node numbers. */
  members: Int32Array;
}

/**
 * ties.participationGroups: the participations of `data` grouped by one end, as queries.consortia
 * reads them: by project (`'target'`, members its partners) or by organisation (`'source'`, members its
 * projects), members in edge order.
 */
export function participationGroups(data: IndexedGraph, by: 'source' | 'target'): Groups {
  const { keys, source, target, edgeType } = data.whole;
  const { start, edges } = by === 'target' ? data.inEdges() : data.outEdges();
  const other = by === 'target' ? source : target;
  const via: string[] = [];
  const starts: number[] = [0];
  const members = new Int32Array(edges.length);
  let filled = 0;
  for (let i = 0; i < data.nodes.length; i++) {
    const id = data.nodes[i]!;
    const before = filled;
    for (let k = start[id]!; k < start[id + 1]!; k++) {
      const e = edges[k]!;
      if (edgeType[e] === EDGE_CODE.participates_in) members[filled++] = other[e]!;
    }
    if (filled === before) continue;
    via.push(keys[id]!);
    starts.push(filled);
  }
  return { via, start: Int32Array.from(starts), members: members.subarray(0, filled) };
}

export interface TieSpec {
  /** Every node that could be tied, by number (its place in this list keys the pairs). */
  all: readonly number[];
  /** What links the members of each group (`via`) and the members (nodes outside `all` ignored). */
  groups: Groups;
  /** The nodes drawn, marked by node number; ties only between them. */
  kept: Uint8Array;
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
  data: IndexedGraph,
  spec: TieSpec,
  attributes: (via: string[]) => Omit<ViewEdgeAttributes, 'weight' | 'via'>,
): number {
  const keys = data.whole.keys;
  const n = spec.all.length;
  const place = new Int32Array(keys.length).fill(-1);
  const kept = new Uint8Array(n);
  let keptCount = 0;
  spec.all.forEach((id, i) => {
    place[id] = i;
    if (spec.kept[id]) {
      kept[i] = 1;
      keptCount += 1;
    }
  });
  const groups = byPlace(spec.groups, place, n);
  // Ties are made only between kept nodes: each group is read down to its kept members first. A pair
  // is keyed by the kept nodes' ranks (in place order), small integers for a fast map.
  const rank = new Int32Array(n);
  const keptPlaces: number[] = [];
  for (let i = 0; i < n; i++) if (kept[i]) rank[i] = keptPlaces.push(i) - 1;
  const k = keptPlaces.length;
  const keptTies = new Map<number, number[]>();
  const members: number[] = [];
  for (let g = 0; g < groups.via.length; g++) {
    members.length = 0;
    for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++)
      if (kept[groups.members[m]!]) members.push(rank[groups.members[m]!]!);
    for (let i = 0; i < members.length; i++) {
      const a = members[i]! * k;
      for (let j = i + 1; j < members.length; j++) {
        const key = a + members[j]!;
        const list = keptTies.get(key);
        if (list) list.push(g);
        else keptTies.set(key, [g]);
      }
    }
  }
  const chosen =
    spec.limit !== undefined && keptTies.size > spec.limit ? heaviest(keptTies, spec.limit) : [...keptTies];
  const edges = chosen.map(([key, through]) => {
    const a = keys[spec.all[keptPlaces[Math.floor(key / k)]!]!]!;
    const b = keys[spec.all[keptPlaces[key % k]!]!]!;
    const [source, target] = a < b ? [a, b] : [b, a];
    const via = [...new Set(through.map((g) => groups.via[g]!))].sort();
    return { key: `${source}--${target}`, source, target, via };
  });
  edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const e of edges)
    view.addUndirectedEdgeWithKey(e.key, e.source, e.target, {
      ...attributes(e.via),
      weight: e.via.length,
      via: e.via,
    });
  return keptCount < n ? distinctPairs(groups, n) : keptTies.size;
}

/**
 * The groups with their members as places in `all` (nodes outside it left out), each member once,
 * ascending; groups left with fewer than two members dropped.
 */
function byPlace(groups: Groups, place: Int32Array, n: number): Groups {
  const stamp = new Int32Array(n).fill(-1);
  const via: string[] = [];
  const starts: number[] = [0];
  const members = new Int32Array(groups.members.length);
  let filled = 0;
  for (let g = 0; g < groups.via.length; g++) {
    const before = filled;
    for (let m = groups.start[g]!; m < groups.start[g + 1]!; m++) {
      const i = place[groups.members[m]!]!;
      if (i < 0 || stamp[i] === g) continue;
      stamp[i] = g;
      members[filled++] = i;
    }
    if (filled - before < 2) {
      filled = before;
      continue;
    }
    members.subarray(before, filled).sort();
    via.push(groups.via[g]!);
    starts.push(filled);
  }
  return { via, start: Int32Array.from(starts), members: members.subarray(0, filled) };
}

/**
 * The `limit` ties made by the most groups, ties by pair key: all ties above the weight the limit
 * falls in, then the first of that weight by key (a sort of only those, not of 100,000 ties).
 */
function heaviest(ties: Map<number, number[]>, limit: number): Array<[number, number[]]> {
  let most = 0;
  for (const via of ties.values()) most = Math.max(most, via.length);
  const withWeight = new Uint32Array(most + 1);
  for (const via of ties.values()) withWeight[via.length]! += 1;
  let threshold = most;
  let above = 0;
  while (above + withWeight[threshold]! < limit) above += withWeight[threshold--]!;
  const chosen: Array<[number, number[]]> = [];
  const atThreshold: number[] = [];
  for (const [key, via] of ties) {
    if (via.length > threshold) chosen.push([key, via]);
    else if (via.length === threshold) atThreshold.push(key);
  }
  atThreshold.sort((a, b) => a - b);
  for (const key of atThreshold.slice(0, limit - above)) chosen.push([key, ties.get(key)!]);
  return chosen;
}

/**
 * The number of distinct pairs of nodes sharing a group, without a set of pairs: each node in turn
 * marks the higher-numbered members of its groups (one stamp array), so millions of pairs (a hub in
 * thousands of projects) cost a pass over typed arrays instead of a hash set. A node whose largest
 * group is large (a hub's projects) counts that group's higher members at once and skips them in its
 * other groups by a bit test: at XL this reads 14 of the 46 million memberships the marking would.
 */
function distinctPairs(groups: Groups, n: number): number {
  const { start: groupStart, members } = groups;
  const groupCount = groups.via.length;
  const size = (g: number) => groupStart[g + 1]! - groupStart[g]!;
  // Each node's groups, and its place in each (members are ascending: the higher ones come after).
  const start = new Int32Array(n + 1);
  for (let m = 0; m < members.length; m++) start[members[m]! + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const memberOf = new Int32Array(start[n]!);
  const placeIn = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let g = 0; g < groupCount; g++)
    for (let m = groupStart[g]!; m < groupStart[g + 1]!; m++) {
      const at = fill[members[m]!]!++;
      memberOf[at] = g;
      placeIn[at] = m - groupStart[g]!;
    }
  const bits = memberBits(groups, n);
  const seen = new Int32Array(n).fill(-1);
  let pairs = 0;
  for (let a = 0; a < n; a++) {
    let largest = -1;
    let place = 0;
    for (let m = start[a]!; m < start[a + 1]!; m++)
      if (largest < 0 || size(memberOf[m]!) > size(largest)) [largest, place] = [memberOf[m]!, placeIn[m]!];
    const word = largest < 0 ? -1 : bits.word[largest]!;
    if (word >= 0) pairs += size(largest) - 1 - place;
    for (let m = start[a]!; m < start[a + 1]!; m++) {
      const g = memberOf[m]!;
      if (word >= 0 && g === largest) continue;
      const first = groupStart[g]!;
      for (let k = groupStart[g + 1]! - 1; k >= first && members[k]! > a; k--) {
        const b = members[k]!;
        if (seen[b] === a) continue;
        if (word >= 0 && (bits.set[word + (b >>> 5)]! >>> (b & 31)) & 1) continue;
        seen[b] = a;
        pairs += 1;
      }
    }
  }
  return pairs;
}

/** Groups past this many members get a bit set of them (distinctPairs), the largest first. */
const LARGE_GROUP = 64;
/** At most this many 32-bit words of bit sets (16 MiB). */
const BIT_WORDS = 1 << 22;

/** Bit sets of the members of the largest groups: group g's start at word[g] in `set` (-1: none). */
function memberBits(groups: Groups, n: number): { word: Int32Array; set: Uint32Array } {
  const { start, members } = groups;
  const size = (g: number) => start[g + 1]! - start[g]!;
  const words = (n + 31) >>> 5;
  const large: number[] = [];
  for (let g = 0; g < groups.via.length; g++) if (size(g) > LARGE_GROUP) large.push(g);
  large.sort((a, b) => size(b) - size(a) || a - b);
  large.length = Math.min(large.length, Math.floor(BIT_WORDS / words));
  const word = new Int32Array(groups.via.length).fill(-1);
  const set = new Uint32Array(large.length * words);
  large.forEach((g, i) => {
    word[g] = i * words;
    for (let m = start[g]!; m < start[g + 1]!; m++)
      set[i * words + (members[m]! >>> 5)]! |= 1 << (members[m]! & 31);
  });
  return { word, set };
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
    if (i !== undefined) this.addAt(i);
  }

  /** A node key's place among the view's nodes (for addAt), -1 for a key not among them. */
  placeOf(key: string): number {
    return this.index.get(key) ?? -1;
  }

  /** Adds the member at `placeOf` of its key; repeats are ignored. */
  addAt(i: number): void {
    if (this.seen[i] === this.groupNo) return;
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
