// Folding text for search: symbols read as the words people type for them, the shared foldText (case,
// diacritics, Cyrillic to Latin), plus a light stem so inflected name forms meet ("Ústeckého" and
// "ustecky" both give "usteck").
import { foldText } from './normalise';

export { foldText };

const ENDINGS = [
  'ego',
  'eho',
  'emu',
  'ych',
  'ymi',
  'ych',
  'ym',
  'ou',
  'ii',
  'ei',
  'y',
  'a',
  'e',
  'i',
  'o',
  'u',
];

/** Strips one common inflectional ending when at least four letters remain. */
export function lightStem(term: string): string {
  for (const ending of ENDINGS) {
    if (term.endsWith(ending) && term.length - ending.length >= 4) return term.slice(0, -ending.length);
  }
  return term;
}

/**
 * Symbols written inside names and the words typed for them: "Sm@rt" is read "smart", "SMART+" "smart
 * plus", "Fish & Chips" "fish and chips". Names and queries go through the same table, so either
 * spelling finds the other.
 */
const SYMBOL_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['@', 'a'],
  ['+', ' plus '],
  ['&', ' and '],
];

/** Spaces, punctuation and the remaining symbols (€, ©, |, …) end a word. */
const WORD_BREAK = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Search words of a name or a query, before folding: symbols read as words, split at breaks. */
export function searchWords(text: string): string[] {
  let read = text;
  for (const [symbol, word] of SYMBOL_WORDS) read = read.replaceAll(symbol, word);
  return read.split(WORD_BREAK).filter(Boolean);
}

/** Search term: folded and stemmed; null drops empty terms. */
export function searchTerm(term: string): string | null {
  const folded = foldText(term).replace(/[^\p{L}\p{N}]/gu, '');
  return folded ? lightStem(folded) : null;
}
