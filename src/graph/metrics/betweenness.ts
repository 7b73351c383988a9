// Betweenness centrality (Brandes 2001) with float path counts, exact or by seeded source sampling.
import { createPathBuffers, singleSource } from './paths';
import { seededRandom } from './rng';
import type { CompactGraph, ProgressCallback } from './types';

export interface BetweennessOptions {
  /** Use distance = 1/weight instead of hop counts. */
  weighted: boolean;
  /** 'auto' samples sources once the estimated work passes `exactWorkLimit`. */
  mode: 'auto' | 'exact' | 'approximate';
  /** Estimated work units (sources x (nodes + edges)) above which 'auto' approximates. */
  exactWorkLimit: number;
  /** Number of sampled sources when approximating. */
  samples: number;
  seed: number;
  /** Confidence of the stated error bound. */
  confidence: number;
}

export const DEFAULTS: BetweennessOptions = {
  weighted: false,
  mode: 'auto',
  exactWorkLimit: 5e7,
  samples: 1000,
  seed: 1,
  confidence: 0.95,
};

export interface BetweennessResult {
  /** Normalised betweenness per node (NetworkX: undirected, endpoints excluded, 2/((n-1)(n-2))). */
  values: Float64Array;
  /** Present when sources were sampled. */
  approximation?: {
    samples: number;
    /** Each value is within ± errorBound of the exact one with probability `confidence` (Hoeffding). */
    errorBound: number;
    confidence: number;
    /** What the bound is on. */
    errorOf: string;
  };
}

/** betweenness.errorBound: Hoeffding half-width for `samples` of `n` sources on the normalised scale. */
export function errorBound(n: number, samples: number, confidence: number): number {
  if (samples >= n) return 0;
  // A sampled source contributes n·δ_s(v)/((n-1)(n-2)) with δ_s(v) ≤ n-2: a range of n/(n-1).
  return (n / (n - 1)) * Math.sqrt(Math.log(2 / (1 - confidence)) / (2 * samples));
}

/** betweenness.betweenness: normalised betweenness of every node of a compact graph. */
export function betweenness(
  graph: CompactGraph,
  options: Partial<BetweennessOptions> = {},
  onProgress?: ProgressCallback,
): BetweennessResult {
  const settings = { ...DEFAULTS, ...options };
  if (!(settings.samples >= 1)) throw new Error('betweenness: samples must be at least 1');
  if (!(settings.confidence > 0 && settings.confidence < 1))
    throw new Error('betweenness: confidence must be between 0 and 1');
  const n = graph.keys.length;
  const values = new Float64Array(n);
  if (n === 0) return { values };
  const work = n * (n + graph.edgeCount);
  const approximate =
    settings.samples < n &&
    (settings.mode === 'approximate' || (settings.mode === 'auto' && work > settings.exactWorkLimit));
  let sources: Uint32Array;
  if (approximate) {
    // Partial Fisher–Yates: k distinct sources, reproducible for a seed.
    const all = Uint32Array.from({ length: n }, (_, i) => i);
    const random = seededRandom(settings.seed);
    for (let i = 0; i < settings.samples; i++) {
      const j = i + Math.floor(random() * (n - i));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    sources = all.subarray(0, settings.samples);
  } else sources = Uint32Array.from({ length: n }, (_, i) => i);

  const buffers = createPathBuffers(graph);
  const delta = new Float64Array(n);
  const step = Math.max(1, Math.floor(sources.length / 100));
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    singleSource(graph, s, settings.weighted, buffers);
    const { order, sigma, predecessors, predecessorCount } = buffers;
    for (let k = 0; k < buffers.reached; k++) delta[order[k]!] = 0;
    for (let k = buffers.reached - 1; k >= 0; k--) {
      const w = order[k]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const start = graph.offsets[w]!;
      for (let p = start; p < start + predecessorCount[w]!; p++) {
        const v = predecessors[p]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) values[w]! += delta[w]!;
    }
    if (onProgress && (i % step === 0 || i === sources.length - 1)) onProgress(i + 1, sources.length);
  }
  // Each unordered pair was counted from both ends: dividing by (n-1)(n-2) gives 2/((n-1)(n-2)) per pair.
  let scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  if (approximate) scale *= n / sources.length;
  for (let v = 0; v < n; v++) values[v]! *= scale;
  if (!approximate) return { values };
  return {
    values,
    approximation: {
      samples: sources.length,
      errorBound: errorBound(n, sources.length, settings.confidence),
      confidence: settings.confidence,
      errorOf: 'normalised betweenness',
    },
  };
}
