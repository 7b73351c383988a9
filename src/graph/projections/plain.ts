// Views that draw part of the model graph as it is (network, partnerships, consortium): some nodes with
// their attributes, the edges between them with weight 1. Past the draw budget, only what fitToBudget
// would keep of the whole view is built: the cut reads the model graph (same scores, same nodes, same
// edges), so a view of 50,000 nodes costs a pass over them and 800 built nodes, not a copy of them all.
import { cutToBudget, nodeScore, type CutSource, type DrawBudget } from '../budget';
import type { ConsortiaGraph, EdgeAttributes, NodeType } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { countNode, nodeCounts, viewNode } from './common';

export interface PlainSpec {
  /** The view's nodes, in the model's order (before the type and orphan filters). */
  nodes: readonly string[];
  /** The view's attributes of a model edge between two of its nodes; null when it does not draw it. */
  edge(a: EdgeAttributes): ViewEdgeAttributes | null;
  /** The ego view's centre (kept by every filter and cut). */
  focus?: string;
}

export interface PlainOptions {
  /** The draw budget: past it only the part fitToBudget keeps is built, with the whole size as `total`. */
  limit?: DrawBudget;
  /** Node types drawn (all when absent); the focus stays. */
  nodeTypes?: readonly NodeType[];
  /** Drop nodes without any edge in the view; the focus stays. */
  hideOrphans?: boolean;
  /** The graph's node counts (nodeCounts), when the caller keeps them. */
  counts?: () => ReadonlyMap<string, number>;
}

/**
 * plain.plainView: the view `spec` describes, its type and orphan filters applied; cut to
 * `options.limit` as fitToBudget would cut the whole view (graph attribute `total`: the whole size).
 */
export function plainView(
  graph: ConsortiaGraph,
  view: ViewGraph,
  spec: PlainSpec,
  options: PlainOptions = {},
): ViewGraph {
  const types = options.nodeTypes ? new Set(options.nodeTypes) : null;
  const inView = new Set<string>();
  for (const key of spec.nodes)
    if (!types || key === spec.focus || types.has(graph.getNodeAttribute(key, 'type'))) inView.add(key);
  // One pass over the view's edges: each node's weighted degree (every edge weighs 1) and the size.
  const strength = new Map<string, number>();
  let edges = 0;
  for (const key of inView)
    graph.forEachOutEdge(key, (_, a, source, target) => {
      if (!inView.has(target) || !spec.edge(a)) return;
      strength.set(source, (strength.get(source) ?? 0) + 1);
      strength.set(target, (strength.get(target) ?? 0) + 1);
      edges += 1;
    });
  if (options.hideOrphans)
    for (const key of [...inView]) if (!strength.has(key) && key !== spec.focus) inView.delete(key);
  // Most of the graph: its node counts in one pass (or as the caller kept them); a small part: node by node.
  const counts = inView.size * 4 >= graph.order ? (options.counts?.() ?? nodeCounts(graph)) : undefined;
  const nodeAttributes = (key: string): ViewNodeAttributes => ({
    ...viewNode(graph, key, graph.getNodeAttributes(key), counts),
    ...(key === spec.focus ? { focus: true } : {}),
  });
  const limit = options.limit;
  if (!limit || (inView.size <= limit.nodes && edges <= limit.edges)) {
    for (const key of spec.nodes) if (inView.has(key)) view.addNode(key, nodeAttributes(key));
    const add = (key: string, a: EdgeAttributes, source: string, target: string) => {
      if (!inView.has(source) || !inView.has(target)) return;
      const attributes = spec.edge(a);
      if (attributes) view.addDirectedEdgeWithKey(key, source, target, attributes);
    };
    // Edges in the model's order; a small part of the model reads only its own nodes' edges.
    if (inView.size * 4 < graph.order) view.forEachNode((key) => graph.forEachOutEdge(key, add));
    else graph.forEachEdge(add);
    return view;
  }
  const score = new Map<string, number>();
  for (const key of inView) {
    const count = counts ? (counts.get(key) ?? 0) : countNode(graph, key);
    const a = graph.getNodeAttributes(key);
    score.set(key, nodeScore({ type: a.type, count, focus: key === spec.focus }, strength.get(key) ?? 0));
  }
  const source: CutSource = {
    nodes: [...inView],
    score,
    forEachNeighbor(key, callback) {
      graph.forEachEdge(key, (_, a, s, t) => {
        const other = s === key ? t : s;
        if (inView.has(other) && spec.edge(a)) callback(other);
      });
    },
    edgesAmong(keep) {
      const among: Array<{ key: string; weight: number; source: string; target: string }> = [];
      for (const key of keep)
        graph.forEachOutEdge(key, (edge, a, s, t) => {
          if (keep.has(t) && spec.edge(a)) among.push({ key: edge, weight: 1, source: s, target: t });
        });
      return among;
    },
    isolated: (key) => !strength.has(key),
    focus: (key) => key === spec.focus,
  };
  const cut = cutToBudget(source, limit);
  for (const key of cut.nodes) view.addNode(key, nodeAttributes(key));
  for (const key of cut.edges)
    view.addDirectedEdgeWithKey(
      key,
      graph.source(key),
      graph.target(key),
      spec.edge(graph.getEdgeAttributes(key))!,
    );
  view.setAttribute('total', { nodes: inView.size, edges });
  return view;
}
