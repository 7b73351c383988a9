// Organisations in two or more projects: the repeat partners people come to find.
import { countryOf, memberships, organisationKeys } from './organisations';
import type { ConsortiaGraph } from '../types';
import type { RepeatPartner } from './types';

export interface RepeatPartnerOptions {
  /** Fewest projects to be listed. */
  minProjects: number;
}

export const DEFAULTS: RepeatPartnerOptions = { minProjects: 2 };

/** repeatPartners.repeatPartners: most projects first, then lead roles, then name. */
export function repeatPartners(
  graph: ConsortiaGraph,
  options: Partial<RepeatPartnerOptions> = {},
): RepeatPartner[] {
  const { minProjects } = { ...DEFAULTS, ...options };
  if (!(minProjects >= 1)) throw new Error('repeatPartners: minProjects must be at least 1');
  const leads = (p: RepeatPartner) => p.memberships.filter((m) => m.role === 'lead').length;
  return organisationKeys(graph)
    .map((organisation) => {
      const country = countryOf(graph, organisation);
      return {
        organisation,
        label: graph.getNodeAttribute(organisation, 'label'),
        ...(country ? { country } : {}),
        memberships: memberships(graph, organisation),
      };
    })
    .filter((partner) => partner.memberships.length >= minProjects)
    .sort(
      (a, b) =>
        b.memberships.length - a.memberships.length || leads(b) - leads(a) || a.label.localeCompare(b.label),
    );
}
