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
  const inside = new Map<number, number>();
  const degrees = new Map<number, number>();
  let total = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const w = weighted ? graph.weights[j]! : 1;
      total += w;
      degrees.set(c, (degrees.get(c) ?? 0) + w);
      if (community[graph.neighbours[j]!] === c) inside.set(c, (inside.get(c) ?? 0) + w);
    }
  }
  if (total === 0) return 0;
  // `total` is 2m and `inside` counts each internal tie twice.
  let q = 0;
  for (const [c, degree] of degrees) q += (inside.get(c) ?? 0) / total - resolution * (degree / total) ** 2;
  return q;
}
