// Louvain communities through graphology-communities-louvain, with a seeded RNG for reproducible runs.
import { UndirectedGraph } from 'graphology';
import louvainLibrary from 'graphology-communities-louvain';
import type { Attributes, AbstractGraph } from 'graphology-types';
import { isSimpleUndirected } from './compact';
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

/** The graphology graph a compact graph was read from (toCompact), and the edge attribute of its weights. */
export interface LouvainSource {
  graph: AbstractGraph<Attributes, Attributes, Attributes>;
  weightAttribute: string;
}

export interface LouvainResult {
  /** Community number of each node, 0 = largest. */
  community: Uint32Array;
  count: number;
  /** Modularity of this partition (modularity.ts, same weighting and resolution). */
  modularity: number;
}

/**
 * Whether the library can run on `source` as it is: the same undirected simple graph the compact form
 * holds (compact.isSimpleUndirected, with the same nodes and ties).
 */
function usableAsIs(source: LouvainSource['graph'], compact: CompactGraph): boolean {
  return (
    isSimpleUndirected(source) && source.size === compact.edgeCount && source.order === compact.keys.length
  );
}

/** A graphology copy of the compact graph (keys are node indices), for sources the library cannot take. */
function rebuild(graph: CompactGraph): UndirectedGraph {
  const model = new UndirectedGraph();
  const n = graph.keys.length;
  for (let v = 0; v < n; v++) model.addNode(String(v));
  for (let v = 0; v < n; v++)
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      const w = graph.neighbours[j]!;
      if (w > v) model.addEdge(String(v), String(w), { weight: graph.weights[j]! });
    }
  return model;
}

/**
 * louvain.louvain: a partition into communities; the same seed gives the same partition of the same
 * graph. Given the `source` the compact graph was read from, runs on it when it is undirected and simple
 * (the usual case: a projection), instead of rebuilding a graphology graph, which costs as much as the
 * algorithm on a few thousand ties.
 */
export function louvain(
  graph: CompactGraph,
  options: Partial<LouvainOptions> = {},
  source?: LouvainSource,
): LouvainResult {
  const settings = { ...DEFAULTS, ...options };
  if (!(settings.resolution > 0)) throw new Error('louvain: resolution must be positive');
  const n = graph.keys.length;
  let raw: Int32Array;
  if (graph.edgeCount === 0) raw = Int32Array.from({ length: n }, (_, i) => i);
  else {
    const asIs = source && usableAsIs(source.graph, graph);
    const model = asIs ? source.graph : rebuild(graph);
    const mapping = louvainLibrary(model, {
      getEdgeWeight: settings.weighted ? (asIs ? source.weightAttribute : 'weight') : null,
      resolution: settings.resolution,
      rng: seededRandom(settings.seed),
    });
    raw = asIs
      ? Int32Array.from(graph.keys, (key) => mapping[key]!)
      : Int32Array.from({ length: n }, (_, v) => mapping[String(v)]!);
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
