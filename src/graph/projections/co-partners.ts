// Co-partners view: organisations linked when they share a project; weight = shared projects.
// Past `limit` organisations, only the best connected (most projects) are drawn, with their ties.
import { UndirectedGraph } from 'graphology';
import { consortia } from '../queries';
import type { DrawBudget } from '../budget';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { viewNode } from './common';
import { addTies, bestConnected } from './ties';

export function coPartners(
  graph: ConsortiaGraph,
  limit?: DrawBudget,
  /** The graph's node counts (nodeCounts), when the caller keeps them. */
  counts?: () => ReadonlyMap<string, number>,
): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const all = graph.filterNodes((_, a) => a.type === 'organisation');
  const kept = new Set(bestConnected(graph, all, limit?.nodes ?? Infinity, counts?.()));
  for (const key of all)
    if (kept.has(key)) view.addNode(key, viewNode(graph, key, graph.getNodeAttributes(key), counts?.()));
  const groups = [...consortia(graph)].map(
    ([project, members]) => [project, members.map((m) => m.organisation)] as [string, string[]],
  );
  const edges = addTies(view, { groups, all, kept, limit: limit?.edges }, () => ({ type: 'co_partners' }));
  view.setAttribute('total', { nodes: all.length, edges });
  return view;
}
