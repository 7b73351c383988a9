// Projects view: projects linked by shared partners (strong tie, weight = shared partners) and,
// where they share no partner, by shared partner countries (weak tie, weight = shared countries).
// Weak ties join every two projects of a country: on a large table that is most pairs of projects
// (hundreds of millions at 10k projects), so past WEAK_TIE_LIMIT pairs they are left out.
import { UndirectedGraph } from 'graphology';
import { consortia, countryOf } from '../queries';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { addTie, leadFlags, viewNode } from './common';

type Ties = Map<string, { source: string; target: string; via: Set<string> }>;

/** Most country pairs of projects (before deduplication) the weak ties may cost; past it, none are drawn. */
export const WEAK_TIE_LIMIT = 200_000;

export function projects(graph: ConsortiaGraph): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const lead = leadFlags(graph);
  graph.forEachNode((key, a) => {
    if (a.type === 'project') view.addNode(key, viewNode(graph, key, a, lead));
  });
  const byOrganisation = new Map<string, string[]>();
  const byCountry = new Map<string, Set<string>>();
  for (const [project, members] of consortia(graph)) {
    for (const m of members) {
      const joined = byOrganisation.get(m.organisation);
      if (joined) joined.push(project);
      else byOrganisation.set(m.organisation, [project]);
      const code = countryOf(graph, m.organisation);
      if (code) byCountry.set(code, (byCountry.get(code) ?? new Set()).add(project));
    }
  }
  const strong: Ties = new Map();
  const weak: Ties = new Map();
  const link = (ties: Ties, list: string[], via: string) => {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) addTie(ties, list[i]!, list[j]!, via);
  };
  for (const [organisation, list] of byOrganisation) link(strong, list, organisation);
  let weakPairs = 0;
  for (const set of byCountry.values()) weakPairs += (set.size * (set.size - 1)) / 2;
  if (weakPairs <= WEAK_TIE_LIMIT)
    for (const [code, set] of byCountry) link(weak, [...set], `country:${code}`);
  for (const [key, tie] of [...strong].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const via = [...tie.via].sort();
    view.addUndirectedEdgeWithKey(key, tie.source, tie.target, {
      type: 'project_link',
      tie: 'strong',
      weight: via.length,
      via,
    });
  }
  for (const [key, tie] of [...weak].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (view.hasEdge(key)) continue;
    const via = [...tie.via].sort();
    view.addUndirectedEdgeWithKey(key, tie.source, tie.target, {
      type: 'project_link',
      tie: 'weak',
      weight: via.length,
      via,
    });
  }
  return view;
}
