// Countries view: countries linked when organisations from both take part in one project;
// weight = shared projects. Positions come from coordinates (the geographic layout).
// Linear in participations plus (countries per project)²: each organisation's country is looked up
// once, and pairs are counted in a flat array indexed by country, not a map of string keys.
import { UndirectedGraph } from 'graphology';
import { countryLatLon, geoPosition, separate } from '../geo';
import { consortia, countryKey, countryOf } from '../queries';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { countNode, pairKey, VIA_LIMIT } from './common';

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

  const keys = view.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  // Country index of each organisation, -1 when it has none on this view.
  const countryIndex = new Map<string, number>();
  const indexOf = (organisation: string): number => {
    let i = countryIndex.get(organisation);
    if (i === undefined) {
      const code = countryOf(graph, organisation);
      const key = code ? countryKey(graph, code) : undefined;
      i = key === undefined ? -1 : (index.get(key) ?? -1);
      countryIndex.set(organisation, i);
    }
    return i;
  };
  const weight = new Uint32Array(n * n);
  const via: Array<string[] | null> = [];
  const seen = new Int32Array(n).fill(-1);
  const list: number[] = [];
  let projectNo = 0;
  for (const [project, members] of consortia(graph)) {
    list.length = 0;
    for (const m of members) {
      const i = indexOf(m.organisation);
      if (i >= 0 && seen[i] !== projectNo) {
        seen[i] = projectNo;
        list.push(i);
      }
    }
    projectNo += 1;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const cell = Math.min(list[a]!, list[b]!) * n + Math.max(list[a]!, list[b]!);
        const w = (weight[cell] = weight[cell]! + 1);
        if (w === 1) via[cell] = [project];
        else if (w > VIA_LIMIT) via[cell] = null;
        else via[cell]?.push(project);
      }
  }
  const ties: Array<{ key: string; source: string; target: string; cell: number }> = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (!weight[i * n + j]) continue;
      const [key, source, target] = pairKey(keys[i]!, keys[j]!);
      ties.push({ key, source, target, cell: i * n + j });
    }
  ties.sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const { key, source, target, cell } of ties) {
    const attributes: ViewEdgeAttributes = { type: 'country_link', weight: weight[cell]! };
    const through = via[cell];
    if (through) attributes.via = through.sort();
    view.addUndirectedEdgeWithKey(key, source, target, attributes);
  }
  return view;
}
