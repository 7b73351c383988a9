// Light stemmers: the Snowball algorithms where a well-kept package has them, else a suffix list.
import { newStemmer } from 'snowball-stemmers';

/** A Snowball stemmer (snowball-stemmers): "partnerjem" -> "partner". Input is folded to lower case. */
export function snowball(algorithm: string): (word: string) => string {
  const stemmer = newStemmer(algorithm);
  return (word) => stemmer.stem(word.toLowerCase());
}

/**
 * For languages no stemming package covers (Polish, Latvian, Estonian, Maltese): strips the longest of
 * `suffixes` that leaves at least `minStem` letters. Enough to meet case forms of role words and names.
 */
export function suffixStemmer(suffixes: string, minStem = 4): (word: string) => string {
  const list = suffixes
    .split(' ')
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  // Endings stack ("linnavalitsus-e", "vallavalitsus-e-ga"): strip until none is left, so every form of a
  // word comes to one stem.
  const once = (lower: string) => {
    for (const s of list)
      if (lower.endsWith(s) && lower.length - s.length >= minStem) return lower.slice(0, -s.length);
    return lower;
  };
  return (word) => {
    let stem = word.toLowerCase();
    for (let next = once(stem); next !== stem; next = once(stem)) stem = next;
    return stem;
  };
}

/** Splits a '|'-separated list: packs write their phrases this way to stay readable. */
export const w = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
