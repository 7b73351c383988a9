// Network view: the whole graph as built — organisations, projects, programmes, countries.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainView, type PlainOptions } from './plain';

export function network(graph: ConsortiaGraph, options: PlainOptions = {}): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  return plainView(
    graph,
    view,
    { nodes: graph.nodes(), edge: (a) => ({ type: a.type, weight: 1, role: a.role }) },
    options,
  );
}
