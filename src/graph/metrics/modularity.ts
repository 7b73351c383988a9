// Modularity of a partition (Newman), weighted or not, as NetworkX community.modularity.
import type { CompactGraph } from './types';

export interface ModularityOptions {
  weighted: boolean;
  resolution: number;
}

export const DEFAULTS: ModularityOptions = { weighted: false, resolution: 1 };

/** modularity.modularity: Σ_c [L_c/m − γ (D_c/2m)²]; 0 for a graph without ties. */
export function modularity(
  graph: CompactGraph,
  community: ArrayLike<number>,
  options: Partial<ModularityOptions> = {},
): number {
  const { weighted, resolution } = { ...DEFAULTS, ...options };
  const n = graph.keys.length;
  if (community.length !== n) throw new Error('modularity: one community per node is needed');
  // Communities numbered densely first, so the sums below index typed arrays instead of maps.
  const index = new Map<number, number>();
  const dense = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    let i = index.get(c);
    if (i === undefined) index.set(c, (i = index.size));
    dense[v] = i;
  }
  const inside = new Float64Array(index.size);
  const degrees = new Float64Array(index.size);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const c = dense[v]!;
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const w = weighted ? graph.weights[j]! : 1;
      total += w;
      degrees[c]! += w;
      if (dense[graph.neighbours[j]!] === c) inside[c]! += w;
    }
  }
  if (total === 0) return 0;
  // `total` is 2m and `inside` counts each internal tie twice.
  let q = 0;
  for (let c = 0; c < index.size; c++) q += inside[c]! / total - resolution * (degrees[c]! / total) ** 2;
  return q;
}
