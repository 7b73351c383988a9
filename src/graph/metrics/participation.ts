// For organisations: in how many projects they take part and how many they lead, read from the full graph.
import type { ConsortiaGraph } from '../types';

export interface Participation {
  projects: number;
  leads: number;
}

/** participation.participation: organisation key -> distinct projects joined and projects led. */
export function participation(graph: ConsortiaGraph): Map<string, Participation> {
  return participationOf(graph, graph.nodes());
}

/** participation.participationOf: the same for the organisations among `keys` only (local lookups). */
export function participationOf(graph: ConsortiaGraph, keys: Iterable<string>): Map<string, Participation> {
  const result = new Map<string, Participation>();
  for (const key of keys) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'type') !== 'organisation') continue;
    const projects = new Set<string>();
    const leads = new Set<string>();
    graph.forEachOutEdge(key, (_edge, edge, _source, target) => {
      if (edge.type !== 'participates_in' || graph.getNodeAttribute(target, 'type') !== 'project') return;
      projects.add(target);
      if (edge.role === 'lead') leads.add(target);
    });
    result.set(key, { projects: projects.size, leads: leads.size });
  }
  return result;
}
