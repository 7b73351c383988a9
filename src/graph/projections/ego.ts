// Consortium / ego view: one project's consortium or one organisation's neighbourhood.
// Depth counts project hops: depth 1 = the node's projects (or partners) and who is in them;
// each further step adds the partners' other projects and their partners. Countries of the
// organisations shown and programmes of the projects shown come along.
// Cost: the neighbourhood's own edges and passes over the graph as arrays (indexed.ts), never a copy of
// it; past the draw budget only the part drawn is built (plainIndexed.ts). A hub's neighbourhood at XL
// (52,000 nodes) is read in ~0.1 s, where the graphology graph's string-keyed reading took ~1 s.
import { DirectedGraph } from 'graphology';
import { EDGE_CODE, indexedOf, NODE_CODE, type IndexedGraph } from '../indexed';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainIndexedView, type PlainOptions } from './plainIndexed';

export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

export function ego(
  graph: ConsortiaGraph | IndexedGraph,
  root: string | null,
  depth: EgoDepth = 1,
  options: PlainOptions = {},
): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const data = indexedOf(graph);
  const focus = root === null ? -1 : data.idOf(root);
  if (focus < 0) return view;
  const { nodeType, edgeType, source, target } = data.whole;
  const out = data.outEdges();
  const into = data.inEdges();
  const keep = new Uint8Array(data.whole.keys.length);
  // The nodes kept so far, in the order they came.
  const reached = [focus];
  keep[focus] = 1;
  const reach = (node: number, next?: number[]) => {
    if (keep[node]) return;
    keep[node] = 1;
    reached.push(node);
    next?.push(node);
  };
  const rootType = nodeType[focus];
  if (rootType === NODE_CODE.organisation || rootType === NODE_CODE.project) {
    // Each org–project hop is one half-step; depth d means 2d half-steps from an organisation,
    // 2d - 1 from a project (a project's consortium is one half-step away).
    const halfSteps = rootType === NODE_CODE.project ? 2 * depth - 1 : 2 * depth;
    let frontier = [focus];
    for (let step = 0; step < halfSteps; step++) {
      const next: number[] = [];
      for (const node of frontier) {
        for (let i = out.start[node]!; i < out.start[node + 1]!; i++) {
          const e = out.edges[i]!;
          if (edgeType[e] === EDGE_CODE.participates_in) reach(target[e]!, next);
        }
        for (let i = into.start[node]!; i < into.start[node + 1]!; i++) {
          const e = into.edges[i]!;
          if (edgeType[e] === EDGE_CODE.participates_in) reach(source[e]!, next);
        }
      }
      frontier = next;
    }
  } else {
    // A country or programme: its organisations or projects, and their consortia.
    for (let i = out.start[focus]!; i < out.start[focus + 1]!; i++) reach(target[out.edges[i]!]!);
    for (let i = into.start[focus]!; i < into.start[focus + 1]!; i++) reach(source[into.edges[i]!]!);
  }
  // Countries of the organisations, programmes of the projects (of those kept so far).
  for (const node of reached)
    for (let i = out.start[node]!; i < out.start[node + 1]!; i++) {
      const e = out.edges[i]!;
      if (edgeType[e] === EDGE_CODE.located_in || edgeType[e] === EDGE_CODE.funded_by) keep[target[e]!] = 1;
    }
  return plainIndexedView(
    data,
    view,
    {
      // Nodes in the graph's order, as the network view has them.
      nodes: data.nodes.filter((node) => keep[node] === 1),
      focus,
      draws: () => true,
      edge: (a) => ({ type: a.type, weight: 1, role: a.role }),
    },
    options,
  );
}
