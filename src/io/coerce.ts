// Shows a plain graph (someone's GEXF or GraphML without Consortia types) in the views: nodes that do
// not pass the contract become organisations with their label, links become partnerships. The file's
// own graph is what gets kept; this is only the form the views can draw.
import { DirectedGraph } from 'graphology';
import { edgeAttributesSchema, nodeAttributesSchema } from '../graph/schema';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { GenericGraph } from './types';

export const PLAIN_GRAPH_NOTE =
  'Shown with every node that has no Consortia type as an organisation and every such link as a partnership, so the views can draw it.';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function asConsortiaGraph(plain: GenericGraph): ConsortiaGraph {
  const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const name = plain.getAttribute('name');
  if (typeof name === 'string') graph.setAttribute('name', name);
  plain.forEachNode((key, attributes) => {
    const checked = nodeAttributesSchema.safeParse(attributes);
    if (checked.success) {
      graph.addNode(key, checked.data as NodeAttributes);
      return;
    }
    const label = typeof attributes.label === 'string' && attributes.label.trim() ? attributes.label : key;
    graph.addNode(key, {
      type: 'organisation',
      label,
      names: [label],
      sources: [],
      ...(finite(attributes.x) && finite(attributes.y) ? { x: attributes.x, y: attributes.y } : {}),
    });
  });
  plain.forEachEdge((_key, attributes, source, target) => {
    if (source === target || graph.hasDirectedEdge(source, target) || graph.hasDirectedEdge(target, source))
      return;
    const checked = edgeAttributesSchema.safeParse(attributes);
    const edge: EdgeAttributes =
      checked.success && (checked.data.type !== 'participates_in' || checked.data.role)
        ? (checked.data as EdgeAttributes)
        : { type: 'participates_in', role: 'partner', sources: [] };
    graph.addDirectedEdgeWithKey(`${edge.type}:${source}->${target}`, source, target, edge);
  });
  return graph;
}
