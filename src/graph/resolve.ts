// Entity resolution: which mentions of organisations or projects name one real body. Browser-safe, so the
// CSV importer can merge rows the same way the pipeline merges documents.
import type { AliasBook } from './aliases';
import { foldText, nameKey } from './normalise';

export interface NameMention {
  /** Names that identify the body anywhere (full names, long forms). */
  names: string[];
  /** Names that identify it only within `scope` (acronyms, short forms of one page). */
  localNames?: string[];
  /** Where the mention comes from, e.g. a document name. */
  scope: string;
  /**
   * The names with each word reduced to its stem in the mention's language ("zagrebacka zupanij"): two
   * mentions of several words sharing one name the same body in another grammatical case.
   */
  stemmedNames?: string[];
}

export interface MergeReason {
  a: number;
  b: number;
  rule: string;
}

export interface Resolution {
  /** Group number of each mention; groups are numbered by their first mention. */
  groups: number[];
  reasons: MergeReason[];
}

const LEGAL_FORMS = new Set([
  'a s',
  's a',
  'ltd',
  'l t d',
  'gmbh',
  'e v',
  'o s',
  'd o o',
  's r o',
  'srl',
  'sp z o o',
  'ag',
  'plc',
]);
const SMALL_WORDS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'des',
  'du',
  'di',
  'a',
  'i',
  'e',
  'et',
  'und',
  'pro',
  'za',
  'na',
  'in',
]);

/** resolve.initialsMatch: "RRA ÚK" is made of the first letters of "Regionální rozvojová agentura Ústeckého kraje". */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = foldText(acronym).replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 10) return false;
  const head = (name.split(',')[0] ?? name).trim();
  const words = nameKey(head)
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w));
  const all = words.map((w) => w[0]).join('');
  const content = words
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
  return letters === all || letters === content;
}

/** An acronym: one or two short words written mostly in capitals ("RRA ÚK", "WRS", "SMEGoNET"). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  return (
    letters.length >= 2 &&
    letters.length <= 10 &&
    capitals.length / letters.length >= 0.6 &&
    name.split(/\s+/).length <= 2
  );
}

/**
 * resolve.resolveMentions: groups mentions that share a name key (case, diacritics and punctuation
 * folded), that an alias entry joins, or, within one scope, whose acronym spells another's initials.
 */
export function resolveMentions(mentions: NameMention[], aliases: AliasBook): Resolution {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const reasons: MergeReason[] = [];
  const union = (a: number, b: number, rule: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    reasons.push({ a, b, rule });
  };

  const aliasOf = new Map<string, number>();
  aliases.same.forEach((entry, i) => entry.names.forEach((n) => aliasOf.set(nameKey(n), i)));

  const byKey = new Map<string, number>();
  const byAlias = new Map<number, number>();
  mentions.forEach((mention, i) => {
    for (const name of mention.names) {
      const key = nameKey(name);
      if (!key) continue;
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else union(other, i, `same name "${name}" (case, diacritics and punctuation ignored)`);
      const alias = aliasOf.get(key);
      if (alias !== undefined) {
        const first = byAlias.get(alias);
        if (first === undefined) byAlias.set(alias, i);
        else union(first, i, `alias file line ${aliases.same[alias]!.line}: ${aliases.same[alias]!.comment}`);
      }
    }
  });

  const byStem = new Map<string, number>();
  mentions.forEach((mention, i) => {
    for (const stemmed of mention.stemmedNames ?? []) {
      if (stemmed.split(' ').length < 2) continue;
      const other = byStem.get(stemmed);
      if (other === undefined) byStem.set(stemmed, i);
      else union(other, i, `same name up to inflection ("${stemmed}")`);
    }
  });

  mentions.forEach((mention, i) => {
    const local = [...(mention.localNames ?? []), ...mention.names.filter(isAcronym)];
    mentions.forEach((other, j) => {
      if (i === j || other.scope !== mention.scope) return;
      for (const short of local) {
        const sameLocal = (other.localNames ?? []).some((n) => nameKey(n) === nameKey(short));
        if (sameLocal) union(i, j, `same short name "${short}" in one document`);
        else if (other.names.some((n) => !isAcronym(n) && initialsMatch(short, n))) {
          union(
            i,
            j,
            `"${short}" is made of the initials of "${other.names.find((n) => initialsMatch(short, n))}"`,
          );
        }
      }
    });
  });

  const roots = mentions.map((_, i) => find(i));
  const numbering = new Map<number, number>();
  const groups = roots.map((root) => {
    if (!numbering.has(root)) numbering.set(root, numbering.size);
    return numbering.get(root)!;
  });
  return { groups, reasons };
}
