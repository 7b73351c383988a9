// Countries view: countries linked when organisations from both take part in one project;
// weight = shared projects. Positions come from coordinates (the geographic layout).
import { UndirectedGraph } from 'graphology';
import { countryLatLon, geoPosition, separate } from '../geo';
import { consortia, countryKey, countryOf } from '../queries';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { addTie, countNode } from './common';

export function countries(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const onMap = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'country') return;
    const latLon = countryLatLon(a.code, a.lat, a.lon);
    if (latLon) onMap.set(key, geoPosition(latLon[0], latLon[1]));
    view.addNode(key, { type: 'country', label: a.label, count: countNode(graph, key) });
  });
  for (const [key, p] of separate(onMap)) view.mergeNodeAttributes(key, p);
  const ties = new Map<string, { source: string; target: string; via: Set<string> }>();
  for (const [project, members] of consortia(graph)) {
    const keys = new Set<string>();
    for (const m of members) {
      const code = countryOf(graph, m.organisation);
      const key = code ? countryKey(graph, code) : undefined;
      if (key && view.hasNode(key)) keys.add(key);
    }
    const list = [...keys];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) addTie(ties, list[i]!, list[j]!, project);
  }
  for (const [key, tie] of [...ties].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const via = [...tie.via].sort();
    view.addUndirectedEdgeWithKey(key, tie.source, tie.target, {
      type: 'country_link',
      weight: via.length,
      via,
    });
  }
  return view;
}
