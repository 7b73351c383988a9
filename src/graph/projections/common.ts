// Helpers the projections share: node counts, lead flags, pair keys.
import type { ConsortiaGraph, EdgeType, NodeAttributes, NodeType } from '../types';
import type { ViewNodeAttributes } from '../view-types';

/** The edge type a node of this type counts. */
const countedEdge = (type: NodeType): EdgeType =>
  type === 'organisation' || type === 'project'
    ? 'participates_in'
    : type === 'country'
      ? 'located_in'
      : 'funded_by';

/**
 * common.nodeCounts: countNode of every node, in one pass over the edges (cheaper than node by node
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

/** Stable key of an undirected pair. */
export function pairKey(a: string, b: string): [string, string, string] {
  const [s, t] = a < b ? [a, b] : [b, a];
  return [`${s}--${t}`, s, t];
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

/** viewNode from what it reads: the model node's attributes, its count and whether it leads. */
export function viewNodeOf(a: NodeAttributes, count: number, lead: boolean): ViewNodeAttributes {
  return { type: a.type, label: a.label, x: a.x, y: a.y, count, lead: lead || undefined };
}
