// Turns any graphology graph into the compact undirected form the kernels share.
import { UndirectedGraph } from 'graphology';
import type { Attributes, AbstractGraph } from 'graphology-types';
import type { CompactGraph } from './types';

export interface CompactOptions {
  /** Read edge weights (tie strength) from this attribute; `null` treats every edge as weight 1. */
  weightAttribute: string | null;
}

export const DEFAULTS: CompactOptions = { weightAttribute: null };

/** A node and an edge as graphology serializes them (`graph.export()`), the form a worker job carries. */
export interface SerializedNode {
  key: string;
  attributes?: Record<string, unknown>;
}
export interface SerializedEdge {
  key?: string;
  source: string;
  target: string;
  attributes?: Record<string, unknown>;
}

function checkedWeight(edge: string, weightAttribute: string, value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new Error(
      `compact: edge "${edge}" has ${weightAttribute} ${String(value)}; weights must be positive numbers`,
    );
  return value;
}

/**
 * compact.simpleUndirected: the graph toCompact reads, as a graphology graph: the same nodes in the same
 * order with their attributes, each tie once (directions ignored, self-loops dropped, parallel edges and
 * a->b plus b->a merged, where they first appear) and, with a `weightAttribute`, the tie's summed weight
 * in it. Its toCompact is the same as the original's. Built from the serialized form, so a worker job
 * builds one graph, not two.
 */
export function simpleUndirected(
  nodes: readonly SerializedNode[],
  edges: readonly SerializedEdge[],
  options: Partial<CompactOptions> = {},
): UndirectedGraph {
  const { weightAttribute } = { ...DEFAULTS, ...options };
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.key, { ...node.attributes });
  edges.forEach((e, i) => {
    const name = e.key ?? `#${i} ${e.source}->${e.target}`;
    for (const end of [e.source, e.target])
      if (!graph.hasNode(end)) throw new Error(`compact: edge "${name}" joins "${end}", which is not a node`);
    if (e.source === e.target) return;
    const weight =
      weightAttribute === null ? 1 : checkedWeight(name, weightAttribute, e.attributes?.[weightAttribute]);
    const tie = graph.edge(e.source, e.target);
    if (tie === undefined)
      graph.addEdge(e.source, e.target, weightAttribute === null ? {} : { [weightAttribute]: weight });
    else if (weightAttribute !== null)
      graph.setEdgeAttribute(
        tie,
        weightAttribute,
        (graph.getEdgeAttribute(tie, weightAttribute) as number) + weight,
      );
  });
  return graph;
}

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
    const weight =
      weightAttribute === null ? 1 : checkedWeight(edge, weightAttribute, attributes[weightAttribute]);
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
