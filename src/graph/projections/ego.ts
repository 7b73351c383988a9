// Consortium / ego view: one project's consortium or one organisation's neighbourhood.
// Depth counts project hops: depth 1 = the node's projects (or partners) and who is in them;
// each further step adds the partners' other projects and their partners. Countries of the
// organisations shown and programmes of the projects shown come along.
// Cost: the neighbourhood's own edges plus one pass over the node list, never a copy of the whole graph;
// past the draw budget only the part drawn is built (plain.ts).
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainView, type PlainOptions } from './plain';

export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

export function ego(
  graph: ConsortiaGraph,
  root: string | null,
  depth: EgoDepth = 1,
  options: PlainOptions = {},
): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  if (!root || !graph.hasNode(root)) return view;
  const rootType = graph.getNodeAttribute(root, 'type');
  const keep = new Set<string>([root]);
  // Each org–project hop is one half-step; depth d means 2d half-steps from an organisation,
  // 2d - 1 from a project (a project's consortium is one half-step away).
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
  } else {
    // A country or programme: its organisations or projects, and their consortia.
    for (const n of graph.neighbors(root)) keep.add(n);
  }
  for (const key of [...keep])
    graph.forEachOutEdge(key, (_, a, __, target) => {
      if (a.type === 'located_in' || a.type === 'funded_by') keep.add(target);
    });
  // Nodes in the graph's order, as the network view has them.
  const nodes = graph.filterNodes((key) => keep.has(key));
  return plainView(
    graph,
    view,
    { nodes, focus: root, edge: (a) => ({ type: a.type, weight: 1, role: a.role }) },
    options,
  );
}
