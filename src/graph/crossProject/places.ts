// Countries, regions and cities present in several consortia, and which organisations bring them there.
import { countryOf, memberships, organisationKeys } from './organisations';
import type { ConsortiaGraph, OrganisationAttributes } from '../types';
import type { PlaceKind, SharedPlace } from './types';

export interface SharedPlaceOptions {
  /** Fewest projects a place must appear in. */
  minProjects: number;
}

export const DEFAULTS: SharedPlaceOptions = { minProjects: 2 };

/** places.placeKey: case- and diacritic-insensitive, so "Ústí" and "Usti" are one city. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * places.sharedPlaces: every country, region and city with organisations in at least `minProjects`
 * projects; places reached through different organisations first, then by number of projects.
 */
export function sharedPlaces(
  graph: ConsortiaGraph,
  options: Partial<SharedPlaceOptions> = {},
): SharedPlace[] {
  const { minProjects } = { ...DEFAULTS, ...options };
  if (!(minProjects >= 1)) throw new Error('places: minProjects must be at least 1');
  const found = new Map<string, SharedPlace>();
  for (const organisation of organisationKeys(graph)) {
    const attributes = graph.getNodeAttributes(organisation) as OrganisationAttributes;
    const country = countryOf(graph, organisation);
    const here: [PlaceKind, string | undefined][] = [
      ['country', country],
      ['region', attributes.region],
      ['city', attributes.city],
    ];
    const projects = memberships(graph, organisation).map((m) => m.project);
    for (const [kind, name] of here) {
      if (!name?.trim()) continue;
      // A region groups by its ISO 3166-2 code when known, so spellings of one region are one place.
      const key =
        kind === 'country'
          ? `country:${name}`
          : kind === 'region' && attributes.regionCode
            ? `region:${attributes.regionCode}`
            : `${kind}:${country ?? ''}:${placeKey(name)}`;
      let place = found.get(key);
      if (!place) {
        place = {
          kind,
          name: name.trim(),
          ...(kind !== 'country' && country ? { country } : {}),
          ...(kind === 'region' && attributes.regionCode ? { code: attributes.regionCode } : {}),
          projects: [],
          organisations: [],
          throughDifferentOrganisations: false,
          evidence: [],
        };
        found.set(key, place);
      }
      if (!place.organisations.includes(organisation)) place.organisations.push(organisation);
      for (const project of projects) {
        place.evidence.push({ organisation, project });
        if (!place.projects.includes(project)) place.projects.push(project);
      }
    }
  }
  const result = [...found.values()].filter((place) => place.projects.length >= minProjects);
  for (const place of result)
    place.throughDifferentOrganisations = place.evidence.some((a) =>
      place.evidence.some((b) => a.organisation !== b.organisation && a.project !== b.project),
    );
  return result.sort(
    (a, b) =>
      Number(b.throughDifferentOrganisations) - Number(a.throughDifferentOrganisations) ||
      b.projects.length - a.projects.length ||
      a.name.localeCompare(b.name),
  );
}
