// Programmes view: the overview by funding programme. Programme nodes sized by their projects, linked
// when one organisation takes part in projects of both; weight = shared organisations.
import { UndirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { OverviewTies } from './ties';

/** Each project's programme: its `programme` attribute, else its funded_by edge (as the filters read it). */
export function programmeOfProjects(graph: ConsortiaGraph): Map<string, string> {
  const funders = new Map<string, string>();
  graph.forEachEdge((_, a, source, target) => {
    if (a.type === 'funded_by') funders.set(source, target);
  });
  const out = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'project') return;
    const programme = a.programme ?? funders.get(key);
    if (programme && graph.hasNode(programme) && graph.getNodeAttribute(programme, 'type') === 'programme')
      out.set(key, programme);
  });
  return out;
}

/** programmes.programmes: two passes over the edges, one over the nodes; ties cost (programmes per organisation)². */
export function programmes(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  graph.forEachNode((key, a) => {
    if (a.type === 'programme')
      view.addNode(key, { type: 'programme', label: a.label, x: a.x, y: a.y, count: 0 });
  });
  const keys = view.nodes();
  const programmeOf = programmeOfProjects(graph);
  const projects = new Map<string, number>();
  for (const programme of programmeOf.values()) projects.set(programme, (projects.get(programme) ?? 0) + 1);
  for (const [programme, n] of projects) view.setNodeAttribute(programme, 'count', n);
  const ties = new OverviewTies(keys);
  // One pass over the edges (graphology's per-node edge iteration costs ten times more on a large graph).
  const joined = new Map<string, string[]>();
  graph.forEachEdge((_, a, organisation, project) => {
    if (a.type !== 'participates_in') return;
    const programme = programmeOf.get(project);
    if (!programme) return;
    const list = joined.get(organisation);
    if (list) list.push(programme);
    else joined.set(organisation, [programme]);
  });
  for (const [organisation, list] of joined) {
    if (list.length < 2) continue;
    for (const programme of list) ties.add(programme);
    ties.close(organisation);
  }
  ties.addTo(view, 'programme_link');
  return view;
}
