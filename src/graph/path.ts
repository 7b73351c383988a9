// Shortest path between two organisations through shared projects.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { participations } from './queries';
import type { ConsortiaGraph } from './types';

export interface PathStep {
  /** An organisation, then the project it shares with the next organisation, and so on. */
  key: string;
  label: string;
  type: 'organisation' | 'project';
}

/**
 * path.partnerPath: the chain organisation, project, organisation, … joining two organisations,
 * shortest by number of projects; null when they are not linked; [] when an end is not an organisation.
 */
export function partnerPath(graph: ConsortiaGraph, from: string, to: string): PathStep[] | null {
  for (const key of [from, to]) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'type') !== 'organisation') return [];
  }
  const bipartite = new UndirectedGraph();
  for (const p of participations(graph)) {
    bipartite.mergeNode(p.organisation);
    bipartite.mergeNode(p.project);
    bipartite.mergeEdge(p.organisation, p.project);
  }
  if (from === to) return [{ key: from, label: graph.getNodeAttribute(from, 'label'), type: 'organisation' }];
  if (!bipartite.hasNode(from) || !bipartite.hasNode(to)) return null;
  const keys = bidirectional(bipartite, from, to);
  if (!keys) return null;
  return keys.map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, label: a.label, type: a.type === 'project' ? 'project' : 'organisation' };
  });
}

/** Edge keys of the path in a drawn view: consecutive pairs, in either direction, that the view has. */
export function pathPairs(steps: PathStep[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < steps.length; i++) pairs.push([steps[i]!.key, steps[i + 1]!.key]);
  return pairs;
}
