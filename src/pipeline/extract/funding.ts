// Step 5, programmes and subprojects: a programme named in a sentence funds the project named before it
// (or the page's project); projects listed after a subproject word, or "X within Y", are parts of another.
import { findProgrammes } from '../../graph/programmes';
import type { DocumentExtraction } from '../types';
import { allSentences, type DocumentContext } from './context';
import { isNameLike } from './projectNames';
import type { FoundProjects } from './projects';
import { tokenize } from './words';

const FUNDING =
  /financ|finanţ|finanț|fund|förder|финанс|dofinans|program|програм|rahast|rahoit|støtte|stöd|subsid|támogat/iu;

// The EU's funds, in the languages of the corpus: "European Regional Development Fund", "Europäischer Fonds für
// regionale Entwicklung", "Fondo europeo di sviluppo regionale", "Europejski Fundusz Rozwoju Regionalnego" …
const FUND_WORD =
  /^(?:fund|fonds?|fondo|fundo|fundusz\w*|fondul|fondas|fonden|fondet|alap\w*|sklad\w*|rahasto|фонд\w*|ταμείο\w*|\w*fonds|\w*fond|\w*rahasto|\w*fondas)$/iu;
const FUND_ACRONYM =
  /^(?:ERDF|EFRE|FEDER|EFRR|ERFA|EFRD|ESF|FSE|EFS|ESF\+|ЕФРР|ΕΤΠΑ|EAFRD|ELER|FEADER|EMFF|EMFAF|IPA|ENI)$/u;

const UNION_WORD =
  /^(?:union\w*|união|unión|unione|unie|unia|unii|unija|unije|unio|unió|unioni|unionen|uniunea|únia|unjoni|savienība|savieniba|sąjunga|sajunga|liit|съюз|ένωση|ενωση|aontas|tAontas)$/iu;

/** A fund of the EU (or a programme) pays for projects; it takes no part in them. */
export function isFunder(name: string): boolean {
  const trimmed = name.trim();
  if (FUND_ACRONYM.test(trimmed)) return true;
  const programme = findProgrammes(trimmed)[0];
  if (programme && programme.index === 0 && programme.matched.length >= trimmed.length - 2) return true;
  const words = tokenize(trimmed).map((t) => t.text);
  const european = words.some((w) =>
    /^(?:europ|evrop|eiropas|euroop|európ|европ|ευρωπ|eorpach|ewrope)/iu.test(w),
  );
  // The Union itself ("União Europeia", "Europos Sąjunga", "Ευρωπαϊκή Ένωση") pays; it takes no part.
  if (european && words.length <= 3 && words.some((w) => UNION_WORD.test(w))) return true;
  return european && words.length <= 8 && words.some((w) => FUND_WORD.test(w));
}

export function readFunding(ctx: DocumentContext, found: FoundProjects): DocumentExtraction['fundings'] {
  const out: DocumentExtraction['fundings'] = [];
  for (const sentence of allSentences(ctx)) {
    const named = found.mentions.filter(
      (m) => m.start >= sentence.start && m.start < sentence.start + sentence.text.length,
    );
    const projectWord = tokenize(sentence.text).some((t) => ctx.lexicon.project.test(t.folded));
    for (const mention of findProgrammes(sentence.text)) {
      const at = sentence.start + mention.index;
      const before = named.filter((m) => m.end <= at).pop();
      const after = named.find((m) => m.start >= at);
      const anaphoric = projectWord || FUNDING.test(sentence.text);
      const project = before?.project ?? after?.project ?? (anaphoric ? found.main : -1);
      if (project < 0) continue;
      out.push({
        project,
        programme: mention.programme.slug,
        written: mention.matched,
        quote: sentence.text,
      });
    }
  }
  return out;
}

/** "subproiectelor … – TREC, STP şi SMEGoNet –", and "project X … within project Y". */
export function readSubprojects(
  ctx: DocumentContext,
  found: FoundProjects,
  add: (name: string, quote: string, at: { start: number; end: number }) => number,
): DocumentExtraction['partOf'] {
  const out: DocumentExtraction['partOf'] = [];
  const and = new RegExp(
    `\\s*,\\s*|\\s+(?:${ctx.pack.and
      .concat(['and'])
      .filter((w) => w !== '&')
      .join('|')}|şi|și)\\s+`,
    'u',
  );
  for (const sentence of allSentences(ctx)) {
    const tokens = tokenize(sentence.text);
    const word = tokens.find((t) => ctx.lexicon.subproject.test(t.folded));
    if (word) {
      const list = /[–—:]\s*([^–—:]+?)\s*(?:[–—]|$)/u.exec(sentence.text.slice(word.end));
      const items = list?.[1]?.split(and).filter(Boolean) ?? [];
      if (items.length >= 2 && items.every(isNameLike)) {
        const base = sentence.start + word.end + (list!.index ?? 0);
        const children = items.map((item) =>
          add(item.replace(/[.,;:]+$/, ''), sentence.text, { start: base, end: base }),
        );
        const parent =
          found.mentions.find(
            (m) =>
              m.start >= sentence.start &&
              m.start < sentence.start + sentence.text.length &&
              !children.includes(m.project),
          )?.project ?? found.main;
        for (const child of children)
          if (child !== parent && parent >= 0) out.push({ child, parent, quote: sentence.text });
      }
    }
    const within = ctx.lexicon.within.find(tokens, ctx.stem)[0];
    if (!within) continue;
    const at = sentence.start + tokens[within.from]!.start;
    const end = sentence.start + tokens[within.to - 1]!.end;
    const inSentence = found.mentions.filter(
      (m) => m.start >= sentence.start && m.start < sentence.start + sentence.text.length,
    );
    const child = inSentence.filter((m) => m.end <= at).pop();
    const parent = inSentence.find((m) => m.start >= end);
    if (child && parent && child.project !== parent.project && !out.some((o) => o.child === child.project))
      out.push({ child: child.project, parent: parent.project, quote: sentence.text });
  }
  return out;
}
