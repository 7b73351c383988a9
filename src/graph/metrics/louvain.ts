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
  /** Modularity of this partition, same weighting and resolution (the library's; modularity.ts agrees). */
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
  if (graph.edgeCount === 0) {
    const community = Uint32Array.from({ length: n }, (_, i) => i);
    return { community, count: n, modularity: modularity(graph, community, settings) };
  }
  const asIs = source && usableAsIs(source.graph, graph);
  const model = asIs ? source.graph : rebuild(graph);
  // The detailed run hands back the count of its (dense) communities and their modularity, which it
  // computes anyway: no numbering or scoring of our own after it (a quarter of the library's time).
  const run = louvainLibrary.detailed(model, {
    getEdgeWeight: settings.weighted ? (asIs ? source.weightAttribute : 'weight') : null,
    resolution: settings.resolution,
    rng: seededRandom(settings.seed),
  });
  const mapping = run.communities;
  const raw = asIs
    ? Int32Array.from(graph.keys, (key) => mapping[key]!)
    : Int32Array.from({ length: n }, (_, v) => mapping[String(v)]!);
  return { community: renumberBySize(raw, run.count), count: run.count, modularity: run.modularity };
}
