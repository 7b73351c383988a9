// Programmes view: the overview by funding programme. Programme nodes sized by their projects, linked
// when one organisation takes part in projects of both; weight = shared organisations.
import { UndirectedGraph } from 'graphology';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { pairKey, VIA_LIMIT } from './common';

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

interface Tie {
  source: string;
  target: string;
  weight: number;
  /** Null once the tie has more than VIA_LIMIT keys behind it. */
  via: string[] | null;
}

/** programmes.programmes: one pass over nodes and one over participations; ties cost (programmes per organisation)². */
export function programmes(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  graph.forEachNode((key, a) => {
    if (a.type === 'programme')
      view.addNode(key, { type: 'programme', label: a.label, x: a.x, y: a.y, count: 0 });
  });
  const programmeOf = programmeOfProjects(graph);
  for (const programme of programmeOf.values())
    view.updateNodeAttribute(programme, 'count', (n) => (n ?? 0) + 1);

  const byOrganisation = new Map<string, Set<string>>();
  graph.forEachEdge((_, a, source, target) => {
    if (a.type !== 'participates_in') return;
    const programme = programmeOf.get(target);
    if (!programme) return;
    const set = byOrganisation.get(source);
    if (set) set.add(programme);
    else byOrganisation.set(source, new Set([programme]));
  });

  const ties = new Map<string, Tie>();
  for (const [organisation, set] of byOrganisation) {
    if (set.size < 2) continue;
    const list = [...set];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [key, source, target] = pairKey(list[i]!, list[j]!);
        let tie = ties.get(key);
        if (!tie) ties.set(key, (tie = { source, target, weight: 0, via: [] }));
        tie.weight += 1;
        if (tie.via && tie.weight > VIA_LIMIT) tie.via = null;
        else tie.via?.push(organisation);
      }
  }
  for (const [key, tie] of [...ties].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const attributes: ViewEdgeAttributes = { type: 'programme_link', weight: tie.weight };
    if (tie.via) attributes.via = tie.via.sort();
    view.addUndirectedEdgeWithKey(key, tie.source, tie.target, attributes);
  }
  return view;
}
