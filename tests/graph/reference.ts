// The projections' graphology readings: the consortium, network and partnerships views as they were built
// from the graphology graph, string key by string key, before they read it as arrays (indexed.ts). Tests
// hold the indexed views to them: same nodes, edges, counts, scores and cut.
import { cutToBudget, nodeScore, type CutSource } from '../../src/graph/budget';
import type { EgoDepth } from '../../src/graph/projections/ego';
import { viewNodeOf } from '../../src/graph/projections/common';
import type { PlainOptions } from '../../src/graph/projections/plainIndexed';
import type {
  ConsortiaGraph,
  EdgeAttributes,
  EdgeType,
  NodeAttributes,
  NodeType,
} from '../../src/graph/types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';

/** The edge type a node of this type counts. */
const countedEdge = (type: NodeType): EdgeType =>
  type === 'organisation' || type === 'project'
    ? 'participates_in'
    : type === 'country'
      ? 'located_in'
      : 'funded_by';

/**
 * nodeCounts: countNode of every node, in one pass over the edges (cheaper than node by node
 * for most of a large graph); nodes without a counted edge are absent (count 0).
 */
export function nodeCounts(graph: ConsortiaGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_, a, source, target, sa, ta) => {
    if (a.type === countedEdge(sa.type)) counts.set(source, (counts.get(source) ?? 0) + 1);
    if (target !== source && a.type === countedEdge(ta.type))
      counts.set(target, (counts.get(target) ?? 0) + 1);
  });
  return counts;
}

/** Organisations: projects joined; projects: partners; countries: organisations; programmes: projects. */
export function countNode(graph: ConsortiaGraph, key: string): number {
  const wanted = countedEdge(graph.getNodeAttribute(key, 'type'));
  let n = 0;
  graph.forEachEdge(key, (_, a) => {
    if (a.type === wanted) n += 1;
  });
  return n;
}

/** True for an organisation that leads a project and for a project that has a lead partner. */
export function leads(graph: ConsortiaGraph, key: string): boolean {
  return graph.someEdge(key, (_, a) => a.type === 'participates_in' && a.role === 'lead');
}

/**
 * A view node that keeps the model node's type, label and position, with its count (from `counts`,
 * nodeCounts of the graph, when the caller has them) and lead flag.
 */
export function viewNode(
  graph: ConsortiaGraph,
  key: string,
  a: NodeAttributes,
  counts?: ReadonlyMap<string, number>,
): ViewNodeAttributes {
  return viewNodeOf(
    a,
    counts ? (counts.get(key) ?? 0) : countNode(graph, key),
    // Only organisations and projects lead or are led; a country's thousands of edges are not read for it.
    (a.type === 'organisation' || a.type === 'project') && leads(graph, key),
  );
}

/**
 * The consortium view's nodes, in the graph's order: depth counts project hops (depth 1 = the node's
 * projects, or partners, and who is in them); a country or programme takes its neighbours; the
 * countries of the organisations and programmes of the projects come along.
 */
export function egoNodes(graph: ConsortiaGraph, root: string, depth: EgoDepth): string[] {
  const rootType = graph.getNodeAttribute(root, 'type');
  const keep = new Set<string>([root]);
  let frontier = [root];
  const halfSteps = rootType === 'project' ? 2 * depth - 1 : 2 * depth;
  const participationNeighbours = (key: string) => {
    const out: string[] = [];
    graph.forEachEdge(key, (_, a, source, target) => {
      if (a.type === 'participates_in') out.push(source === key ? target : source);
    });
    return out;
  };
  if (rootType === 'organisation' || rootType === 'project') {
    for (let step = 0; step < halfSteps; step++) {
      const next: string[] = [];
      for (const key of frontier)
        for (const n of participationNeighbours(key)) {
          if (keep.has(n)) continue;
          keep.add(n);
          next.push(n);
        }
      frontier = next;
    }
  } else for (const n of graph.neighbors(root)) keep.add(n);
  for (const key of [...keep])
    graph.forEachOutEdge(key, (_, a, __, target) => {
      if (a.type === 'located_in' || a.type === 'funded_by') keep.add(target);
    });
  return graph.filterNodes((key) => keep.has(key));
}

export interface PlainSpec {
  /** The view's nodes, in the model's order (before the type and orphan filters). */
  nodes: readonly string[];
  /** The view's attributes of a model edge between two of its nodes; null when it does not draw it. */
  edge(a: EdgeAttributes): ViewEdgeAttributes | null;
  /** The ego view's centre (kept by every filter and cut). */
  focus?: string;
}

/**
 * plainView: the view `spec` describes, its type and orphan filters applied; cut to
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
  const counts = inView.size * 4 >= graph.order ? nodeCounts(graph) : undefined;
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
    score.set(
      key,
      nodeScore(
        { type: a.type, count, focus: key === spec.focus },
        strength.get(key) ?? 0,
        spec.focus !== undefined,
      ),
    );
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
    type: (key) => graph.getNodeAttribute(key, 'type'),
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
