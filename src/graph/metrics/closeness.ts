// Closeness centrality with the Wasserman–Faust scaling (NetworkX closeness_centrality, wf_improved=True),
// exact, or for large graphs estimated from sampled sources per component (Eppstein & Wang 2004).
import { connectedComponents } from './components';
import { createPathBuffers, hops, singleSource } from './paths';
import { seededRandom } from './rng';
import type { CompactGraph, ProgressCallback } from './types';

export interface ClosenessOptions {
  /** Use distance = 1/weight instead of hop counts. */
  weighted: boolean;
  /** Scale by the share of the graph a node reaches, so nodes of small components do not score high. */
  wassermanFaust: boolean;
  /** 'auto' samples sources once the estimated work passes `exactWorkLimit`. */
  mode: 'auto' | 'exact' | 'approximate';
  /** Estimated work units (sources x (nodes + edges)) above which 'auto' approximates. */
  exactWorkLimit: number;
  /** Sources sampled per component when approximating; smaller components stay exact. */
  samples: number;
  seed: number;
  confidence: number;
}

export const DEFAULTS: ClosenessOptions = {
  weighted: false,
  wassermanFaust: true,
  mode: 'auto',
  exactWorkLimit: 5e7,
  samples: 1000,
  seed: 1,
  confidence: 0.95,
};

export interface ClosenessResult {
  values: Float64Array;
  /** Present when sources were sampled: bound on each node's estimated mean distance to the others. */
  approximation?: { samples: number; errorBound: number; confidence: number; errorOf: string };
}

/**
 * closeness.closeness: (r-1)/Σd over the r nodes a node reaches (itself included), times (r-1)/(n-1)
 * with the Wasserman–Faust scaling; 0 for a node that reaches nothing.
 */
export function closeness(
  graph: CompactGraph,
  options: Partial<ClosenessOptions> = {},
  onProgress?: ProgressCallback,
): ClosenessResult {
  const settings = { ...DEFAULTS, ...options };
  const { weighted, wassermanFaust } = settings;
  if (!(settings.samples >= 2)) throw new Error('closeness: samples must be at least 2');
  const n = graph.keys.length;
  const values = new Float64Array(n);
  const buffers = weighted ? createPathBuffers(graph) : null;
  const hopDistance = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  let lastReached = 0;
  /** Runs one search; `visit(node, distance)` sees every reached node. Returns the eccentricity. */
  const search = (s: number, visit: (v: number, d: number) => void): number => {
    let eccentricity = 0;
    if (buffers) {
      singleSource(graph, s, true, buffers);
      for (let k = 0; k < buffers.reached; k++) {
        const v = buffers.order[k]!;
        const d = buffers.distance[v]!;
        eccentricity = Math.max(eccentricity, d);
        visit(v, d);
      }
    } else {
      // Unweighted: a plain BFS, several times faster than the path-counting one.
      lastReached = hops(graph, s, hopDistance, queue, lastReached);
      for (let k = 0; k < lastReached; k++) {
        const v = queue[k]!;
        const d = hopDistance[v]!;
        eccentricity = Math.max(eccentricity, d);
        visit(v, d);
      }
    }
    return eccentricity;
  };
  const scale = (reached: number) => (wassermanFaust && n > 1 ? (reached - 1) / (n - 1) : 1);

  const work = n * (n + graph.edgeCount);
  const approximate =
    settings.mode === 'approximate' || (settings.mode === 'auto' && work > settings.exactWorkLimit);
  const { component, count } = approximate ? connectedComponents(graph) : { component: null, count: 0 };
  const members: number[][] = Array.from({ length: count }, () => []);
  if (component) component.forEach((c, v) => members[c]!.push(v));
  const exactNodes = component
    ? members.filter((m) => m.length <= settings.samples).flat()
    : Array.from({ length: n }, (_, i) => i);
  const sampled = members.filter((m) => m.length > settings.samples);
  const totalSteps = exactNodes.length + sampled.length * settings.samples;
  const step = Math.max(1, Math.floor(totalSteps / 100));
  let steps = 0;
  const tick = () => {
    steps++;
    if (onProgress && (steps % step === 0 || steps === totalSteps)) onProgress(steps, totalSteps);
  };

  for (const s of exactNodes) {
    let total = 0;
    let reached = 0;
    search(s, (_v, d) => {
      total += d;
      reached++;
    });
    if (total > 0) values[s] = ((reached - 1) / total) * scale(reached);
    tick();
  }

  let errorBound = 0;
  if (sampled.length) {
    const random = seededRandom(settings.seed);
    const sum = new Float64Array(n);
    const others = new Uint32Array(n);
    const k = settings.samples;
    for (const nodes of sampled) {
      const pool = [...nodes];
      let smallestEccentricity = Infinity;
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        const s = pool[i]!;
        const eccentricity = search(s, (v, d) => {
          if (v === s) return;
          sum[v]! += d;
          others[v]!++;
        });
        smallestEccentricity = Math.min(smallestEccentricity, eccentricity);
        tick();
      }
      for (const v of nodes) if (sum[v]! > 0) values[v] = (others[v]! / sum[v]!) * scale(nodes.length);
      // Distances lie in [0, 2·ecc(s)] for any s of the component; a node may itself be a sample: k-1 others.
      const range = 2 * smallestEccentricity;
      errorBound = Math.max(
        errorBound,
        range * Math.sqrt(Math.log(2 / (1 - settings.confidence)) / (2 * (k - 1))),
      );
    }
  }
  if (!sampled.length) return { values };
  return {
    values,
    approximation: {
      samples: settings.samples,
      errorBound,
      confidence: settings.confidence,
      errorOf: weighted ? 'mean distance (1/weight units)' : 'mean distance in steps',
    },
  };
}
