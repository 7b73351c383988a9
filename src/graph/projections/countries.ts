// Countries view: countries linked when organisations from both take part in one project;
// weight = shared projects. Positions come from coordinates (the geographic layout).
// Linear in participations plus (countries per project)²: each organisation's country is looked up once.
import { UndirectedGraph } from 'graphology';
import { countryLatLon, geoPosition, separate } from '../geo';
import { EDGE_CODE, indexedOf, type IndexedGraph } from '../indexed';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { OverviewTies } from './ties';

export function countries(graph: ConsortiaGraph | IndexedGraph): ViewGraph {
  const data = indexedOf(graph);
  const { keys, attributes, source, edgeType } = data.whole;
  const counts = data.counts();
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const onMap = new Map<string, { x: number; y: number }>();
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    const a = attributes[id]!;
    if (a.type !== 'country') continue;
    const latLon = countryLatLon(a.code, a.lat, a.lon);
    if (latLon) onMap.set(keys[id]!, geoPosition(latLon[0], latLon[1]));
    view.addNode(keys[id]!, { type: 'country', label: a.label, count: counts[id]! });
  }
  for (const [key, p] of separate(onMap)) view.mergeNodeAttributes(key, p);

  const ties = new OverviewTies(view.nodes());
  // The country node of each code (queries.countryKey: `country:<code>`, else the first with the code),
  // as its place among the ties' nodes, and so each organisation's, looked up once each.
  const placeOfCode = new Map<string, number>();
  const placeOfCountry = (code: string): number => {
    const named = data.idOf(`country:${code}`);
    const id =
      named >= 0
        ? named
        : Array.from(data.nodes).find((n) => {
            const a = attributes[n]!;
            return a.type === 'country' && a.code === code;
          });
    return id === undefined ? -1 : ties.placeOf(keys[id]!);
  };
  const unknown = -2;
  const placeOfOrganisation = new Int32Array(keys.length).fill(unknown);
  const placeOf = (organisation: number): number => {
    let place = placeOfOrganisation[organisation]!;
    if (place === unknown) {
      const code = data.countryOf(organisation);
      if (code === undefined) place = -1;
      else {
        place = placeOfCode.get(code) ?? unknown;
        if (place === unknown) placeOfCode.set(code, (place = placeOfCountry(code)));
      }
      placeOfOrganisation[organisation] = place;
    }
    return place;
  };
  // Each project's partners (every node receiving participations), their countries tied.
  const { start, edges } = data.inEdges();
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    if (start[id] === start[id + 1]) continue;
    let partners = 0;
    for (let i = start[id]!; i < start[id + 1]!; i++) {
      const e = edges[i]!;
      if (edgeType[e] !== EDGE_CODE.participates_in) continue;
      partners += 1;
      const place = placeOf(source[e]!);
      if (place >= 0) ties.addAt(place);
    }
    if (partners) ties.close(keys[id]!);
  }
  ties.addTo(view, 'country_link');
  return view;
}
