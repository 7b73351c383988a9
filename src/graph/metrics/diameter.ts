// Diameter: the longest shortest path, in hops, within any connected component. Exact, by the
// bounding-diameters algorithm (Takes & Kosters 2011), which usually needs a handful of BFS, not n.
import { hops } from './paths';
import type { CompactGraph, ProgressCallback } from './types';

/** diameter.diameter: max eccentricity over all nodes, ignoring unreachable pairs; 0 without edges. */
export function diameter(graph: CompactGraph, onProgress?: ProgressCallback): number {
  const n = graph.keys.length;
  const lower = new Int32Array(n); // eccentricity lower bounds
  const upper = new Int32Array(n).fill(2 ** 30); // eccentricity upper bounds
  const done = new Uint8Array(n); // bounds met: eccentricity known or cannot raise the diameter
  const distance = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  let reached = 0;
  let best = 0;
  let remaining = n;
  let pickHigh = true;
  while (remaining > 0) {
    // Alternate between the node with the largest upper bound and the one with the smallest lower bound.
    let v = -1;
    for (let u = 0; u < n; u++) {
      if (done[u]) continue;
      if (v === -1) v = u;
      else if (pickHigh ? upper[u]! > upper[v]! : lower[u]! < lower[v]!) v = u;
    }
    pickHigh = !pickHigh;
    reached = hops(graph, v, distance, queue, reached);
    const eccentricity = distance[queue[reached - 1]!]!;
    best = Math.max(best, eccentricity);
    for (let k = 0; k < reached; k++) {
      const w = queue[k]!;
      const d = distance[w]!;
      lower[w] = Math.max(lower[w]!, d, eccentricity - d);
      upper[w] = Math.min(upper[w]!, eccentricity + d);
    }
    lower[v] = upper[v] = eccentricity;
    for (let k = 0; k < reached; k++) {
      const w = queue[k]!;
      if (done[w]) continue;
      // Known exactly, or unable to exceed the best found: nothing more to learn from this node.
      if (upper[w]! <= best || lower[w] === upper[w]) {
        done[w] = 1;
        remaining--;
      }
    }
    onProgress?.(n - remaining, n);
  }
  return best;
}
