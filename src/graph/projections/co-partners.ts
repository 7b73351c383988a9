// Co-partners view: organisations linked when they share a project; weight = shared projects.
import { UndirectedGraph } from 'graphology';
import { consortia } from '../queries';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { addTie, leadFlags, viewNode } from './common';

export function coPartners(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const lead = leadFlags(graph);
  graph.forEachNode((key, a) => {
    if (a.type === 'organisation') view.addNode(key, viewNode(graph, key, a, lead));
  });
  const ties = new Map<string, { source: string; target: string; via: Set<string> }>();
  for (const [project, members] of consortia(graph)) {
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        addTie(ties, members[i]!.organisation, members[j]!.organisation, project);
  }
  for (const [key, tie] of [...ties].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const via = [...tie.via].sort();
    view.addUndirectedEdgeWithKey(key, tie.source, tie.target, {
      type: 'co_partners',
      weight: via.length,
      via,
    });
  }
  return view;
}
