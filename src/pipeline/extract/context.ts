// The read-only view of one document every extraction step works from: its lines, its language and the
// words of every language pack.
import { detectLanguage, packByName, type LanguagePack } from '../languages';
import { en } from '../languages/en';
import { getLexicon, stemmerOf, type Lexicon } from '../languages/lexicon';
import { lines, sentences, type Segment } from '../segment';
import type { SourceDocument } from '../types';
import { PhraseSet, type Stem } from './words';

export interface Line extends Segment {
  /** Position among all lines of the document, blank ones included. */
  index: number;
}

export interface DocumentContext {
  readonly doc: SourceDocument;
  /** The page's language: its header, else the one its words tell, else English. */
  readonly pack: LanguagePack;
  /** The page language's stemmer, over folded words. */
  readonly stem: Stem;
  readonly lexicon: Lexicon;
  /** Every line of the readable text (blank lines are empty segments). */
  readonly lines: readonly Line[];
  /** The page's sentences in order, each with the lines it spans (a hard-wrapped paragraph's lines join). */
  readonly sentences: readonly Sentence[];
}

export interface Sentence extends Segment {
  /** Index of its first line. */
  line: number;
  /** Index of its last line. */
  lastLine: number;
}

/**
 * Whether a line runs on into the next: lines of a wrapped paragraph are long alike and the first closes no
 * sentence; a label line ("Duration: …") or an entry starts anew. Across a blank line, only mid-sentence.
 */
function runsOn(here: string, next: string, acrossBlank: boolean): boolean {
  if (
    !next ||
    /[.!?:;]$/.test(here) ||
    here.length < 60 ||
    /^[•·▪*–—-]/u.test(next) ||
    /^[^:]{1,40}:\s/.test(next)
  )
    return false;
  const lowerEnd = /\s\p{Ll}+$/u.test(here) || /^\p{Ll}/u.test(next);
  if (acrossBlank) return lowerEnd && next.length >= 30;
  return next.length >= 60 || /^\p{Ll}/u.test(next);
}

/**
 * Lines a hard-wrapped paragraph was cut into ("…la\nAgencia IDEA…"): a line that does not close a
 * sentence runs on when the next is long or opens in lower case.
 */
function paragraphs(all: Line[], text: string): Array<{ first: number; last: number; segment: Segment }> {
  const out: Array<{ first: number; last: number; segment: Segment }> = [];
  for (let i = 0; i < all.length; i += 1) {
    const line = all[i]!;
    if (!line.text) continue;
    let last = i;
    for (;;) {
      // A page double-spaced by its scraper ("… parkas iš\n\nŠvedijos, …") runs on across one blank line.
      const gap = all[last + 1]?.text === '' && all[last + 2]?.text ? 2 : 1;
      const next = all[last + gap];
      if (!next || !runsOn(all[last]!.text, next.text, gap === 2)) break;
      last += gap;
    }
    const end = all[last]!.start + all[last]!.text.length;
    out.push({ first: i, last, segment: { text: text.slice(line.start, end), start: line.start } });
    i = last;
  }
  return out;
}

/** context.makeContext: reads a document's lines and language once, for every step. */
export function makeContext(doc: SourceDocument): DocumentContext {
  const all = lines(doc.readable).map((l, index) => ({ ...l, index }));
  const pack = (doc.language && packByName(doc.language.value)) || detectLanguage(doc.readable) || en;
  const list: Sentence[] = [];
  for (const p of paragraphs(all, doc.readable)) {
    for (const s of sentences(p.segment)) {
      const line =
        all.findLast((l) => l.index >= p.first && l.index <= p.last && l.start <= s.start) ?? all[p.first]!;
      const lastLine =
        all.findLast((l) => l.index >= p.first && l.index <= p.last && l.start < s.start + s.text.length) ??
        line;
      list.push({ ...s, line: line.index, lastLine: lastLine.index });
    }
  }
  return { doc, pack, stem: stemmerOf(pack), lexicon: getLexicon(), lines: all, sentences: list };
}

/** Every sentence of the document in order. */
export function allSentences(ctx: DocumentContext): readonly Sentence[] {
  return ctx.sentences;
}

type WordList = Exclude<
  {
    [K in keyof LanguagePack]-?: NonNullable<LanguagePack[K]> extends string[] ? K : never;
  }[keyof LanguagePack],
  undefined
>;

const ownSets = new WeakMap<LanguagePack, Map<WordList, PhraseSet>>();

/**
 * context.ownWords: one list of the page language's own words ("un" is an article in French, "and" in
 * Latvian): for the words where another language's meaning would mislead.
 */
export function ownWords(ctx: DocumentContext, list: WordList): PhraseSet {
  const sets = ownSets.get(ctx.pack) ?? new Map<WordList, PhraseSet>();
  ownSets.set(ctx.pack, sets);
  let set = sets.get(list);
  if (!set) {
    set = new PhraseSet((ctx.pack[list] as string[] | undefined) ?? []);
    sets.set(list, set);
  }
  return set;
}
