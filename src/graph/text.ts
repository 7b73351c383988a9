// Folding text for search: the shared foldText (case, diacritics, Cyrillic to Latin), plus a light
// stem so inflected name forms meet ("Ústeckého" and "ustecky" both give "usteck").
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

/** Search term: folded and stemmed; null drops empty terms. */
export function searchTerm(term: string): string | null {
  const folded = foldText(term).replace(/[^\p{L}\p{N}+@]/gu, '');
  return folded ? lightStem(folded) : null;
}
