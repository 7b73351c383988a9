// Single-source shortest paths on a compact graph: hop counts by BFS, or distance = 1/weight by Dijkstra.
// Fills caller-owned buffers so all-pairs loops allocate once.
import { MinHeap } from './heap';
import type { CompactGraph } from './types';

/** Reusable buffers for one single-source search. */
export interface PathBuffers {
  /** Distance from the source; Infinity when unreached. */
  distance: Float64Array;
  /** Number of shortest paths from the source, as a float so it cannot overflow (a grid has > 2^32). */
  sigma: Float64Array;
  /** Nodes in the order they were settled (non-decreasing distance); `order.length` of them valid. */
  order: Uint32Array;
  /** Predecessors of v on shortest paths: `predecessors[offsets[v] .. offsets[v] + predecessorCount[v])`. */
  predecessors: Uint32Array;
  predecessorCount: Uint32Array;
  /** How many entries of `order` are valid after the last search. */
  reached: number;
}

export function createPathBuffers(graph: CompactGraph): PathBuffers {
  const n = graph.keys.length;
  return {
    distance: new Float64Array(n),
    sigma: new Float64Array(n),
    order: new Uint32Array(n),
    predecessors: new Uint32Array(graph.neighbours.length),
    predecessorCount: new Uint32Array(n),
    reached: 0,
  };
}

/**
 * paths.singleSource: shortest paths from `source`, counting them and recording predecessors (Brandes).
 * `weighted` uses the graph's distances (1/weight); ties are exact float equality, as in NetworkX.
 */
export function singleSource(
  graph: CompactGraph,
  source: number,
  weighted: boolean,
  buffers: PathBuffers,
): void {
  const { offsets, neighbours } = graph;
  const { distance, sigma, order, predecessors, predecessorCount } = buffers;
  distance.fill(Infinity);
  sigma.fill(0);
  predecessorCount.fill(0);
  distance[source] = 0;
  sigma[source] = 1;
  let reached = 0;
  if (!weighted) {
    order[reached++] = source;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w] === Infinity) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) {
          sigma[w]! += sigma[v]!;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
  } else {
    const { distances } = graph;
    const settled = new Uint8Array(distance.length);
    const heap = new MinHeap();
    const popped: [number] = [0];
    heap.push(0, source);
    while (heap.size > 0) {
      const v = heap.pop(popped);
      if (settled[v]) continue;
      settled[v] = 1;
      order[reached++] = v;
      const dv = popped[0];
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (settled[w]) continue;
        const candidate = dv + distances[j]!;
        if (candidate < distance[w]!) {
          distance[w] = candidate;
          sigma[w] = sigma[v]!;
          predecessorCount[w] = 0;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
          heap.push(candidate, w);
        } else if (candidate === distance[w]) {
          sigma[w]! += sigma[v]!;
          predecessors[offsets[w]! + predecessorCount[w]!++] = v;
        }
      }
    }
  }
  buffers.reached = reached;
}

/**
 * paths.hops: breadth-first hop counts from `source` into `distance` (-1 = unreached), without the path
 * counting Brandes needs; visited nodes are left in `queue[0 .. reached)`. Returns how many were reached.
 * Only the entries of previously reached nodes are reset, so repeated calls stay O(component).
 */
export function hops(
  graph: CompactGraph,
  source: number,
  distance: Int32Array,
  queue: Uint32Array,
  previouslyReached = -1,
): number {
  const { offsets, neighbours } = graph;
  if (previouslyReached < 0) distance.fill(-1);
  else for (let k = 0; k < previouslyReached; k++) distance[queue[k]!] = -1;
  let tail = 0;
  queue[tail++] = source;
  distance[source] = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const next = distance[v]! + 1;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (distance[w] === -1) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}
