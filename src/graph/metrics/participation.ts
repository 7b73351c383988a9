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

/** Counts per organisation already read, per graph (graphs are never changed in place). */
const known = new WeakMap<ConsortiaGraph, Map<string, Participation>>();

function countOf(graph: ConsortiaGraph, key: string): Participation {
  // Sets, not edge counts: a multigraph may join one project by two edges.
  const projects = new Set<string>();
  const leads = new Set<string>();
  graph.forEachOutEdge(key, (_edge, edge, _source, target) => {
    if (edge.type !== 'participates_in' || graph.getNodeAttribute(target, 'type') !== 'project') return;
    projects.add(target);
    if (edge.role === 'lead') leads.add(target);
  });
  return { projects: projects.size, leads: leads.size };
}

/**
 * participation.participationOf: the same for the organisations among `keys` only (local lookups, each
 * organisation read once per graph: the views of a large dataset show the same hubs again and again).
 */
export function participationOf(graph: ConsortiaGraph, keys: Iterable<string>): Map<string, Participation> {
  let counted = known.get(graph);
  if (!counted) known.set(graph, (counted = new Map()));
  const result = new Map<string, Participation>();
  for (const key of keys) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'type') !== 'organisation') continue;
    let count = counted.get(key);
    if (!count) counted.set(key, (count = countOf(graph, key)));
    result.set(key, { ...count });
  }
  return result;
}
