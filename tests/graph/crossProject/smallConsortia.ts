// A small Consortia graph for cross-project and CLI tests.
import { DirectedGraph } from 'graphology';
import type { ConsortiaGraph, OrganisationAttributes, Role } from '../../../src/graph/types';

/** Three projects; the county council of Ústí (P1, P2) and a university of the same city (P3). */
export function consortia(): ConsortiaGraph {
  const graph: ConsortiaGraph = new DirectedGraph();
  const org = (key: string, label: string, extra: Partial<OrganisationAttributes> = {}) =>
    graph.addNode(key, { type: 'organisation', label, names: [label], sources: [], ...extra });
  for (const [key, label] of [
    ['p1', 'Alpha'],
    ['p2', 'Beta'],
    ['p3', 'Gamma'],
  ])
    graph.addNode(key, { type: 'project', label: label!, names: [label!], sources: [] });
  org('council', 'Ústecký kraj', { country: 'CZ', city: 'Ústí nad Labem', region: 'Ústecký kraj' });
  org('university', 'Jan Evangelista Purkyně University', { country: 'CZ', city: 'Usti nad Labem' });
  org('agency', 'Regional Development Agency Pomurje', { country: 'SI' });
  org('agency2', 'Regionalna razvojna agencija Pomurje', {
    names: ['Regional Development Agency Pomurje d.o.o.'],
    country: 'SI',
  });
  org('cluster', 'Zelena Sinergija', { country: 'RO' });
  const take = (o: string, p: string, role: Role) =>
    graph.addEdge(o, p, { type: 'participates_in', role, sources: [] });
  take('council', 'p1', 'lead');
  take('council', 'p2', 'partner');
  take('university', 'p3', 'partner');
  take('agency', 'p1', 'partner');
  take('agency', 'p3', 'lead');
  take('agency', 'p2', 'associated');
  take('cluster', 'p2', 'partner');
  take('agency2', 'p2', 'partner');
  return graph;
}
