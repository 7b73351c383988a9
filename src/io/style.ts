// Carries the current view's display data (positions, colours, sizes) into an exported copy of the graph.
import type { ExportStyle, GenericGraph } from './types';

/** A copy of the graph with x/y/color/size from the view set on each node (and color/size on edges). */
export function applyStyle(graph: GenericGraph, style?: ExportStyle): GenericGraph {
  if (!style) return graph;
  const copy = graph.copy();
  if (style.node) {
    const nodeStyle = style.node;
    copy.updateEachNodeAttributes((key, attributes) => {
      const s = nodeStyle(key);
      if (!s) return attributes;
      const next = { ...attributes };
      for (const name of ['x', 'y', 'color', 'size'] as const)
        if (s[name] !== undefined) next[name] = s[name];
      return next;
    });
  }
  if (style.edge) {
    const edgeStyle = style.edge;
    copy.updateEachEdgeAttributes((key, attributes) => {
      const s = edgeStyle(key);
      if (!s) return attributes;
      const next = { ...attributes };
      if (s.color !== undefined) next.color = s.color;
      if (s.size !== undefined) next.size = s.size;
      return next;
    });
  }
  return copy;
}
