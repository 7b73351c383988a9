// Network view: the whole graph as built — organisations, projects, programmes, countries.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { leadFlags, viewNode } from './common';

/** The whole graph, or only the nodes in `only` and the edges between them (counts stay the graph's). */
export function network(graph: ConsortiaGraph, only?: ReadonlySet<string>): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const lead = leadFlags(graph);
  graph.forEachNode((key, a) => {
    if (!only || only.has(key)) view.addNode(key, viewNode(graph, key, a, lead));
  });
  graph.forEachEdge((key, a, source, target) => {
    if (!only || (only.has(source) && only.has(target)))
      view.addDirectedEdgeWithKey(key, source, target, { type: a.type, weight: 1, role: a.role });
  });
  return view;
}
