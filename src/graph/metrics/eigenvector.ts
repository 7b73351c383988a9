// Eigenvector centrality by power iteration on A + I, L2-normalised (NetworkX eigenvector_centrality).
import { spread, tieFactors } from './spread';
import type { CompactGraph, ProgressCallback } from './types';

export interface EigenvectorOptions {
  /** Use tie strengths as the matrix entries. */
  weighted: boolean;
  /** graphology-metrics stops at 100, which large or bipartite-like graphs need far more than. */
  maxIterations: number;
  /** Converged when the L1 change of the vector is below n · tolerance (NetworkX's test). */
  tolerance: number;
}

export const DEFAULTS: EigenvectorOptions = { weighted: false, maxIterations: 100000, tolerance: 1e-9 };

/** eigenvector.eigenvector: the dominant eigenvector of the adjacency matrix, non-negative, L2 norm 1. */
export function eigenvector(
  graph: CompactGraph,
  options: Partial<EigenvectorOptions> = {},
  onProgress?: ProgressCallback,
): Float64Array {
  const { weighted, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const n = graph.keys.length;
  if (n === 0) return new Float64Array(0);
  const factor = tieFactors(graph, weighted);
  let x = new Float64Array(n).fill(1 / n);
  let change = Infinity;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const last = x;
    // Iterating with A + I keeps the same eigenvectors but avoids oscillating on bipartite graphs.
    x = Float64Array.from(last);
    spread(graph, factor, last, x);
    let norm = 0;
    for (let v = 0; v < n; v++) norm += x[v]! * x[v]!;
    norm = Math.sqrt(norm) || 1;
    change = 0;
    for (let v = 0; v < n; v++) {
      x[v]! /= norm;
      change += Math.abs(x[v]! - last[v]!);
    }
    if (change < n * tolerance) return x;
    if (onProgress && iteration % 50 === 0) onProgress(iteration, maxIterations);
  }
  throw new Error(
    `eigenvector: did not converge after ${maxIterations} iterations (last change ${change.toExponential(2)}, ` +
      `needed below ${(n * tolerance).toExponential(2)}); raise maxIterations or tolerance`,
  );
}
