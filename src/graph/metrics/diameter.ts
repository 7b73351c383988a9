// Diameter: the longest shortest path, in hops, within any connected component.
import type { CompactGraph, ProgressCallback } from './types';

/** diameter.diameter: max eccentricity over all nodes, ignoring unreachable pairs; 0 without edges. */
export function diameter(graph: CompactGraph, onProgress?: ProgressCallback): number {
  const n = graph.keys.length;
  const distance = new Int32Array(n);
  const queue = new Uint32Array(n);
  let longest = 0;
  const step = Math.max(1, Math.floor(n / 100));
  for (let s = 0; s < n; s++) {
    distance.fill(-1);
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
        const w = graph.neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          if (distance[w]! > longest) longest = distance[w]!;
          queue[tail++] = w;
        }
      }
    }
    if (onProgress && (s % step === 0 || s === n - 1)) onProgress(s + 1, n);
  }
  return longest;
}
