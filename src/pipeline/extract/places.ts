// Where an organisation is when no country stands beside it: a country word in its name ("Upper Austrian
// Chamber"), a region ("Ústeckého kraje"), or a town ("Gemeente Knokke-Heist", "Univerza v Mariboru").
import { EUROPEAN_COUNTRY_CODES, findCountryWords } from '../../graph/countries';

const EUROPE = new Set<string>(EUROPEAN_COUNTRY_CODES);
import { matchRegions } from '../../graph/regions';
import { findCity } from '../knowledge/cities';
import type { CountryStatement } from '../types';
import type { DocumentContext } from './context';
import { hasOrganisationWord } from './names';
import { tokenize } from './words';

export interface InferredCountry {
  statement: CountryStatement;
  /** For the review: "read from the word …". */
  why: string;
}

/**
 * Capitalised words and pairs of them, the last first: towns close names more often than they open them.
 * Organisation words are no towns ("Klaster" is a village in Czechia, and the cluster word in Polish).
 */
function placeCandidates(ctx: DocumentContext, name: string): string[] {
  const words = tokenize(name).filter(
    (t) => /^\p{Lu}/u.test(t.text) && t.text.length >= 3 && !hasOrganisationWord(ctx, t.text),
  );
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const next = words[i + 1];
    const w = words[i]!;
    if (next && name.slice(w.end, next.start).trim().length <= 1) out.push(name.slice(w.start, next.end));
    out.push(w.text);
  }
  return out;
}

/** places.countryFromName: the country a name's own words tell, or undefined. */
export function countryFromName(
  ctx: DocumentContext,
  names: string[],
  quote: string,
): InferredCountry | undefined {
  for (const name of names) {
    // "Italo-Tedesca", "Tysk-Dansk": a compound of two countries says no single one.
    const [word] = findCountryWords(name).filter(
      (w) => !new RegExp(`[\\p{L}]-${w.matched}|${w.matched}-[\\p{L}]`, 'u').test(name),
    );
    if (word)
      return {
        statement: { code: word.code, written: word.matched, quote, how: 'name' },
        why: `read from the word "${word.matched}" in its name`,
      };
  }
  for (const name of names) {
    const region = matchRegions(name).find((r) => EUROPE.has(r.country));
    if (region && quote.includes(region.written))
      return {
        statement: { code: region.country, written: region.written, quote, how: 'name' },
        why: `read from the region "${region.written}" (${region.name}) in its name`,
      };
  }
  for (const name of names) {
    for (const words of placeCandidates(ctx, name)) {
      const city = findCity(words);
      if (city && quote.includes(words))
        return {
          statement: { code: city.country, written: words, quote, how: 'name' },
          why: `read from the town "${words}" (${city.name}) in its name`,
        };
    }
  }
  return undefined;
}
