// Partnerships view: organisation–project bipartite graph; lead partners marked on edge and node.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainView, type PlainOptions } from './plain';

export function partnerships(graph: ConsortiaGraph, options: PlainOptions = {}): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const nodes = graph.filterNodes((_, a) => a.type === 'organisation' || a.type === 'project');
  return plainView(
    graph,
    view,
    {
      nodes,
      edge: (a) =>
        a.type === 'participates_in' ? { type: a.type, weight: 1, role: a.role ?? 'partner' } : null,
    },
    options,
  );
}
