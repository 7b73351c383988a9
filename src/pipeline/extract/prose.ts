// Step 3, read prose: partners named in running sentences. A sentence takes part when it has a cue of some
// language (partner, lead, participate, "in partnership with", "implemented by"); each cue governs the
// clause after it (and a verb or role the subject before it), and the clause's names are read one by one.
import { findCountryWords, resolveCountry } from '../../graph/countries';
import { countryInWords, countryTag, countryWord } from './places';
import type { Role } from '../../graph/types';
import type { CountryStatement } from '../types';
import { allSentences, ownWords, type DocumentContext, type Sentence } from './context';
import { foldText } from '../../graph/normalise';
import { findProgrammes } from '../../graph/programmes';
import { initialsMatch } from '../../graph/resolve';
import { hasOrganisationWord, isAcronym, isOrganisationName } from './names';
import { projectNamedIn } from './blocks';
import { localKey, type FoundProjects } from './projects';
import { splitNames, type Piece } from './split';
import { tokenize, type PhraseMatch, type Token } from './words';

export interface ProseEntry {
  /** The name as the sentence writes it, with what follows it in its piece (a role, a country). */
  raw: string;
  /** The sentence. */
  quote: string;
  role: Role;
  project: number;
  country?: CountryStatement;
  /** Offset of the name in the document. */
  start: number;
  /** Named after "by" ("implemented by", "derulat de"): the lead when the page names no other. */
  carrier?: boolean;
}

type CueKind = 'lead' | 'associated' | 'partner' | 'participate' | 'with' | 'by' | 'exclude';

interface Cue {
  kind: CueKind;
  from: number;
  to: number;
  /** A postposition: it speaks of the name before it ("X:n vetämässä hankkeessa"). */
  after?: boolean;
  /** No word of the sentence says partner: its names, each with a country in parentheses, do. */
  tagged?: boolean;
}

function cuesOf(ctx: DocumentContext, tokens: Token[], text: string): Cue[] {
  const { lexicon: lx, stem } = ctx;
  const found: Cue[] = [];
  const take = (kind: CueKind, matches: PhraseMatch[]) => {
    for (const m of matches)
      if (!found.some((c) => c.from < m.to && m.from < c.to)) found.push({ kind, from: m.from, to: m.to });
  };
  // "pārstāvji no … partnerinstitūciju", "representatives of all partners": representatives of partners.
  const compounds = partnerCompounds(tokens);
  const partnerAt = new Set([...lx.partners.find(tokens, stem), ...compounds].map((m) => m.from));
  take(
    'exclude',
    lx.notPartners
      .find(tokens, stem)
      .filter((m) => ![0, 1, 2, 3].some((d) => partnerAt.has(m.to + d) || partnerAt.has(m.from - 1 - d))),
  );
  take('associated', lx.associated.find(tokens, stem));
  for (const m of ownWords(ctx, 'leadAfter').find(tokens, stem))
    if (!found.some((c) => c.from < m.to && m.from < c.to))
      found.push({ kind: 'lead', from: m.from, to: m.to, after: true });
  take(
    'lead',
    lx.lead
      .find(tokens, stem)
      // A bare "leader" is a role when a verb of being follows ("il cui leader è il CORILA").
      .filter(
        (m) =>
          !/^(?:lead|leader|leaders|lider|líder|LP)$/i.test(m.phrase) ||
          m.phrase === 'leaders' ||
          lx.copula.matchAt(tokens, m.to) > 0 ||
          (m.from > 0 && lx.copula.matchAt(tokens, m.from - 1) === 1),
      ),
  );
  // One short word is a cue in the page's own language only ("koos" in Estonian, "mit" in German).
  take('with', [
    ...lx.with.find(tokens, stem).filter((m) => m.to - m.from > 1),
    ...lx.with.find(tokens).filter((m) => m.to - m.from === 1 && m.phrase.length >= 5),
    ...ownWords(ctx, 'with')
      .find(tokens)
      .filter((m) => m.to - m.from === 1 && m.phrase.length >= 3 && /^\p{Ll}/u.test(tokens[m.from]!.text)),
  ]);
  take(
    'by',
    lx.by.find(tokens, stem).filter((m) => m.to - m.from > 1 || /^(?:przez|durch)$/i.test(m.phrase)),
  );
  // A verb inside a sentence is in lower case: "Desarrollo" in "Fondo Europeo de Desarrollo" is a name's.
  take(
    'participate',
    lx.participate.find(tokens, stem).filter((m) => m.from === 0 || /^\p{Ll}/u.test(tokens[m.from]!.text)),
  );
  // A capitalised partner word inside a sentence is a name's ("il Consorzio di Bonifica …").
  take(
    'partner',
    [...lx.partners.find(tokens, stem), ...compounds]
      .sort((a, b) => a.from - b.from)
      .filter(
        (m) =>
          m.from === 0 ||
          !/^\p{Lu}/u.test(tokens[m.from]!.text) ||
          !hasOrganisationWord(ctx, tokens[m.from]!.text),
      ),
  );
  // Inside parentheses a word explains ("il CORILA (consorzio per …)"); only a role there says something.
  const inside = (c: Cue) => {
    const upTo = text.slice(0, tokens[c.from]?.start ?? 0);
    return (upTo.match(/\(/g) ?? []).length > (upTo.match(/\)/g) ?? []).length;
  };
  return found
    .filter((c) => c.kind === 'lead' || c.kind === 'associated' || !inside(c))
    .sort((a, b) => a.from - b.from);
}

