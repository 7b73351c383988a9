// Partnerships view: organisation–project bipartite graph; lead partners marked on edge and node.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { leadFlags, viewNode } from './common';

export function partnerships(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const lead = leadFlags(graph);
  graph.forEachNode((key, a) => {
    if (a.type !== 'organisation' && a.type !== 'project') return;
    view.addNode(key, viewNode(graph, key, a, lead));
  });
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === 'participates_in')
      view.addDirectedEdgeWithKey(key, source, target, {
        type: a.type,
        weight: 1,
        role: a.role ?? 'partner',
      });
  });
  return view;
}
