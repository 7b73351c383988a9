// Projects view: projects linked by shared partners (strong tie, weight = shared partners) and,
// where they share no partner, by shared partner countries (weak tie, weight = shared countries).
// Past `limit` projects only the largest consortia are drawn; weak ties only while at most
// WEAK_TIES_MAX_PROJECTS projects are drawn (beyond, nearly every pair shares a country).
import { UndirectedGraph } from 'graphology';
import { consortia, countryOf } from '../queries';
import type { DrawBudget } from '../budget';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { viewNode } from './common';
import { addTies, bestConnected } from './ties';

export const WEAK_TIES_MAX_PROJECTS = 300;

export function projects(
  graph: ConsortiaGraph,
  limit?: DrawBudget,
  /** The graph's node counts (nodeCounts), when the caller keeps them. */
  counts?: () => ReadonlyMap<string, number>,
): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const all = graph.filterNodes((_, a) => a.type === 'project');
  const kept = new Set(bestConnected(graph, all, limit?.nodes ?? Infinity, counts?.()));
  for (const key of all)
    if (kept.has(key)) view.addNode(key, viewNode(graph, key, graph.getNodeAttributes(key), counts?.()));
  const byOrganisation = new Map<string, string[]>();
  const byCountry = new Map<string, Set<string>>();
  const weakToo = kept.size <= WEAK_TIES_MAX_PROJECTS;
  for (const [project, members] of consortia(graph)) {
    for (const m of members) {
      const list = byOrganisation.get(m.organisation);
      if (list) list.push(project);
      else byOrganisation.set(m.organisation, [project]);
      if (!weakToo || !kept.has(project)) continue;
      const code = countryOf(graph, m.organisation);
      if (code) byCountry.set(code, (byCountry.get(code) ?? new Set()).add(project));
    }
  }
  let edges = addTies(view, { groups: byOrganisation, all, kept, limit: limit?.edges }, () => ({
    type: 'project_link',
    tie: 'strong',
  }));
  if (weakToo) {
    const weak: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    for (const key of kept) weak.addNode(key, view.getNodeAttributes(key));
    const countries = [...byCountry].map(
      ([code, set]) => [`country:${code}`, [...set]] as [string, string[]],
    );
    addTies(weak, { groups: countries, all, kept }, () => ({ type: 'project_link', tie: 'weak' }));
    weak.forEachEdge((key, attributes, source, target) => {
      if (view.hasEdge(key)) return;
      view.addUndirectedEdgeWithKey(key, source, target, attributes);
      edges += 1;
    });
  }
  view.setAttribute('total', { nodes: all.length, edges });
  return view;
}
