// Small read helpers over the Consortia graph that projections, details and filters share.
import type { ConsortiaGraph } from './types';

/** Country code of an organisation: its attribute, else its located_in edge. */
export function countryOf(graph: ConsortiaGraph, organisation: string): string | undefined {
  const attributes = graph.getNodeAttributes(organisation);
  if (attributes.type === 'organisation' && attributes.country) return attributes.country;
  for (const edge of graph.outEdges(organisation)) {
    if (graph.getEdgeAttribute(edge, 'type') === 'located_in') {
      const target = graph.getNodeAttributes(graph.target(edge));
      if (target.type === 'country') return target.code;
    }
  }
  return undefined;
}

/** Key of the country node with this code, if the graph has one. */
export function countryKey(graph: ConsortiaGraph, code: string): string | undefined {
  const key = `country:${code}`;
  if (graph.hasNode(key)) return key;
  return graph.findNode((_, a) => a.type === 'country' && a.code === code);
}

/** Year of a partial ISO date ("2010", "2010-03"), or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/** The first and last year any project runs, or undefined when no project states dates. */
export function yearSpan(graph: ConsortiaGraph): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    if (a.type !== 'project') return;
    for (const y of [yearOf(a.start), yearOf(a.end)]) {
      if (y === undefined) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  });
  return Number.isFinite(min) ? [min, max] : undefined;
}
