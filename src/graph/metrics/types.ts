// Types shared by the metric kernels: the compact graph they run on and their progress callback.

/**
 * An undirected simple graph in compressed adjacency form, built once per run from any graphology graph
 * (see compact.ts). Node i's neighbours are `neighbours[offsets[i] .. offsets[i+1])`.
 */
export interface CompactGraph {
  /** Node keys, in the graph's iteration order; index = node id in the kernels. */
  keys: string[];
  offsets: Uint32Array;
  neighbours: Uint32Array;
  /** Tie strength of each adjacency entry (1 when unweighted or missing). */
  weights: Float64Array;
  /** Path length of each adjacency entry: 1 / weight. */
  distances: Float64Array;
  /** Number of undirected edges. */
  edgeCount: number;
  /** Whether `weights` come from an attribute (true) or are all 1 (false). */
  weighted: boolean;
}

/** Reports progress inside one metric: `done` of `total` units of work. */
export type ProgressCallback = (done: number, total: number) => void;
