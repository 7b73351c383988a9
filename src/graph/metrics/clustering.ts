// Average clustering coefficient on the unweighted graph (NetworkX average_clustering, zeros counted).
import type { CompactGraph } from './types';

/** clustering.localClustering: share of a node's neighbour pairs that are themselves tied. */
export function localClustering(graph: CompactGraph): Float64Array {
  const n = graph.keys.length;
  const values = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const start = graph.offsets[v]!;
    const end = graph.offsets[v + 1]!;
    const degree = end - start;
    if (degree < 2) continue;
    for (let j = start; j < end; j++) mark[graph.neighbours[j]!] = v;
    let links = 0;
    for (let j = start; j < end; j++) {
      const u = graph.neighbours[j]!;
      for (let k = graph.offsets[u]!; k < graph.offsets[u + 1]!; k++)
        if (mark[graph.neighbours[k]!] === v) links++;
    }
    // Each tie among neighbours was seen from both ends.
    values[v] = links / (degree * (degree - 1));
  }
  return values;
}

/** clustering.averageClustering: mean local clustering over all nodes; 0 for an empty graph. */
export function averageClustering(graph: CompactGraph): number {
  const values = localClustering(graph);
  if (values.length === 0) return 0;
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}