/**
 * "partnerinstitūciju", "Partnerorganisationen", "partnerorganisaties": a word in a compounding language
 * that starts with "partner" speaks of partners.
 */
function partnerCompounds(tokens: Token[]): PhraseMatch[] {
  return tokens.flatMap((t, i) =>
    /^partner\p{L}{5,}$/u.test(t.folded) && !/^partner(?:ship|schaft|skab|skap|stw)/u.test(t.folded)
      ? [{ from: i, to: i + 1, phrase: t.text }]
      : [],
  );
}

/**
 * Where a name starts in a piece of a sentence: its first capitalised word (or acronym, or opening quote).
 * A small word that opens the sentence ("In addition to", "Uz", "Lisaks") is not a name's first word, nor
 * a country before the organisation in parentheses ("България (Агенция …)").
 */
function nameStart(ctx: DocumentContext, piece: string): number {
  const start = firstNameWord(ctx, piece);
  return start < 0 ? start : anchored(ctx, piece, start);
}

/**
 * The name runs up to its organisation word without a verb, an article or a preposition of taking part
 * in between: "Darüber hinaus ist der Salzburger Gemeindeverband" starts at "Salzburger".
 */
function anchored(ctx: DocumentContext, piece: string, start: number): number {
  const tokens = tokenize(piece);
  const i0 = tokens.findIndex((t) => t.start >= start);
  const k = tokens.findIndex((t, i) => i >= i0 && hasOrganisationWord(ctx, t.text));
  if (i0 < 0 || k <= i0) return start;
  const { lexicon: lx } = ctx;
  for (let j = k - 1; j > i0; j -= 1) {
    // A capitalised word is the name's ("TISBI Vadības universitāte": Management, not "under the lead of").
    const stop =
      /^\p{Ll}/u.test(tokens[j]!.text) &&
      [lx.copula, ownWords(ctx, 'articles'), lx.participate, lx.with, lx.by].some(
        (set) => set.matchAt(tokens, j, ctx.stem) > 0,
      );
    if (!stop) continue;
    const next = tokens.slice(j + 1, k + 1).find((t, n) => /^[\p{Lu}\p{N}]/u.test(t.text) || j + 1 + n === k);
    if (!next) return start;
    const q = /[„“"«]$/.exec(piece.slice(0, next.start));
    return q ? next.start - 1 : next.start;
  }
  return start;
}

/**
 * A name written the way organisations brand themselves, with capitals inside ("IHCantabria", "isardSAT",
 * "IGN-FI"): with its country after it, a name without an organisation word in a sentence no partner word
 * governs ("Monfragüe (España)" there is a park).
 */
const BRAND = /\p{Ll}\p{Lu}|\p{Lu}{2}/u;

/** A word that may open a name: a capital, a digit, or a brand's lower-case start ("isardSAT", "adwäisEO"). */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]|\p{Ll}{3,}\p{Lu})/u;

