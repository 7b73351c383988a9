// Degree centrality (degree/(n-1), as NetworkX) and weighted degree (sum of tie strengths).
import type { CompactGraph } from './types';

/** degree.degreeCentrality: number of neighbours over n-1 (1 for the lone node of a one-node graph). */
export function degreeCentrality(graph: CompactGraph): Float64Array {
  const n = graph.keys.length;
  const values = new Float64Array(n);
  const scale = n > 1 ? 1 / (n - 1) : 1;
  for (let v = 0; v < n; v++) values[v] = (graph.offsets[v + 1]! - graph.offsets[v]!) * scale;
  return values;
}

/** degree.weightedDegree: sum of the weights of a node's ties (its degree when unweighted). */
export function weightedDegree(graph: CompactGraph): Float64Array {
  const n = graph.keys.length;
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++)
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) values[v]! += graph.weights[j]!;
  return values;
}
