// Programmes view: the overview by funding programme. Programme nodes sized by their projects, linked
// when one organisation takes part in projects of both; weight = shared organisations.
import { UndirectedGraph } from 'graphology';
import { EDGE_CODE, indexedOf, type IndexedGraph } from '../indexed';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { OverviewTies } from './ties';

/**
 * programmes.programmeOfProjects: each project's programme by node number (-1 for none): its
 * `programme` attribute, else its funded_by edge (as the filters read it), when that is a programme here.
 */
export function programmeOfProjects(data: IndexedGraph): Int32Array {
  const { keys, attributes, source, target, edgeType } = data.whole;
  const funder = new Int32Array(keys.length).fill(-1);
  for (let i = 0; i < data.edges.length; i++) {
    const e = data.edges[i]!;
    if (edgeType[e] === EDGE_CODE.funded_by) funder[source[e]!] = target[e]!;
  }
  const out = new Int32Array(keys.length).fill(-1);
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    const a = attributes[id]!;
    if (a.type !== 'project') continue;
    const key = a.programme ?? (funder[id]! >= 0 ? keys[funder[id]!] : undefined);
    const programme = key === undefined ? -1 : data.idOf(key);
    if (programme >= 0 && attributes[programme]!.type === 'programme') out[id] = programme;
  }
  return out;
}

/** programmes.programmes: a few passes over the edges and nodes; ties cost (programmes per organisation)². */
export function programmes(graph: ConsortiaGraph | IndexedGraph): ViewGraph {
  const data = indexedOf(graph);
  const { keys, attributes, target, edgeType } = data.whole;
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    const a = attributes[id]!;
    if (a.type === 'programme')
      view.addNode(keys[id]!, { type: 'programme', label: a.label, x: a.x, y: a.y, count: 0 });
  }
  const programmeOf = programmeOfProjects(data);
  const projects = new Uint32Array(keys.length);
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    if (programmeOf[id]! >= 0) projects[programmeOf[id]!]! += 1;
  }
  view.forEachNode((key) => {
    const n = projects[data.whole.id.get(key)!]!;
    if (n) view.setNodeAttribute(key, 'count', n);
  });
  const ties = new OverviewTies(view.nodes());
  // Each project's programme as its place among the ties' nodes (-1 for none).
  const place = new Int32Array(keys.length).fill(-1);
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    if (programmeOf[id]! >= 0) place[id] = ties.placeOf(keys[programmeOf[id]!]!);
  }
  // Each organisation's programmes, through the projects it takes part in.
  const { start, edges } = data.outEdges();
  const joined = (e: number) => edgeType[e] === EDGE_CODE.participates_in && place[target[e]!]! >= 0;
  for (let n = 0; n < data.nodes.length; n++) {
    const id = data.nodes[n]!;
    let count = 0;
    for (let i = start[id]!; i < start[id + 1]!; i++) if (joined(edges[i]!)) count += 1;
    if (count < 2) continue;
    for (let i = start[id]!; i < start[id + 1]!; i++)
      if (joined(edges[i]!)) ties.addAt(place[target[edges[i]!]!]!);
    ties.close(keys[id]!);
  }
  ties.addTo(view, 'programme_link');
  return view;
}
