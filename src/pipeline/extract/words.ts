// Words of a text and phrases of the language packs found among them: folded, and where a language has a
// stemmer, matched on stems too, so "vodećeg partnera" meets "vodeći partner".
import { foldText } from '../../graph/normalise';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, Latin letters, no diacritics. */
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.][\p{L}](?=[.]))*/gu;

/** words.tokenize: the words of a text (letters and digits), with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ text: m[0], folded: foldText(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** A stemmer over folded words; words under five letters are compared whole. */
export type Stem = (folded: string) => string;

const MIN_STEMMED = 5;

export interface PhraseMatch {
  /** Index of the first and one past the last token matched. */
  from: number;
  to: number;
  phrase: string;
}

/**
 * A set of phrases ("lead partner", "chef de file") matched against tokens: a phrase matches where its
 * words follow one another, each equal when folded, or (five letters or more) of one stem.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Per stemmer: phrases by the stem of their first word. */
  private readonly byFirstStem = new WeakMap<Stem, Map<string, string[][]>>();
  readonly size: number;

  constructor(phrases: Iterable<string>) {
    const seen = new Set<string>();
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.folded);
      const key = words.join(' ');
      if (!words.length || seen.has(key)) continue;
      seen.add(key);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = seen.size;
  }

  /** The longest phrase starting at token `i`, as its length in tokens (0: none). */
  matchAt(tokens: readonly Token[], i: number, stem?: Stem): number {
    const first = tokens[i];
    if (!first) return 0;
    let candidates = this.byFirst.get(first.folded) ?? [];
    if (stem && first.folded.length >= MIN_STEMMED) {
      const stemmed = this.stemIndex(stem).get(stem(first.folded));
      if (stemmed) candidates = [...new Set([...candidates, ...stemmed])].sort((a, b) => b.length - a.length);
    }
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      if (words.every((w, k) => same(w, tokens[i + k]!.folded, stem))) return words.length;
    }
    return 0;
  }

  private stemIndex(stem: Stem): Map<string, string[][]> {
    let index = this.byFirstStem.get(stem);
    if (!index) {
      index = new Map();
      for (const [word, list] of this.byFirst) {
        if (word.length < MIN_STEMMED) continue;
        const key = stem(word);
        index.set(key, [...(index.get(key) ?? []), ...list]);
      }
      this.byFirstStem.set(stem, index);
    }
    return index;
  }

  /** Every match, left to right, the longest at each place, none overlapping. */
  find(tokens: readonly Token[], stem?: Stem): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const n = this.matchAt(tokens, i, stem);
      if (n) {
        out.push({
          from: i,
          to: i + n,
          phrase: tokens
            .slice(i, i + n)
            .map((t) => t.text)
            .join(' '),
        });
        i += n;
      } else i += 1;
    }
    return out;
  }

  /** True when some phrase occurs in the text. */
  occursIn(text: string, stem?: Stem): boolean {
    return this.find(tokenize(text), stem).length > 0;
  }

  /** True when the whole text is one phrase (punctuation aside). */
  isWhole(text: string, stem?: Stem): boolean {
    const tokens = tokenize(text);
    return tokens.length > 0 && this.matchAt(tokens, 0, stem) === tokens.length;
  }
}

function same(word: string, folded: string, stem?: Stem): boolean {
  if (word === folded) return true;
  return !!stem && word.length >= MIN_STEMMED && folded.length >= MIN_STEMMED && stem(word) === stem(folded);
}
