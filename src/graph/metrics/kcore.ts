// Core number of each node (Batagelj–Zaversnik bucket algorithm, as NetworkX core_number).
import type { CompactGraph } from './types';

/** kcore.coreNumber: the largest k such that the node belongs to a subgraph of minimum degree k. */
export function coreNumber(graph: CompactGraph): Uint32Array {
  const n = graph.keys.length;
  const degree = new Uint32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
    maxDegree = Math.max(maxDegree, degree[v]!);
  }
  // Sort nodes by degree into `order`, remembering where each degree's bucket starts.
  const bucketStart = new Uint32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bucketStart[degree[v]! + 1]!++;
  for (let d = 1; d <= maxDegree + 1; d++) bucketStart[d]! += bucketStart[d - 1]!;
  const position = new Uint32Array(n);
  const order = new Uint32Array(n);
  const fill = Uint32Array.from(bucketStart);
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]!]!++;
    order[position[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const w = graph.neighbours[j]!;
      if (degree[w]! > degree[v]!) {
        // Move w to the front of its bucket, then shrink its degree by one.
        const dw = degree[w]!;
        const front = bucketStart[dw]!;
        const u = order[front]!;
        if (u !== w) {
          order[position[w]!] = u;
          position[u] = position[w]!;
          order[front] = w;
          position[w] = front;
        }
        bucketStart[dw]!++;
        degree[w]!--;
      }
    }
  }
  return degree;
}
