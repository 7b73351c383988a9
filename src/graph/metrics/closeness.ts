// Closeness centrality with the Wasserman–Faust scaling (NetworkX closeness_centrality, wf_improved=True).
import { createPathBuffers, singleSource } from './paths';
import type { CompactGraph, ProgressCallback } from './types';

export interface ClosenessOptions {
  /** Use distance = 1/weight instead of hop counts. */
  weighted: boolean;
  /** Scale by the share of the graph a node reaches, so nodes of small components do not score high. */
  wassermanFaust: boolean;
}

export const DEFAULTS: ClosenessOptions = { weighted: false, wassermanFaust: true };

/**
 * closeness.closeness: (r-1)/Σd over the r nodes a node reaches (itself included), times (r-1)/(n-1)
 * with the Wasserman–Faust scaling; 0 for a node that reaches nothing.
 */
export function closeness(
  graph: CompactGraph,
  options: Partial<ClosenessOptions> = {},
  onProgress?: ProgressCallback,
): Float64Array {
  const { weighted, wassermanFaust } = { ...DEFAULTS, ...options };
  const n = graph.keys.length;
  const values = new Float64Array(n);
  const buffers = createPathBuffers(graph);
  const step = Math.max(1, Math.floor(n / 100));
  for (let s = 0; s < n; s++) {
    singleSource(graph, s, weighted, buffers);
    let total = 0;
    for (let k = 0; k < buffers.reached; k++) total += buffers.distance[buffers.order[k]!]!;
    const reached = buffers.reached;
    if (total > 0 && n > 1) {
      let value = (reached - 1) / total;
      if (wassermanFaust) value *= (reached - 1) / (n - 1);
      values[s] = value;
    }
    if (onProgress && (s % step === 0 || s === n - 1)) onProgress(s + 1, n);
  }
  return values;
}