function firstNameWord(ctx: DocumentContext, piece: string): number {
  const tokens = tokenize(piece);
  for (const [i, t] of tokens.entries()) {
    // "la contea Croata di Vukovar", "la municipalità di Kotor": an organisation noun in lower case opens it.
    if (
      /^\p{Ll}/u.test(t.text) &&
      hasOrganisationWord(ctx, t.text) &&
      tokens.slice(i + 1, i + 4).some((n) => /^\p{Lu}/u.test(n.text)) &&
      !tokens.slice(0, i).some((p) => /^\p{Lu}/u.test(p.text) && !isSmallWord(ctx, tokens, tokens.indexOf(p)))
    )
      return t.start;
    if (!NAME_WORD.test(t.text)) continue;
    if (isSmallWord(ctx, tokens, i)) continue;
    // "Από την Ιταλική πλευρά": a country's adjective opens a name only when an organisation word follows.
    if (
      countryWord(t.text) &&
      !hasOrganisationWord(ctx, piece.slice(t.end)) &&
      !/^\s*[(:–—-]/.test(piece.slice(t.end))
    )
      continue;
    if (resolveCountry(t.text) && !isAcronym(t.text) && /^\s*[(:–—-]/.test(piece.slice(t.end)))
      return t.start;
    if (resolveCountry(t.text) && !isAcronym(t.text) && !tokens[i + 1]) continue;
    // A quote or an article right before the capital belongs to the name ("„Olza”", "l’Università").
    const before = piece.slice(0, t.start);
    const q = /[„“"«]$/.exec(before);
    return q ? t.start - 1 : t.start;
  }
  return -1;
}

/**
 * A capitalised word that is a small word of some language ("In", "Uz", "Con", "Lisaks"): a sentence's
 * first word, not a name's. Articles stay: "The Aragonese Federation …" is written so.
 */
function isSmallWord(ctx: DocumentContext, tokens: Token[], i: number): boolean {
  const { lexicon: lx } = ctx;
  if (lx.articles.matchAt(tokens, i) > 0) return false;
  return (
    [lx.with, lx.by, lx.from, lx.copula, lx.and].some((set) => set.matchAt(tokens, i) > 0) ||
    lx.stopwords.has(tokens[i]!.folded)
  );
}

/** The country words a piece of context names ("na slovenskoj strani", "από την Ελληνική πλευρά"). */
function contextCountry(text: string, quote: string): CountryStatement | undefined {
  // "entidades de España y Portugal como …": context that names two countries gives neither.
  if (new Set(findCountryWords(text).map((m) => m.code)).size > 1) return undefined;
  const word = countryInWords(text);
  return word ? { code: word.code, written: word.written, quote, how: 'heading' } : undefined;
}

/** The subject up to its verb: "RRA ÚK je zatím jediný" -> "RRA ÚK", "Klaster Lifescience jest" -> "Klaster Lifescience". */
function beforeVerb(ctx: DocumentContext, text: string): string {
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i += 1) {
    if (ctx.lexicon.copula.matchAt(tokens, i) || ctx.lexicon.participate.matchAt(tokens, i, ctx.stem))
      return text.slice(0, tokens[i]!.start).trim();
  }
  return text;
}

/**
 * A name in capitals followed by words in lower case ("Τμήμα Πολιτικής Προστασίας αυτής", "Mission
 * Opérationnelle Transfrontalière (MOT) basée à Paris"): the tail is the sentence, not the name. A name in
 * sentence case ("Muzejski dokumentacijski centar") keeps its words.
 */
function withoutTail(ctx: DocumentContext, raw: string): string {
  const tokens = tokenize(raw);
  const capitals = tokens.filter((t) => /^[\p{Lu}\p{N}]/u.test(t.text)).length;
  if (capitals < 2) return withoutVerb(ctx, raw, tokens);
  let end = tokens.length;
  while (
    end > 1 &&
    /^\p{Ll}/u.test(tokens[end - 1]!.text) &&
    !hasOrganisationWord(ctx, tokens[end - 1]!.text)
  )
    end -= 1;
  if (end === tokens.length) return raw;
  // Lower-case words between capitals belong to the name ("Universidad de Sevilla").
  const cut = raw.slice(0, tokens[end - 1]!.end);
  const rest = raw.slice(tokens[end - 1]!.end);
  const open = (cut.match(/\(/g) ?? []).length > (cut.match(/\)/g) ?? []).length;
  return /^\s*\(/.test(rest) || open ? raw.slice(0, rest.indexOf(')') + tokens[end - 1]!.end + 1) : cut;
}

/**
 * "Baldone linnavalitsusega tugevdavad": a name that ends in its organisation noun in lower case, then a
 * word or two that are no preposition or article (a verb), ends at the noun.
 */
function withoutVerb(ctx: DocumentContext, raw: string, tokens: Token[]): string {
  // "MENEA-u u provedbu projekta": an acronym, inflected, then words in lower case.
  const head = tokens[0];
  if (
    head &&
    isAcronym(head.text.replace(/-\p{Ll}{1,3}$/u, '')) &&
    tokens.length > 1 &&
    tokens.slice(1).every((t) => /^\p{Ll}/u.test(t.text))
  )
    return raw.slice(0, head.end);
  const noun = tokens.findLastIndex((t) => hasOrganisationWord(ctx, t.text));
  const after = tokens.slice(noun + 1);
  const small = (t: Token) =>
    ctx.lexicon.stopwords.has(t.folded) ||
    ctx.lexicon.from.isWhole(t.folded) ||
    ctx.lexicon.articles.isWhole(t.folded);
  if (
    noun < 1 ||
    !after.length ||
    after.length > 2 ||
    after.some((t) => !/^\p{Ll}/u.test(t.text) || small(t))
  )
    return raw;
  return raw.slice(0, tokens[noun]!.end);
}

/** "Tornion kaupungin kanssa": a postposition or a verb after the name is no part of it. */
function withoutTrailingSmall(ctx: DocumentContext, raw: string): string {
  const tokens = tokenize(raw);
  const { lexicon: lx } = ctx;
  let end = tokens.length;
  while (end > 1) {
    const t = tokens[end - 1]!;
    const small =
      /^\p{Ll}/u.test(t.text) &&
      [lx.with, lx.by, lx.copula, lx.participate].some((set) => set.matchAt(tokens, end - 1) === 1);
    if (!small) break;
    end -= 1;
  }
  return end === tokens.length ? raw : raw.slice(0, tokens[end - 1]!.end);
}

/**
 * A name without an organisation word stands when the sentence says what it is right after it:
 * "Destination Sydvestjylland som partner", "Gate 21 as lead partner".
 */
function namedAsPartner(ctx: DocumentContext, text: string, end: number, name: string): boolean {
  const capitals = tokenize(name).filter((t) => /^[\p{Lu}\p{N}]/u.test(t.text)).length;
  if (capitals < 2 || !/^\p{Lu}/u.test(name)) return false;
  const after = tokenize(text.slice(end)).slice(0, 5);
  const as = ctx.lexicon.copula.matchAt(after, 0);
  const { lexicon: lx } = ctx;
  return as > 0 && [lx.partners, lx.lead, lx.associated].some((set) => set.matchAt(after, as, ctx.stem) > 0);
}

/**
 * "Cámara de Comercio de Sevilla en el Club Cámara Antares": a preposition with an article after a name
 * says where, not who.
 */
function withoutPlace(ctx: DocumentContext, raw: string): string {
  const tokens = tokenize(raw);
  for (let i = 2; i + 1 < tokens.length; i += 1) {
    const prep = ctx.lexicon.from.matchAt(tokens, i);
    if (
      prep &&
      ctx.lexicon.articles.matchAt(tokens, i + prep) &&
      /^\p{Lu}/u.test(tokens[i + prep + 1]?.text ?? '')
    )
      return raw.slice(0, tokens[i]!.start).trim();
  }
  return raw;
}

/** A project's own name, or a name opened by a project word, is no organisation. */
function isProjectName(ctx: DocumentContext, found: FoundProjects, text: string): boolean {
  const first = tokenize(text)[0];
  if (first && ctx.lexicon.project.test(first.folded)) return true;
  const key = ` ${localKey(text)} `;
  // A piece of a project's long name ("VIAGGIO MULTICULTURALE TRA ITALIA") is the project's.
  if (
    key.trim().split(' ').length >= 2 &&
    found.projects.some((p) => p.names.some((n) => ` ${localKey(n)} `.includes(key)))
  )
    return true;
  const named = found.projects.some((p) =>
    p.names.some((n) => localKey(n).length > 2 && key.includes(` ${localKey(n)} `)),
  );
  return (
    named &&
    (key
      .trim()
      .startsWith(
        localKey(
          found.projects.find((p) => p.names.some((n) => key.includes(` ${localKey(n)} `)))!.names[0]!,
        ),
      ) ||
      !hasOrganisationWord(ctx, text))
  );
}

/**
 * The part of a sentence on lines no list used: a list's last entry and the sentence after it may have
 * been read as one wrapped paragraph ("… – associated partner" / "Cork County Council is also …").
 */
function unusedPart(ctx: DocumentContext, s: Sentence, used: ReadonlySet<number>): Sentence | undefined {
  const lines = linesOf(s);
  if (!lines.some((l) => used.has(l))) return s;
  const lastUsed = Math.max(...lines.filter((l) => used.has(l)));
  if (lastUsed >= s.lastLine) return undefined;
  const line = ctx.lines[lastUsed + 1]!;
  const at = line.start - s.start;
  return { text: s.text.slice(at), start: line.start, line: line.index, lastLine: s.lastLine };
}

const linesOf = (s: { line: number; lastLine: number }) =>
  Array.from({ length: s.lastLine - s.line + 1 }, (_, i) => s.line + i);

/** The programme families of cooperation projects, however a page goes on to name the programme. */
const PROGRAMME_FAMILY =
  /\b(?:Interreg|INTERREG|Erasmus\+?|Horizon 2020|Horizon Europe|Horizont 2020)(?!\p{L})/u;

/** Names each followed by its country in parentheses that make a sentence a list of partners. */
const COUNTRY_TAGGED_LIST = 3;

/** How many names in a sentence have a country in parentheses after them ("IHCantabria (Spain)"). */
function countryTagged(text: string): number {
  return [...text.matchAll(/(?:\p{Lu}|\p{Ll}{3,}\p{Lu})[^,;()]*?\s*\([^()]{2,60}\)/gu)].filter((m) =>
    countryTag(m[0]),
  ).length;
}

/** prose.readProse: partners named in the sentences of lines no list used. */
export function readProse(
  ctx: DocumentContext,
  found: FoundProjects,
  used: ReadonlySet<number>,
): ProseEntry[] {
  const out: ProseEntry[] = [];
  let carry: { role: Role; line: number } | undefined;
  for (const whole of allSentences(ctx)) {
    const sentence = unusedPart(ctx, whole, used);
    if (!sentence) continue;
    const tokens = tokenize(sentence.text);
    let cues = cuesOf(ctx, tokens, sentence.text);
    // "A (Spain), B (Ireland) and C (France) …, led by A": names each with its country are a consortium's.
    if (
      countryTagged(sentence.text) >= COUNTRY_TAGGED_LIST &&
      !cues.some((c) => c.kind === 'partner' || c.kind === 'participate')
    )
      cues = [{ kind: 'partner', from: 0, to: 0, tagged: true }, ...cues];
    if (!cues.length) {
      // "… a consortium of three partners. These are A from Sweden, B and C.": the cue in the sentence before.
      if (carry && sentence.line <= carry.line) cues = [{ kind: 'partner', from: 0, to: 0 }];
      else continue;
    }
    carry = undefined;
    // Taking part in a meeting or a conference is not taking part in a project: a verb of taking part
    // counts where the sentence also names a project or speaks of partners.
    // A sentence that names the programme funding the work speaks of the project too ("Vykdomas pagal
    // Interreg … programą drauge su …").
    const aboutProject =
      tokens.some((t) => ctx.lexicon.project.test(t.folded)) ||
      PROGRAMME_FAMILY.test(sentence.text) ||
      findProgrammes(sentence.text).length > 0 ||
      found.mentions.some(
        (m) => m.start >= sentence.start && m.start < sentence.start + sentence.text.length,
      );
    cues = cues.filter(
      (c) =>
        (c.kind !== 'participate' && c.kind !== 'with' && c.kind !== 'by') ||
        aboutProject ||
        cues.some((o) => o.kind === 'partner' || o.kind === 'lead'),
    );
    if (!cues.length) continue;
    const project = sentenceProject(ctx, found, sentence);
    // A page that names no project at all: the project its title or address names (fallbackProject).
    if (project < 0 && found.projects.length) continue;
    const before = out.length;
    readClauses(ctx, found, sentence, tokens, cues, project, out);
    if (out.length === before && cues.some((c) => c.kind === 'partner' || c.kind === 'participate'))
      carry = { role: 'partner', line: sentence.lastLine };
  }
  return out;
}

/**
 * The project a sentence speaks of: one it names, else the page's ("this project"), else one named before
 * it on its line (its paragraph) or before that.
 */
function sentenceProject(ctx: DocumentContext, found: FoundProjects, sentence: Sentence): number {
  const { start, text } = sentence;
  const lineStart = ctx.lines[sentence.line]!.start;
  const own = found.mentions.find((m) => m.start >= start && m.start < start + text.length);
  if (own) return own.project;
  const named = projectNamedIn(found, text);
  if (named !== undefined) return named;
  // The paragraph's subject: the first project its earlier sentences name ("The Belt projektet modtager …
  // Den ledende partner er …").
  const before = found.mentions.filter((m) => m.start < start);
  const paragraph = before.find((m) => m.start >= lineStart);
  if (paragraph) return paragraph.project;
  // A section under a heading that names a project ("Projektas „Waterman“"): that project.
  const heading = before.findLast((m) => m.project !== found.main && isHeading(ctx, m));
  if (heading && found.projects.length > 1) {
    const later = before.filter((m) => m.start > heading.start);
    if (later.every((m) => m.project === heading.project)) return heading.project;
  }
  if (found.main >= 0) return found.main;
  return before.pop()?.project ?? (found.projects.length === 1 ? 0 : -1);
}

/** The line an offset falls on (lines are in document order). */
function lineAt(
  lines: DocumentContext['lines'],
  offset: number,
): DocumentContext['lines'][number] | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (offset < line.start) hi = mid - 1;
    else if (offset > line.start + line.text.length) lo = mid + 1;
    else return line;
  }
  return undefined;
}

/** A short line of its own that is a project word and the name ("Projektas „Waterman“", "Project X"). */
function isHeading(ctx: DocumentContext, mention: { start: number; end: number }): boolean {
  const line = lineAt(ctx.lines, mention.start);
  if (!line) return false;
  const before = tokenize(line.text.slice(0, mention.start - line.start));
  const after = line.text.slice(mention.end - line.start).trim();
  return before.length === 1 && ctx.lexicon.project.test(before[0]!.folded) && /^[“”"»«]?$/.test(after);
}

/**
 * A role cue said of the name before it ("X – chef de file", "X (lider de proiect)", "X kao vodećeg
 * partnera"): it opens no clause; the name it follows takes its role.
 */
function isAnnotation(
  ctx: DocumentContext,
  text: string,
  tokens: Token[],
  cue: Cue,
  projectEnds: readonly number[],
): boolean {
  if (cue.kind !== 'lead' && cue.kind !== 'associated') return false;
  if (cue.from === 0) return false;
  if (cue.after) return true;
  const upTo = text.slice(0, tokens[cue.from]!.start);
  if ((upTo.match(/\(/g) ?? []).length > (upTo.match(/\)/g) ?? []).length) return true;
  const before = text.slice(tokens[cue.from - 1]!.end, tokens[cue.from]!.start);
  // "«Song and Dance Festivals» - juhtpartner MTÜ …": after a project's name the role opens a clause.
  const afterProject = projectEnds.some((end) =>
    /^[»”"“]?\s*[–—:-]\s*$/.test(text.slice(end, tokens[cue.from]!.start)),
  );
  if (/[–—(,-]\s*$/.test(before)) return !afterProject;
  const previous = tokens[cue.from - 1]!;
  return (
    ctx.lexicon.copula.matchAt(tokens, cue.from - 1) === 1 &&
    /^(?:as|als|kao|come|comme|como|jako|ako|kot|ca|ως|като|kaip|kā|kui|som)$/i.test(previous.text)
  );
}

interface Clause {
  from: number;
  to: number;
  cue: Cue;
  /** The clause is the subject before its cue ("X partecipa al progetto", "RRA ÚK je … vedoucím partnerem"). */
  subject: boolean;
}

function clausesOf(
  ctx: DocumentContext,
  text: string,
  tokens: Token[],
  cues: Cue[],
  projectEnds: readonly number[],
): Clause[] {
  const clauses: Clause[] = [];
  const governing = cues.filter((c) => !isAnnotation(ctx, text, tokens, c, projectEnds));
  const first = governing[0];
  if (!first) return [{ from: 0, to: text.length, cue: { kind: 'partner', from: 0, to: 0 }, subject: false }];
  const firstAt = first.from === first.to ? 0 : tokens[first.from]!.start;
  if (firstAt > 0 && first.kind !== 'exclude' && first.kind !== 'by' && first.kind !== 'with')
    clauses.push({ from: 0, to: firstAt, cue: first, subject: true });
  else if (firstAt > 0 && first.kind === 'with') {
    // "vom Institut … e.V. (Leadpartner) aus Frankfurt zusammen mit …": a role in parentheses marks a
    // name before "with" as a partner too.
    const role = cues.find(
      (c) => (c.kind === 'lead' || c.kind === 'associated') && c.from < first.from && c !== first,
    );
    if (role && /\(\s*$/.test(text.slice(0, tokens[role.from]!.start)))
      clauses.push({ from: 0, to: firstAt, cue: role, subject: true });
  }
  const after = new Set((ctx.pack.withAfter ?? []).map((w) => foldText(w)));
  governing.forEach((cue, i) => {
    const from = cue.from === cue.to ? 0 : tokens[cue.to - 1]!.end;
    const next = governing[i + 1];
    // A postposition governs the names before it: "a Kisalföldi Innovációs Klaszterrel együttműködésben".
    if (
      cue.kind === 'with' &&
      after.has(
        tokens
          .slice(cue.from, cue.to)
          .map((t) => t.folded)
          .join(' '),
      ) &&
      i === 0 &&
      firstAt > 0
    )
      clauses.push({ from: 0, to: firstAt, cue: { ...cue, kind: 'participate' }, subject: true });
    clauses.push({ from, to: next ? tokens[next.from]!.start : text.length, cue, subject: false });
  });
  return clauses;
}

function readClauses(
  ctx: DocumentContext,
  foundProjects: FoundProjects,
  sentence: { text: string; start: number },
  tokens: Token[],
  cues: Cue[],
  project: number,
  out: ProseEntry[],
) {
  const text = sentence.text;
  const projectEnds = foundProjects.mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.start + text.length)
    .map((m) => m.end - sentence.start);
  const annotations = cues.filter((c) => isAnnotation(ctx, text, tokens, c, projectEnds));
  let country: CountryStatement | undefined;
  for (const clause of clausesOf(ctx, text, tokens, cues, projectEnds)) {
    const cue = clause.cue;
    if (cue.kind === 'exclude') continue;
    const body = text.slice(clause.from, clause.to);
    const offset = clause.from;
    // A colon in a clause separates like a semicolon: "… sono, per la parte slovena: la CAN Costiera, …",
    // "Partnerem Wiodącym SMART+: The Aragonese …"; the words before it are context.
    const pieces = splitNames(ctx, body, 'prose');
    const found: Array<(ProseEntry & { piece: number; words: number }) | undefined> = pieces.map(
      (piece, n) => {
        const read = readPiece(ctx, foundProjects, text, tokens, clause, annotations, pieces, n, offset);
        if (read.country) country = read.country;
        if (!read.raw) return undefined;
        const entry: ProseEntry & { piece: number; words: number } = {
          raw: read.raw,
          quote: text,
          role: read.role ?? 'partner',
          project,
          start: sentence.start + read.start,
          piece: n,
          words: read.wordsBefore,
        };
        if (country) entry.country = country;
        if (cue.kind === 'by' && !clause.subject) entry.carrier = true;
        return entry;
      },
    );
    // "X, ktorý zastupoval pán Y a paní Z, …": a piece about the people who came is said of the name
    // before it; it neither names nor breaks the run of names.
    const kept = pieces.flatMap((piece, n) => (!found[n] && isAside(ctx, piece.text) ? [] : [n]));
    const renumbered = kept.map((n) => found[n] && { ...found[n], piece: kept.indexOf(n) });
    for (const entry of selectNames(clause, cue, renumbered, kept.length)) {
      const { piece: _piece, words: _words, ...plain } = entry;
      out.push(plain);
    }
  }
}

/** A piece that speaks of a person ("represented by Mr X", "paní Bożena Królczyk"), not an organisation. */
function isAside(ctx: DocumentContext, piece: string): boolean {
  const tokens = tokenize(piece);
  return (
    ctx.lexicon.honorifics.find(tokens, ctx.stem).some((m) => /^\p{Lu}/u.test(tokens[m.to]?.text ?? '')) &&
    !hasOrganisationWord(ctx, piece)
  );
}

/**
 * The names a clause states: before a verb or role, the run of names that ends at it; after a cue, the
 * run of names that starts within a few words of it, each the next piece or the one after, and only when
 * most pieces of the clause are names (a list of sectors with one acronym in it is no list of partners).
 */
function selectNames<T extends ProseEntry & { piece: number; words: number }>(
  clause: Clause,
  cue: Cue,
  found: Array<T | undefined>,
  pieces: number,
): T[] {
  const named = found.filter((e): e is T => !!e);
  if (!named.length) return [];
  if (clause.subject) {
    const last = found[pieces - 1];
    if (!last || last.words > 6) return [];
    const run: T[] = [];
    for (let n = pieces - 1; n >= 0 && found[n]; n -= 1) run.unshift(found[n]!);
    if (cue.kind !== 'participate') {
      run.forEach(
        (e) =>
          (e.role =
            e === last
              ? cue.kind === 'lead'
                ? 'lead'
                : cue.kind === 'associated'
                  ? 'associated'
                  : e.role
              : e.role),
      );
      return cue.kind === 'lead' || cue.kind === 'associated' ? [last] : run;
    }
    return run;
  }
  const first = named[0]!;
  // A lead is named close to its word ("led by X", "koordinátorem je X"); a partner list may come later.
  const near = cue.kind === 'lead' ? 6 : 10;
  if (first.piece > 2 || (first.piece === 0 && first.words > near)) return [];
  // An acronym alone, far from the cue ("… dezvoltării tehnologice a IMM-urilor"), names no partner.
  if (named.length === 1 && first.words > 3 && !/\s/.test(first.raw.replace(/-\p{Ll}+$/u, ''))) return [];
  if (named.length < pieces / 3) return [];
  const run: T[] = [];
  let previous = first.piece - 1;
  for (const e of named) {
    if (e.piece - previous > 2) break;
    run.push(e);
    previous = e.piece;
  }
  if (cue.kind === 'lead' && run[0] && !found.some((e) => e && e !== run[0] && e.role !== 'partner'))
    run[0].role = run[0].role === 'partner' ? 'lead' : run[0].role;
  if (cue.kind === 'associated') for (const e of run) if (e.role === 'partner') e.role = 'associated';
  return run;
}

interface ReadPiece {
  raw?: string;
  role?: Role;
  /** Offset of the name in the sentence. */
  start: number;
  /** Words between the clause's start (or the piece's) and the name, or the name and the cue. */
  wordsBefore: number;
  country?: CountryStatement;
}

/** One piece of a clause -> the name it holds, the role said of it and the country its words give. */
function readPiece(
  ctx: DocumentContext,
  foundProjects: FoundProjects,
  text: string,
  tokens: Token[],
  clause: Clause,
  annotations: Cue[],
  pieces: Piece[],
  n: number,
  offset: number,
): ReadPiece {
  const piece = pieces[n]!;
  let at = nameStart(ctx, piece.text);
  // "no Krievijas Federācijas - TISBI …", "tarp jų – tai Pagėgių …": words of context, a dash, the name.
  // "per la parte slovena: la CAN Costiera": words of context, a colon, the name.
  const colon = /:\s+/.exec(piece.text);
  if (colon && at >= 0 && at < colon.index) {
    const after = nameStart(ctx, piece.text.slice(colon.index + colon[0].length));
    if (after >= 0 && !hasOrganisationWord(ctx, piece.text.slice(0, colon.index)))
      at = colon.index + colon[0].length + after;
  }
  for (const dash of piece.text.matchAll(/\s[–—-]\s/g)) {
    if (at < 0 || at >= dash.index) continue;
    const before = piece.text.slice(0, dash.index);
    const lastWord = tokenize(before).pop();
    if (hasOrganisationWord(ctx, before) && !(lastWord && /^\p{Ll}/u.test(lastWord.text))) continue;
    const after = nameStart(ctx, piece.text.slice(dash.index + dash[0].length));
    if (after >= 0) at = dash.index + dash[0].length + after;
  }
  const context = at > 0 ? piece.text.slice(0, at) : at < 0 ? piece.text : '';
  const country = contextCountry(context, text);
  const none: ReadPiece = { start: 0, wordsBefore: 0, ...(country ? { country } : {}) };
  if (at < 0) return none;
  // A name inside parentheses explains the word before it ("obdobných projektů (CNCB, C-Plus)"), unless
  // that word is a country ("България (Агенция …)") or an organisation noun ("Régions (Région Ligurie, …)").
  const head = piece.text.slice(0, at);
  const open = head.lastIndexOf('(');
  if (open >= 0 && head.indexOf(')', open) < 0) {
    const named = head.slice(0, open);
    const word = /(\p{L}+)\s*$/u.exec(named)?.[1];
    // "sieci TEIN (Transfrontier Euro-Institut Network)": the long form of the acronym before it.
    if (word && isAcronym(word) && initialsMatch(word, piece.text.slice(at).replace(/\).*$/, '')))
      return none;
    if (word && resolveCountry(word)) at = named.lastIndexOf(word);
    else if (
      !hasOrganisationWord(ctx, named.split(/\s+/).slice(-3).join(' ')) ||
      tokenize(named).some((t) => ctx.lexicon.project.test(t.folded))
    )
      return none;
  }
  // The name after a project word is the project's ("al progetto Europeo C-Temalp").
  const wordBefore = tokenize(piece.text.slice(0, at)).pop();
  if (wordBefore && ctx.lexicon.project.test(wordBefore.folded)) return none;
  let raw = piece.text
    .slice(at)
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<!\b\p{L})\.$/u, '');
  const pieceStart = offset + piece.start;
  const pieceEnd = n + 1 < pieces.length ? offset + pieces[n + 1]!.start : clause.to;
  // A role said of this name ("… – lider de proiect", "… kao vodećeg partnera").
  const note = annotations.find(
    (a) => tokens[a.from]!.start >= pieceStart && tokens[a.from]!.start < pieceEnd,
  );
  if (note && ctx.lexicon.copula.matchAt(tokens, note.from - 1) === 1)
    raw = text.slice(pieceStart + at, tokens[note.from - 1]!.start).trim();
  else if (note?.after && tokens[note.from]!.start > pieceStart + at)
    raw = text.slice(pieceStart + at, tokens[note.from]!.start).trim();
  // The subject of a sentence without its article: "Die Wirtschaftsförderung X ist federführend".
  if (clause.subject) {
    raw = beforeVerb(ctx, raw);
    const words = tokenize(raw);
    const article = ctx.lexicon.articles.matchAt(words, 0);
    if (article && words[article] && /^\p{Lu}/u.test(words[article]!.text)) {
      at += words[article]!.start;
      raw = raw.slice(words[article]!.start);
    }
  }
  raw = withoutTail(ctx, raw);
  raw = withoutTrailingSmall(ctx, raw);
  if (isProjectName(ctx, foundProjects, raw)) return none;
  // A programme ("the CENTRAL EUROPE Programme", "Interreg V-A Slovenija-Hrvatska") funds, it takes no part.
  const programme = findProgrammes(text.slice(offset + piece.start + at))[0];
  if (
    programme &&
    programme.index < raw.length &&
    (programme.index === 0 || programme.matched.length >= raw.length / 2)
  )
    return none;
  raw = withoutPlace(ctx, raw);
  const nameOnly = raw.replace(/\([^()]*\)/g, ' ').trim();
  const words = tokenize(nameOnly);
  // "three Slovene and two Croatian development agencies": a count describes, it does not name.
  // (The page language's number words: Lithuanian "du" is two, French "du" is "of the".)
  const numbers = new Set(ctx.pack.numbers.flatMap((n) => n.split(' ')).map((n) => foldText(n)));
  if (words.some((w) => numbers.has(w.folded) || /^\d+$/.test(w.text)) || /^\d/.test(nameOnly)) return none;
  const skipArticle = ctx.lexicon.articles.matchAt(words, 0);
  if (!words.slice(skipArticle).some((w) => NAME_WORD.test(w.text))) return none;
  if (
    !isOrganisationName(ctx, nameOnly) &&
    !(countryTagged(raw) && (!clause.cue.tagged || BRAND.test(nameOnly))) &&
    !(isAcronym(nameOnly) && nameOnly.length >= 3) &&
    !namedAsPartner(ctx, text, offset + piece.start + at + raw.length, nameOnly)
  )
    return none;
  if (
    ctx.lexicon.institutions.occursIn(nameOnly) &&
    !hasOrganisationWord(ctx, nameOnly.replace(/minist\w*/giu, ''))
  )
    return none;
  const start = pieceStart + at;
  const wordsBefore = clause.subject
    ? tokenize(text.slice(start + raw.length, clause.to)).length
    : tokenize(text.slice(n === 0 ? offset : pieceStart, start)).length;
  return {
    raw,
    start,
    wordsBefore,
    ...(note ? { role: note.kind as Role } : {}),
    ...(country ? { country } : {}),
  };
}
