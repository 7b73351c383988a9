// Co-partners view: organisations linked when they share a project; weight = shared projects.
// Past `limit` organisations, only the best connected (most projects) are drawn, with their ties.
import { UndirectedGraph } from 'graphology';
import { indexedOf, NODE_CODE, type IndexedGraph } from '../indexed';
import type { DrawBudget } from '../budget';
import type { ConsortiaGraph } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { viewNodeOf } from './common';
import { addTies, bestConnected, participationGroups } from './ties';

export function coPartners(graph: ConsortiaGraph | IndexedGraph, limit?: DrawBudget): ViewGraph {
  const data = indexedOf(graph);
  const { keys, attributes, nodeType } = data.whole;
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  const all = Array.from(data.nodes).filter((id) => nodeType[id] === NODE_CODE.organisation);
  const kept = bestConnected(data, all, limit?.nodes ?? Infinity);
  const counts = data.counts();
  const leads = data.leads();
  for (const id of all)
    if (kept[id]) view.addNode(keys[id]!, viewNodeOf(attributes[id]!, counts[id]!, leads[id] === 1));
  const groups = participationGroups(data, 'target');
  const edges = addTies(view, data, { groups, all, kept, limit: limit?.edges }, () => ({
    type: 'co_partners',
  }));
  view.setAttribute('total', { nodes: all.length, edges });
  return view;
}
