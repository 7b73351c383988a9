// Network view: the whole graph as built — organisations, projects, programmes, countries.
import { DirectedGraph } from 'graphology';
import { indexedOf, type IndexedGraph } from '../indexed';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { plainIndexedView, type PlainOptions } from './plainIndexed';

export function network(graph: ConsortiaGraph | IndexedGraph, options: PlainOptions = {}): ViewGraph {
  const data = indexedOf(graph);
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  return plainIndexedView(
    data,
    view,
    { nodes: data.nodes, draws: () => true, edge: (a) => ({ type: a.type, weight: 1, role: a.role }) },
    options,
  );
}
