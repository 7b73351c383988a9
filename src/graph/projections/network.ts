// Network view: the whole graph as built — organisations, projects, programmes, countries.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { leadFlags, viewNode } from './common';

export function network(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const lead = leadFlags(graph);
  graph.forEachNode((key, a) => {
    view.addNode(key, viewNode(graph, key, a, lead));
  });
  graph.forEachEdge((key, a, source, target) => {
    view.addDirectedEdgeWithKey(key, source, target, { type: a.type, weight: 1, role: a.role });
  });
  return view;
}
