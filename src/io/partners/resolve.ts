// The partner-table import resolves countries, organisations and programmes with the pipeline's own
// browser-safe tables (src/graph), so an imported table and the bundled graph agree on keys and names.
import countries from 'i18n-iso-countries';
import { EMPTY_ALIASES, type AliasBook } from '../../graph/aliases';
import {
  countryLabel as pipelineCountryLabel,
  resolveCountry as pipelineResolveCountry,
} from '../../graph/countries';
import { nameKey, slugify } from '../../graph/normalise';
import { findProgrammes } from '../../graph/programmes';

/**
 * ISO 3166-1 alpha-2 of a country name or code in any European language ("Česko", "EL", "Avstrija"),
 * or undefined. Beyond Europe, which the pipeline's table covers, exact ISO codes are still accepted
 * (CORDIS lists partners from the US or China by code).
 */
export function resolveCountry(text: string): string | undefined {
  const match = pipelineResolveCountry(text);
  if (match) return match.code;
  const code = text.trim();
  if (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) return code;
  if (/^[A-Z]{3}$/.test(code)) return countries.alpha3ToAlpha2(code) ?? undefined;
  return undefined;
}

export function countryLabel(code: string): string {
  return pipelineCountryLabel(code);
}

/** The key under which two spellings are one name (the pipeline's nameKey). */
export const normaliseName = nameKey;
export const slug = slugify;

/** A programme named in a cell: the pipeline's programme when it knows it, else one made from the name. */
export function resolveProgramme(name: string): { key: string; label: string } {
  const known = findProgrammes(name)[0];
  if (known) return { key: `programme:${known.programme.slug}`, label: known.programme.label };
  return { key: `programme:${slugify(name)}`, label: name };
}

/**
 * Organisation names joined by the reviewed alias file (data/aliases.txt): every name of an entry gets
 * the name key of the entry's first name; names the file gives a country get that country.
 */
export class OrganisationNames {
  private canonical = new Map<string, string>();
  private countries = new Map<string, string>();

  constructor(aliases: AliasBook = EMPTY_ALIASES) {
    for (const entry of aliases.same) {
      const first = entry.names[0];
      if (!first) continue;
      for (const name of entry.names) this.canonical.set(nameKey(name), nameKey(first));
    }
    for (const entry of aliases.countries) this.countries.set(nameKey(entry.name), entry.code);
  }

  /** The key part of an organisation node: `org:<slug>`, the same for every spelling of one body. */
  key(name: string): string {
    const key = nameKey(name);
    return `org:${(this.canonical.get(key) ?? key).replace(/ /g, '-') || 'unnamed'}`;
  }

  country(name: string): string | undefined {
    return this.countries.get(nameKey(name));
  }
}
