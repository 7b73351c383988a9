// The pipeline's words: every pack's lists merged into phrase sets and patterns, built once.
import { foldText } from '../../graph/normalise';
import { PhraseSet, type Stem } from '../extract/words';
import { LANGUAGE_PACKS, type LanguagePack } from './index';

export interface Lexicon {
  partners: PhraseSet;
  lead: PhraseSet;
  associated: PhraseSet;
  notPartners: PhraseSet;
  organisations: PhraseSet;
  honorifics: PhraseSet;
  and: PhraseSet;
  articles: PhraseSet;
  from: PhraseSet;
  with: PhraseSet;
  by: PhraseSet;
  participate: PhraseSet;
  named: PhraseSet;
  copula: PhraseSet;
  period: PhraseSet;
  partnerCount: PhraseSet;
  status: PhraseSet;
  administeredBy: PhraseSet;
  institutions: PhraseSet;
  /** Stems of "project" at a word's start, and of "subproject". */
  project: RegExp;
  subproject: RegExp;
  within: PhraseSet;
  budget: PhraseSet;
  statusValues: Array<[string, PhraseSet]>;
  /** The short common words of every language, folded ("in", "und", "lisaks"). */
  stopwords: Set<string>;
  /** Folded month word -> 1..12. */
  months: Map<string, number>;
  /** Folded number word -> 2..12. */
  numbers: Map<string, number>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function stems(list: (p: LanguagePack) => string[]): RegExp {
  const all = [...new Set(LANGUAGE_PACKS.flatMap(list).map((s) => foldText(s)))].sort(
    (a, b) => b.length - a.length,
  );
  // The word and its endings ("projektu", "proiectului"), not a compound ("projektkoordinator").
  return new RegExp(`^(?:${all.map(escape).join('|')})\\p{L}{0,5}$`, 'u');
}

function build(): Lexicon {
  const set = (list: (p: LanguagePack) => string[]) => new PhraseSet(LANGUAGE_PACKS.flatMap(list));
  const months = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const pack of LANGUAGE_PACKS) {
    pack.months.forEach((forms, i) => {
      for (const f of forms.split(' ').filter(Boolean))
        if (!months.has(foldText(f))) months.set(foldText(f), i + 1);
    });
    pack.numbers.forEach((forms, i) => {
      for (const f of forms.split(' ').filter(Boolean))
        if (!numbers.has(foldText(f))) numbers.set(foldText(f), i + 2);
    });
  }
  return {
    partners: set((p) => p.partners),
    lead: set((p) => p.lead),
    associated: set((p) => p.associated),
    notPartners: set((p) => p.notPartners),
    organisations: set((p) => p.organisations),
    honorifics: set((p) => p.honorifics),
    and: set((p) => p.and),
    // Maltese "is-", "in-", "it-" join the next word; alone they are English "is", "in", "it".
    articles: set((p) => p.articles.filter((a) => !a.endsWith('-'))),
    from: set((p) => p.from),
    with: set((p) => p.with),
    by: set((p) => p.by),
    participate: set((p) => p.participate),
    named: set((p) => p.named),
    copula: set((p) => p.copula),
    period: set((p) => p.period),
    partnerCount: set((p) => p.partnerCount),
    status: set((p) => p.status),
    administeredBy: set((p) => p.administeredBy),
    institutions: set((p) => p.institutions),
    project: stems((p) => p.project),
    subproject: stems((p) => p.subproject),
    within: set((p) => p.within),
    budget: set((p) => p.budget),
    statusValues: (['completed', 'ongoing', 'planned'] as const).map((k) => [
      k,
      set((p) => p.statusValues[k]),
    ]),
    stopwords: new Set(LANGUAGE_PACKS.flatMap((p) => p.stopwords).map((w) => foldText(w))),
    months,
    numbers,
  };
}

let lexicon: Lexicon | undefined;

/** lexicon.getLexicon: the merged words of every pack (built on first use). */
export function getLexicon(): Lexicon {
  return (lexicon ??= build());
}

const stemmers = new WeakMap<LanguagePack, Stem>();

/** lexicon.stemmerOf: the pack's stemmer over folded words, remembered per word. */
export function stemmerOf(pack: LanguagePack): Stem {
  let stem = stemmers.get(pack);
  if (!stem) {
    const memo = new Map<string, string>();
    stem = (folded) => {
      let s = memo.get(folded);
      if (s === undefined) {
        s = foldText(pack.stem(folded));
        memo.set(folded, s);
      }
      return s;
    };
    stemmers.set(pack, stem);
  }
  return stem;
}
