// What an export holds: the nodes and edges the current view shows (with its filters), each with all the
// attributes the dataset has for it plus what the view computed (count, lead, weight, shared projects)
// and the metrics of the view when they were computed on it.
import Graph from 'graphology';
import { NODE_OUTPUTS, type MetricsResult } from '../graph/metrics';
import type { ConsortiaGraph } from '../graph/types';
import type { ViewGraph } from '../graph/view-types';
import type { DeclaredTypes, GenericGraph } from './types';

/**
 * exportGraph.exportGraphOf: the shown view as a graph to write, with each metric of `metrics` as a node
 * attribute named by its output id (left out where a metric does not apply to a node).
 */
export function exportGraphOf(
  dataset: ConsortiaGraph,
  shown: ViewGraph,
  name?: string,
  metrics?: MetricsResult | null,
): GenericGraph {
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
  if (metrics)
    for (const [metric, values] of Object.entries(metrics.nodes))
      metrics.keys.forEach((key, i) => {
        const value = values[i];
        if (value !== null && value !== undefined && graph.hasNode(key))
          graph.setNodeAttribute(key, metric, value);
      });
  return graph;
}

/**
 * exportGraph.METRIC_TYPES: the metrics that are real numbers whatever their values, so GEXF and
 * GraphML declare a betweenness of whole numbers (all 0 in a chain-free view) as double all the same.
 */
export const METRIC_TYPES: DeclaredTypes = Object.fromEntries(
  NODE_OUTPUTS.filter((o) => o.kind === 'score').map((o) => [o.id, 'double'] as const),
);
