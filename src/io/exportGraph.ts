// What an export holds: the nodes and edges the current view shows (with its filters), each with all the
// attributes the dataset has for it plus what the view computed (count, lead, weight, shared projects).
import Graph from 'graphology';
import type { ConsortiaGraph } from '../graph/types';
import type { ViewGraph } from '../graph/view-types';
import type { GenericGraph } from './types';

export function exportGraphOf(dataset: ConsortiaGraph, shown: ViewGraph, name?: string): GenericGraph {
  const graph: GenericGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
  graph.replaceAttributes({ ...dataset.getAttributes(), ...(name ? { name } : {}) });
  shown.forEachNode((key, view) => {
    const base = dataset.hasNode(key) ? dataset.getNodeAttributes(key) : {};
    graph.addNode(key, { ...base, ...view });
  });
  shown.forEachEdge((key, view, source, target) => {
    const base = dataset.hasEdge(key) ? dataset.getEdgeAttributes(key) : {};
    if (!graph.hasDirectedEdge(source, target))
      graph.addDirectedEdgeWithKey(key, source, target, { ...base, ...view });
  });
  return graph;
}
