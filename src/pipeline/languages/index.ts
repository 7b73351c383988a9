// The language packs, and the pipeline's view of them: every pack's words folded into one lexicon
// (pages mix languages: an English "Lead Partner" on a Swedish page), plus the page's own pack first.
import { foldText } from '../../graph/normalise';
import { bg } from './bg';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { fi } from './fi';
import { fr } from './fr';
import { ga } from './ga';
import { hr } from './hr';
import { hu } from './hu';
import { it } from './it';
import { lt } from './lt';
import { lv } from './lv';
import { mt } from './mt';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { sk } from './sk';
import { sl } from './sl';
import { sv } from './sv';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

/** Every pack, in ISO 639-1 order. Adding a language is adding its pack here (and its fixture page). */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
];

const BY_NAME = new Map<string, LanguagePack>();
for (const pack of LANGUAGE_PACKS) {
  BY_NAME.set(pack.code, pack);
  for (const name of pack.names) BY_NAME.set(foldText(name), pack);
}

/** languages.packByName: the pack for "Slovenian", "slovenščina", "sl", or undefined. */
export function packByName(name: string): LanguagePack | undefined {
  return BY_NAME.get(foldText(name.trim())) ?? BY_NAME.get(name.trim().toLowerCase());
}

/**
 * languages.detectLanguage: the pack whose common short words a text uses most, or undefined when no
 * pack's words make up at least 4% of the text's words (a list of names, a table).
 */
export function detectLanguage(text: string): LanguagePack | undefined {
  const words = foldText(text).match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return undefined;
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: { pack: LanguagePack; score: number } | undefined;
  for (const pack of LANGUAGE_PACKS) {
    let score = 0;
    for (const stop of STOPWORDS.get(pack.code) ?? []) score += counts.get(stop) ?? 0;
    if (!best || score > best.score) best = { pack, score };
  }
  return best && best.score / words.length >= 0.04 ? best.pack : undefined;
}

const STOPWORDS = new Map(LANGUAGE_PACKS.map((p) => [p.code, new Set(p.stopwords.map(foldText))]));
