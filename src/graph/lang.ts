// Guesses the language of a quote (for the lang attribute) from letters only some languages use.
// Returns undefined when the text gives no clear sign; callers then leave lang unset.

const SIGNS: Array<[string, RegExp]> = [
  ['bg', /[\u0400-\u04FF]/u],
  ['cs', /[ěřůĚŘŮ]/u],
  ['pl', /[łąęśźżńŁĄĘŚŹŻŃ]/u],
  ['ro', /[ăşţșțĂŞŢȘȚ]|\b(?:din|și|proiect)\b/u],
  ['hu', /[őűŐŰ]/u],
  ['de', /[äöüßÄÖÜ]|\b(?:und|der|die|das)\b/u],
  ['sl', /\b(?:vodilni|partnerji|projekta|Slovenija|Avstrija|Nemčija)\b/u],
  ['sk', /[ľĺŕôĽĹŔÔ]/u],
];

export function guessLanguage(text: string): string | undefined {
  for (const [lang, sign] of SIGNS) if (sign.test(text)) return lang;
  return undefined;
}

/** One language per document: the most common guess over all its quotes (a quote alone is often short). */
export function documentLanguages(quotesByDoc: Map<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [doc, quotes] of quotesByDoc) {
    const votes = new Map<string, number>();
    for (const q of quotes) {
      const lang = guessLanguage(q);
      if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(doc, best[0]);
  }
  return out;
}
