// Louvain communities through graphology-communities-louvain, with a seeded RNG for reproducible runs.
import { UndirectedGraph } from 'graphology';
import louvainLibrary from 'graphology-communities-louvain';
import { renumberBySize } from './components';
import { modularity } from './modularity';
import { seededRandom } from './rng';
import type { CompactGraph } from './types';

export interface LouvainOptions {
  weighted: boolean;
  resolution: number;
  seed: number;
}

export const DEFAULTS: LouvainOptions = { weighted: false, resolution: 1, seed: 42 };

export interface LouvainResult {
  /** Community number of each node, 0 = largest. */
  community: Uint32Array;
  count: number;
  /** Modularity of this partition (modularity.ts, same weighting and resolution). */
  modularity: number;
}

/** louvain.louvain: a partition into communities; the same seed gives the same partition. */
export function louvain(graph: CompactGraph, options: Partial<LouvainOptions> = {}): LouvainResult {
  const settings = { ...DEFAULTS, ...options };
  if (!(settings.resolution > 0)) throw new Error('louvain: resolution must be positive');
  const n = graph.keys.length;
  const model = new UndirectedGraph();
  for (let v = 0; v < n; v++) model.addNode(String(v));
  for (let v = 0; v < n; v++)
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const w = graph.neighbours[j]!;
      if (w > v) model.addEdge(String(v), String(w), { weight: graph.weights[j]! });
    }
  let raw: Int32Array;
  if (model.size === 0) raw = Int32Array.from({ length: n }, (_, i) => i);
  else {
    const mapping = louvainLibrary(model, {
      getEdgeWeight: settings.weighted ? 'weight' : null,
      resolution: settings.resolution,
      rng: seededRandom(settings.seed),
    });
    raw = Int32Array.from({ length: n }, (_, v) => mapping[String(v)]!);
  }
  // Library ids may be sparse: compact them before ordering by size.
  const dense = new Map<number, number>();
  const labels = Array.from(raw, (id) => {
    if (!dense.has(id)) dense.set(id, dense.size);
    return dense.get(id)!;
  });
  const community = renumberBySize(labels, dense.size);
  return {
    community,
    count: dense.size,
    modularity: modularity(graph, community, settings),
  };
}
