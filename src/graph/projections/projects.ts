// Projects view: projects linked by shared partners (strong tie, weight = shared partners) and,
// where they share no partner, by shared partner countries (weak tie, weight = shared countries).
// Past `limit` projects only the largest consortia are drawn; weak ties only while at most
// WEAK_TIES_MAX_PROJECTS projects are drawn (beyond, nearly every pair shares a country).
import { UndirectedGraph } from 'graphology';
import { EDGE_CODE, indexedOf, NODE_CODE, type IndexedGraph } from '../indexed';
import type { DrawBudget } from '../budget';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { viewNodeOf } from './common';
import { addTies, bestConnected, participationGroups, type Groups } from './ties';

export const WEAK_TIES_MAX_PROJECTS = 300;

export function projects(graph: ConsortiaGraph | IndexedGraph, limit?: DrawBudget): ViewGraph {
  const data = indexedOf(graph);
  const { keys, attributes, nodeType, source, target, edgeType } = data.whole;
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const all = Array.from(data.nodes).filter((id) => nodeType[id] === NODE_CODE.project);
  const kept = bestConnected(data, all, limit?.nodes ?? Infinity);
  const counts = data.counts();
  const leads = data.leads();
  let keptCount = 0;
  for (const id of all)
    if (kept[id]) {
      view.addNode(keys[id]!, viewNodeOf(attributes[id]!, counts[id]!, leads[id] === 1));
      keptCount += 1;
    }
  const groups = participationGroups(data, 'source');
  let edges = addTies(view, data, { groups, all, kept, limit: limit?.edges }, () => ({
    type: 'project_link',
    tie: 'strong',
  }));
  if (keptCount <= WEAK_TIES_MAX_PROJECTS) {
    // The kept projects of each partner country.
    const byCountry = new Map<string, Set<number>>();
    for (let i = 0; i < data.edges.length; i++) {
      const e = data.edges[i]!;
      if (edgeType[e] !== EDGE_CODE.participates_in || !kept[target[e]!]) continue;
      const code = data.countryOf(source[e]!);
      if (code) byCountry.set(code, (byCountry.get(code) ?? new Set()).add(target[e]!));
    }
    const weak: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    view.forEachNode((key, a) => weak.addNode(key, a));
    const countries: Groups = {
      via: [],
      start: new Int32Array(byCountry.size + 1),
      members: new Int32Array(0),
    };
    const members: number[] = [];
    for (const [code, set] of byCountry) {
      countries.via.push(`country:${code}`);
      members.push(...set);
      countries.start[countries.via.length] = members.length;
    }
    countries.members = Int32Array.from(members);
    addTies(weak, data, { groups: countries, all, kept }, () => ({ type: 'project_link', tie: 'weak' }));
    weak.forEachEdge((key, a, s, t) => {
      if (view.hasEdge(key)) return;
      view.addUndirectedEdgeWithKey(key, s, t, a);
      edges += 1;
    });
  }
  view.setAttribute('total', { nodes: all.length, edges });
  return view;
}
