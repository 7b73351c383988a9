// Small reads of a Consortia graph shared by the cross-project finders.
import type { ConsortiaGraph, OrganisationAttributes } from '../types';
import type { Membership } from './types';

/** organisations.memberships: an organisation's projects with its role in each, sorted by project label. */
export function memberships(graph: ConsortiaGraph, organisation: string): Membership[] {
  const found = new Map<string, Membership>();
  graph.forEachOutEdge(organisation, (_edge, attributes, _source, target) => {
    if (attributes.type !== 'participates_in' || graph.getNodeAttribute(target, 'type') !== 'project') return;
    const role = attributes.role ?? 'partner';
    const previous = found.get(target);
    // One organisation listed twice in a project keeps its strongest role.
    const strength = { lead: 3, partner: 2, associated: 1 } as const;
    if (!previous || strength[role] > strength[previous.role])
      found.set(target, { project: target, projectLabel: graph.getNodeAttribute(target, 'label'), role });
  });
  return [...found.values()].sort((a, b) => a.projectLabel.localeCompare(b.projectLabel));
}

/** organisations.countryOf: the organisation's country code, from its attribute or a located_in edge. */
export function countryOf(graph: ConsortiaGraph, organisation: string): string | undefined {
  const attributes = graph.getNodeAttributes(organisation) as OrganisationAttributes;
  if (attributes.country) return attributes.country;
  for (const target of graph.outNeighbors(organisation)) {
    const node = graph.getNodeAttributes(target);
    if (
      node.type === 'country' &&
      graph.someOutEdge(organisation, (_e, a, _s, t) => t === target && a.type === 'located_in')
    )
      return node.code;
  }
  return undefined;
}

export function organisationKeys(graph: ConsortiaGraph): string[] {
  return graph.filterNodes((_key, attributes) => attributes.type === 'organisation');
}
