// Views that draw part of the model graph as it is (network, partnerships, consortium): some nodes with
// their attributes, the edges between them with weight 1. Read from the graph as arrays (indexed.ts):
// a view of 150,000 nodes and 600,000 edges costs passes over typed arrays. Past the draw budget, only
// what fitToBudget would keep of the whole view is built (same scores, nodes and edges), with the whole
// size as the graph attribute `total`.
import { cutToBudget, nodeScore, type CutSource, type DrawBudget } from '../budget';
import type { IndexedGraph } from '../indexed';
import type { EdgeAttributes, NodeType } from '../types';
import type { ViewEdgeAttributes, ViewGraph } from '../view-types';
import { viewNodeOf } from './common';

export interface PlainOptions {
  /** The draw budget: past it only the part fitToBudget keeps is built, with the whole size as `total`. */
  limit?: DrawBudget;
  /** Node types drawn (all when absent); the focus stays. */
  nodeTypes?: readonly NodeType[];
  /** Drop nodes without any edge in the view; the focus stays. */
  hideOrphans?: boolean;
}

export interface IndexedPlainSpec {
  /** The view's nodes by number, in the graph's order (before the type and orphan filters). */
  nodes: ArrayLike<number>;
  /** True for an edge (by number) the view draws between two of its nodes. */
  draws(edge: number): boolean;
  /** The view's attributes of an edge it draws. */
  edge(a: EdgeAttributes): ViewEdgeAttributes;
  /** The consortium view's centre by number (kept by every filter and cut). */
  focus?: number;
}

/**
 * plainIndexed.plainIndexedView: the view `spec` describes, its type and orphan filters applied; cut to
 * `options.limit` as fitToBudget would cut the whole view (graph attribute `total`: the whole size).
 */
export function plainIndexedView(
  data: IndexedGraph,
  view: ViewGraph,
  spec: IndexedPlainSpec,
  options: PlainOptions = {},
): ViewGraph {
  const { keys, attributes, edgeKeys, edgeAttributes, source, target } = data.whole;
  const types = options.nodeTypes ? new Set(options.nodeTypes) : null;
  const inView = new Uint8Array(keys.length);
  let order = 0;
  for (let i = 0; i < spec.nodes.length; i++) {
    const node = spec.nodes[i]!;
    if (types && node !== spec.focus && !types.has(attributes[node]!.type)) continue;
    inView[node] = 1;
    order += 1;
  }
  // One pass over the view's edges: each node's weighted degree (every edge weighs 1) and the size.
  const drawn = (e: number) => inView[source[e]!] === 1 && inView[target[e]!] === 1 && spec.draws(e);
  const { strength, edges } = strengthOf(data, inView, spec.draws);
  if (options.hideOrphans)
    for (let i = 0; i < spec.nodes.length; i++) {
      const node = spec.nodes[i]!;
      if (inView[node] && !strength[node] && node !== spec.focus) {
        inView[node] = 0;
        order -= 1;
      }
    }
  const counts = data.counts();
  const leads = data.leads();
  const nodeAttributes = (node: number) => ({
    ...viewNodeOf(attributes[node]!, counts[node]!, leads[node] === 1),
    ...(node === spec.focus ? { focus: true } : {}),
  });
  const addEdge = (e: number) =>
    view.addDirectedEdgeWithKey(
      edgeKeys[e]!,
      keys[source[e]!]!,
      keys[target[e]!]!,
      spec.edge(edgeAttributes[e]!),
    );
  const limit = options.limit;
  if (!limit || (order <= limit.nodes && edges <= limit.edges)) {
    const shown: number[] = [];
    for (let i = 0; i < spec.nodes.length; i++) {
      const node = spec.nodes[i]!;
      if (!inView[node]) continue;
      view.addNode(keys[node]!, nodeAttributes(node));
      shown.push(node);
    }
    // Edges in the model's order; a small part of the model node by node, in graphology's order.
    if (order * 4 < data.order) {
      for (const node of shown) for (const e of data.outEdgesOf(node)) if (drawn(e)) addEdge(e);
    } else for (let i = 0; i < data.edges.length; i++) if (drawn(data.edges[i]!)) addEdge(data.edges[i]!);
    return view;
  }
  const score = new Float64Array(keys.length);
  const shown: number[] = [];
  for (let i = 0; i < spec.nodes.length; i++) {
    const node = spec.nodes[i]!;
    if (!inView[node]) continue;
    shown.push(node);
    score[node] = nodeScore(
      { type: attributes[node]!.type, count: counts[node]!, focus: node === spec.focus },
      strength[node]!,
      spec.focus !== undefined,
    );
  }
  const out = data.outEdges();
  const into = data.inEdges();
  const edgeOf = new Map<string, number>();
  const cutSource: CutSource<number> = {
    nodes: mostImportant(shown, score, keys, limit.nodes),
    score: { get: (node) => score[node] },
    byKey: (a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0),
    forEachNeighbor(node, callback) {
      for (let i = into.start[node]!; i < into.start[node + 1]!; i++) {
        const e = into.edges[i]!;
        if (drawn(e)) callback(source[e]!);
      }
      for (let i = out.start[node]!; i < out.start[node + 1]!; i++) {
        const e = out.edges[i]!;
        if (target[e] !== node && drawn(e)) callback(target[e]!);
      }
    },
    edgesAmong(keep) {
      const among: Array<{ key: string; weight: number; source: number; target: number }> = [];
      for (const node of keep)
        for (let i = out.start[node]!; i < out.start[node + 1]!; i++) {
          const e = out.edges[i]!;
          if (!keep.has(target[e]!) || !drawn(e)) continue;
          among.push({ key: edgeKeys[e]!, weight: 1, source: node, target: target[e]! });
          edgeOf.set(edgeKeys[e]!, e);
        }
      return among;
    },
    isolated: (node) => !strength[node],
    focus: (node) => node === spec.focus,
    type: (node) => attributes[node]!.type,
  };
  const cut = cutToBudget(cutSource, limit);
  for (const node of cut.nodes) view.addNode(keys[node]!, nodeAttributes(node));
  for (const key of cut.edges) addEdge(edgeOf.get(key)!);
  view.setAttribute('total', { nodes: order, edges });
  return view;
}

/** Each node's number of drawn edges (both ends in view), and the number of those edges. */
function strengthOf(data: IndexedGraph, inView: Uint8Array, draws: (edge: number) => boolean) {
  const { source, target } = data.whole;
  const strength = new Uint32Array(inView.length);
  let edges = 0;
  for (let i = 0; i < data.edges.length; i++) {
    const e = data.edges[i]!;
    const s = source[e]!;
    const t = target[e]!;
    if (inView[s] !== 1 || inView[t] !== 1 || !draws(e)) continue;
    strength[s]! += 1;
    strength[t]! += 1;
    edges += 1;
  }
  return { strength, edges };
}

/**
 * The `k` nodes of `nodes` with the highest score, the first by key among equals at the limit: the
 * only ones a cut of `k` nodes can start from (budget.CutSource), found without sorting them all.
 */
function mostImportant(nodes: number[], score: Float64Array, keys: readonly string[], k: number): number[] {
  if (nodes.length <= k) return nodes;
  const sorted = Float64Array.from(nodes, (node) => score[node]!).sort();
  const threshold = sorted[sorted.length - k]!;
  const chosen: number[] = [];
  const equal: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (score[node]! > threshold) chosen.push(node);
    else if (score[node] === threshold) equal.push(node);
  }
  equal.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  return [...chosen, ...equal.slice(0, k - chosen.length)];
}
