// Countries view: countries linked when organisations from both take part in one project;
// weight = shared projects. Positions come from coordinates (the geographic layout).
// Linear in participations plus (countries per project)²: each organisation's country is looked up once.
import { UndirectedGraph } from 'graphology';
import { countryLatLon, geoPosition, separate } from '../geo';
import { countryKey, countryOf } from '../queries';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { countNode } from './common';
import { OverviewTies } from './ties';

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

  const ties = new OverviewTies(view.nodes());
  // Country key of each organisation, null when it has none on this view; looked up once each, and
  // once per code (countryKey scans the nodes when a country's key is not `country:<code>`).
  const countryOfOrganisation = new Map<string, string | null>();
  const keyOfCode = new Map<string, string | null>();
  const keyOf = (organisation: string): string | null => {
    let key = countryOfOrganisation.get(organisation);
    if (key === undefined) {
      const code = countryOf(graph, organisation);
      if (code === undefined) key = null;
      else {
        key = keyOfCode.get(code);
        if (key === undefined) keyOfCode.set(code, (key = countryKey(graph, code) ?? null));
      }
      countryOfOrganisation.set(organisation, key);
    }
    return key;
  };
  // One pass over the edges (graphology's per-node edge iteration costs ten times more on a large graph).
  const consortia = new Map<string, string[]>();
  graph.forEachEdge((_, a, organisation, project) => {
    if (a.type !== 'participates_in') return;
    const members = consortia.get(project);
    if (members) members.push(organisation);
    else consortia.set(project, [organisation]);
  });
  for (const [project, members] of consortia) {
    for (const organisation of members) {
      const key = keyOf(organisation);
      if (key) ties.add(key);
    }
    ties.close(project);
  }
  ties.addTo(view, 'country_link');
  return view;
}
