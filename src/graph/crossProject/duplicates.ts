// Likely duplicate organisations by name similarity, with the evidence, for a person to confirm.
import { countryOf, organisationKeys } from './organisations';
import type { ConsortiaGraph, OrganisationAttributes } from '../types';
import type { LikelyDuplicate } from './types';

export interface DuplicateOptions {
  /** Lowest similarity (0..1) to be listed. */
  threshold: number;
  /** Tokens shared by more organisations than this are too common to suggest a pair on their own. */
  commonToken: number;
}

export const DEFAULTS: DuplicateOptions = { threshold: 0.8, commonToken: 50 };

/** Words that say little about which organisation it is, in the languages of the sources. */
const STOPWORDS = new Set(
  'of the and for in on at a an de la le les des du di da do del della dei der die das und fur von zu ' +
    'za na i u w z ze v ve pri pro a o s sa si ot po na zu et en y e'.split(' '),
);

/** duplicates.normaliseName: lower case, no diacritics, punctuation as spaces, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(normalised: string): string[] {
  return [...new Set(normalised.split(' ').filter((t) => t.length > 1 && !STOPWORDS.has(t)))];
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** duplicates.similarity: the larger of token Jaccard and Sørensen–Dice on character bigrams. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = tokens(a);
  const tb = new Set(tokens(b));
  const shared = ta.filter((t) => tb.has(t)).length;
  const union = ta.length + tb.size - shared;
  const jaccard = union > 0 ? shared / union : 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const [gram, count] of ga) {
    overlap += Math.min(count, gb.get(gram) ?? 0);
    total += count;
  }
  for (const count of gb.values()) total += count;
  const dice = total > 0 ? (2 * overlap) / total : 0;
  return Math.max(jaccard, dice);
}

interface Candidate {
  key: string;
  label: string;
  country: string | undefined;
  names: string[];
}

/**
 * duplicates.likelyDuplicates: pairs of organisations whose closest names score at least `threshold`,
 * best first. Only pairs sharing a distinctive word or the first four letters are compared.
 */
export function likelyDuplicates(
  graph: ConsortiaGraph,
  options: Partial<DuplicateOptions> = {},
): LikelyDuplicate[] {
  const { threshold, commonToken } = { ...DEFAULTS, ...options };
  if (!(threshold > 0 && threshold <= 1)) throw new Error('duplicates: threshold must be in (0, 1]');
  const candidates: Candidate[] = organisationKeys(graph).map((key) => {
    const attributes = graph.getNodeAttributes(key) as OrganisationAttributes;
    const names = [...new Set([attributes.label, ...attributes.names].map(normaliseName).filter(Boolean))];
    return { key, label: attributes.label, country: countryOf(graph, key), names };
  });
  const blocks = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    const keys = new Set<string>();
    for (const name of candidate.names) {
      for (const token of tokens(name)) if (token.length > 2) keys.add(`t:${token}`);
      keys.add(`p:${name.replace(/ /g, '').slice(0, 4)}`);
    }
    for (const key of keys) blocks.set(key, [...(blocks.get(key) ?? []), i]);
  });
  const pairs = new Set<string>();
  for (const members of blocks.values()) {
    if (members.length > commonToken) continue;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) pairs.add(`${members[x]} ${members[y]}`);
  }
  const found: LikelyDuplicate[] = [];
  for (const pair of pairs) {
    const [i, j] = pair.split(' ').map(Number) as [number, number];
    const a = candidates[i]!;
    const b = candidates[j]!;
    let best = { score: -1, na: '', nb: '' };
    for (const na of a.names)
      for (const nb of b.names) {
        const score = similarity(na, nb);
        if (score > best.score) best = { score, na, nb };
      }
    if (best.score < threshold) continue;
    const tb = new Set(tokens(best.nb));
    found.push({
      a: a.key,
      b: b.key,
      labelA: a.label,
      labelB: b.label,
      normalisedA: best.na,
      normalisedB: best.nb,
      sharedTokens: tokens(best.na).filter((t) => tb.has(t)),
      score: best.score,
      sameCountry: a.country && b.country ? a.country === b.country : null,
    });
  }
  return found.sort((x, y) => y.score - x.score || x.labelA.localeCompare(y.labelA));
}
