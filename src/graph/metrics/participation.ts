// For organisations: in how many projects they take part and how many they lead, read from the full graph.
import type { ConsortiaGraph } from '../types';

export interface Participation {
  projects: number;
  leads: number;
}

/** participation.participation: organisation key -> distinct projects joined and projects led. */
export function participation(graph: ConsortiaGraph): Map<string, Participation> {
  const result = new Map<string, Participation>();
  graph.forEachNode((key, attributes) => {
    if (attributes.type !== 'organisation') return;
    const projects = new Set<string>();
    const leads = new Set<string>();
    graph.forEachOutEdge(key, (_edge, edge, _source, target) => {
      if (edge.type !== 'participates_in' || graph.getNodeAttribute(target, 'type') !== 'project') return;
      projects.add(target);
      if (edge.role === 'lead') leads.add(target);
    });
    result.set(key, { projects: projects.size, leads: leads.size });
  });
  return result;
}
