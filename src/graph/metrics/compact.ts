// Turns any graphology graph into the compact undirected form the kernels share.
import type { Attributes, AbstractGraph } from 'graphology-types';
import type { CompactGraph } from './types';

export interface CompactOptions {
  /** Read edge weights (tie strength) from this attribute; `null` treats every edge as weight 1. */
  weightAttribute: string | null;
}

export const DEFAULTS: CompactOptions = { weightAttribute: null };

/**
 * compact.toCompact: an undirected simple view of the graph. Directions are ignored, self-loops dropped,
 * and parallel edges (or a->b plus b->a) merged into one tie whose weight is their sum. A missing weight
 * counts as 1.
 */
export function toCompact(
  graph: AbstractGraph<Attributes, Attributes, Attributes>,
  options: Partial<CompactOptions> = {},
): CompactGraph {
  const { weightAttribute } = { ...DEFAULTS, ...options };
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const n = keys.length;
  const adjacency: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  graph.forEachEdge((edge, attributes, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a === b) return;
    let weight = 1;
    if (weightAttribute !== null) {
      const value: unknown = attributes[weightAttribute];
      if (value !== undefined) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
          throw new Error(
            `compact: edge "${edge}" has ${weightAttribute} ${String(value)}; weights must be positive numbers`,
          );
        weight = value;
      }
    }
    adjacency[a]!.set(b, (adjacency[a]!.get(b) ?? 0) + weight);
    adjacency[b]!.set(a, (adjacency[b]!.get(a) ?? 0) + weight);
  });
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + adjacency[i]!.size;
  const total = offsets[n]!;
  const neighbours = new Uint32Array(total);
  const weights = new Float64Array(total);
  const distances = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    let j = offsets[i]!;
    for (const [b, weight] of adjacency[i]!) {
      neighbours[j] = b;
      weights[j] = weight;
      distances[j] = 1 / weight;
      j++;
    }
  }
  return {
    keys,
    offsets,
    neighbours,
    weights,
    distances,
    edgeCount: total / 2,
    weighted: weightAttribute !== null,
  };
}
