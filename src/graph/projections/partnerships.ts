// Partnerships view: organisation–project bipartite graph; lead partners marked on edge and node.
import { DirectedGraph } from 'graphology';
import { EDGE_CODE, indexedOf, NODE_CODE, type IndexedGraph } from '../indexed';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainIndexedView, type PlainOptions } from './plainIndexed';

export function partnerships(graph: ConsortiaGraph | IndexedGraph, options: PlainOptions = {}): ViewGraph {
  const data = indexedOf(graph);
  const { nodeType, edgeType } = data.whole;
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const nodes = data.nodes.filter(
    (id) => nodeType[id] === NODE_CODE.organisation || nodeType[id] === NODE_CODE.project,
  );
  return plainIndexedView(
    data,
    view,
    {
      nodes,
      draws: (e) => edgeType[e] === EDGE_CODE.participates_in,
      edge: (a) => ({ type: 'participates_in', weight: 1, role: a.role ?? 'partner' }),
    },
    options,
  );
}
