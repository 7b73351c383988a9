// The step the power iterations share (eigenvector, PageRank): one product of the adjacency matrix,
// each tie scaled by its own factor, with a vector. One function for both, so the one that runs first
// has it compiled for the other: in a fresh worker, PageRank's first run took ~1.5x graphology's,
// whose iteration code eigenvector had already compiled.
import type { CompactGraph } from './types';

/** spread.spread: for every tie j from v to w, x[w] += last[v] · factor[j]. Adds to `x`. */
export function spread(graph: CompactGraph, factor: Float64Array, last: Float64Array, x: Float64Array): void {
  const { offsets, neighbours } = graph;
  const n = offsets.length - 1;
  for (let v = 0; v < n; v++) {
    const value = last[v]!;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) x[neighbours[j]!]! += value * factor[j]!;
  }
}

/** The factors of an unweighted product (every tie 1), or the ties' strengths. */
export const tieFactors = (graph: CompactGraph, weighted: boolean): Float64Array =>
  weighted ? graph.weights : new Float64Array(graph.neighbours.length).fill(1);
