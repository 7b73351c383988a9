// Cutting a run of names into one piece per organisation: "A (DE), B (AT) and C", "A; B; C",
// "ZRS Bistra Ptuj, Razvojni center Murska Sobota in PORA, razvojna agencija Gornja Radgona".
import { ownWords, type DocumentContext } from './context';
import { hasOrganisationWord, isAcronym, isOrganisationName } from './names';
import { roleOf } from './items';
import { resolveCountry } from '../../graph/countries';
import { isLegalForm } from '../knowledge/legalForms';
import { countryTag } from './places';
import { tokenize } from './words';

export interface Piece {
  text: string;
  /** Offset of `text` in the text that was split. */
  start: number;
}

/** Splits at `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: RegExp): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let quote = false;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if ('„“«»”"'.includes(c)) {
      const opening: boolean = c === '„' || c === '«' || ((c === '“' || c === '"') && !quote);
      // A quote protects a name when it closes within a name's length; an open quote around a whole
      // list ("são parceiros: «Tuscany Region, …") does not.
      quote = opening ? /[”“"»]/.test(text.slice(i + 1, i + 80)) : false;
    }
    if (depth || quote) continue;
    separator.lastIndex = i;
    const m = separator.exec(text);
    if (m && m.index === i) {
      out.push({ text: text.slice(from, i), start: from });
      from = i + m[0].length;
      i = from - 1;
    }
  }
  out.push({ text: text.slice(from), start: from });
  return out.map(trimPiece).filter((p) => p.text);
}

function trimPiece(p: Piece): Piece {
  const lead = p.text.length - p.text.trimStart().length;
  return { text: p.text.trim(), start: p.start + lead };
}

/** True when a piece is only a role, a country or a town: it belongs to the name before it. */
function isAnnotation(ctx: DocumentContext, text: string): boolean {
  // "Holandsko (SNN)": a country with its partner in parentheses is an entry of its own.
  const inner = /\(([^()]+)\)/.exec(text)?.[1];
  if (inner && (isOrganisationName(ctx, inner) || isAcronym(inner.trim()))) return false;
  const bare = text.replace(/\([^()]*\)/g, ' ').trim();
  if (!bare) return true;
  return (
    !!roleOf(ctx, bare) ||
    !!resolveCountry(bare) ||
    (/^\p{Lu}\p{Ll}+$/u.test(bare) &&
      !hasOrganisationWord(ctx, bare) &&
      !isAcronym(bare) &&
      text.includes('('))
  );
}

/**
 * "… Pentru Conservarea și Promovarea Culturii …", "Departamentul de Cultură și Turism al …": after a
 * preposition and one word, an "and" joins two words inside one name.
 */
function insideName(ctx: DocumentContext, left: string, right: string): boolean {
  const l = tokenize(left);
  const r = tokenize(right);
  const small = (t: { folded: string } | undefined) =>
    !!t && (ctx.lexicon.stopwords.has(t.folded) || ctx.lexicon.from.isWhole(t.folded));
  // "… Pentru Conservarea", "… de Comercio, Industria": a capitalised word, or a comma-joined series of
  // them, right after a preposition.
  const cap = (t: { text: string } | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  let k = l.length - 1;
  let series = false;
  while (k > 0 && cap(l[k]) && cap(l[k - 1]) && /^\s*,\s*$/.test(left.slice(l[k - 1]!.end, l[k]!.start))) {
    k -= 1;
    series = true;
  }
  const prepositionWord = k > 0 && small(l[k - 1]) && cap(l[k]);
  // The right side heads a name of its own when an organisation word in it follows no small word
  // ("Kmetijsko gozdarski zavod Maribor"), not when it follows one ("Turism al Consiliului …").
  const heads = r.some((t, i) => hasOrganisationWord(ctx, t.text) && !small(r[i - 1]));
  return prepositionWord && (series || !heads);
}

/** A name without what may follow it: a role or country after a dash or comma, "din Spania". */
function core(text: string): string {
  return text
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+[–—-]\s+|\s*,\s*/)[0]!
    .replace(/\s+\p{L}+\s+(\p{Lu}\p{L}+)\s*$/u, (all, word: string) => (resolveCountry(word) ? '' : all))
    .trim();
}

/**
 * Table cells that lost their separator: "PolskaRegion Miejski Bornholm", "DaniaAdministracja …". A
 * country's name glued to a capital ends a piece there.
 */
function unglue(piece: Piece): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of piece.text.matchAll(/(\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll})/gu)) {
    if (!resolveCountry(m[1]!)) continue;
    const end = m.index + m[1]!.length;
    out.push({ text: piece.text.slice(from, end), start: piece.start + from });
    from = end;
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from });
  return out.filter((p) => p.text.trim());
}

/** Can the text after an "and" stand as a name of its own? An organisation word, an acronym, or capitals only. */
function standsAlone(ctx: DocumentContext, text: string): boolean {
  const t = text.replace(
    // … and an article joined to "of" after a preposition ("a participação da X e da Y", "della X e della Y").
    /^(?:the|la|le|les|el|los|las|il|lo|i|gli|die|der|das|de|het|o|a|os|as|η|ο|το|οι|da|do|das|dos|del|della|dello|delle|dei|degli|du|des|de la|de los|de las)\s+/iu,
    '',
  );
  // "la contea Croata di Vukovar": an organisation noun in lower case may open a name.
  if (!/^[\p{Lu}„“"«\d]/u.test(t) && !(hasOrganisationWord(ctx, t.split(/\s+/)[0]!) && /\p{Lu}/u.test(t)))
    return false;
  const bare = t.replace(/\([^()]*\)/g, ' ');
  // "…, Regiunilor şi Provinciilor din Spania": one word before a place or a role is the end of a series
  // inside one name, not a name of its own.
  const core = bare
    .split(/\s+[–—-]\s+|\s*,\s*/)[0]!
    .replace(/\s+\p{L}+\s+(\p{Lu}\p{L}+)\s*$/u, (all, word: string) => (resolveCountry(word) ? '' : all))
    .trim();
  // One word stands when it is an acronym or a brand with capitals inside ("AREANATejo", "IHCantabria").
  if (!/\s/.test(core) && !isAcronym(core))
    return /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(core) && core.length >= 4;
  if (isOrganisationName(ctx, bare)) return true;
  const words = tokenize(bare).filter((w) => !resolveCountry(w.text));
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w.text) || w.text.length <= 3) &&
    /^\p{Lu}/u.test(words[words.length - 1]!.text)
  );
}

/** The page language's "and" words, as a pattern between two names (never "&", which joins one name). */
function andPattern(ctx: DocumentContext, flags = 'iuy'): RegExp {
  const words = [...ctx.pack.and, ...(ctx.pack.code === 'en' ? [] : ['and'])].filter((w) => w !== '&');
  return new RegExp(
    `\\s+(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+`,
    flags.includes('i') ? flags : `i${flags}`,
  );
}

/**
 * "… toutes les Régions transfrontalières (Région Ligurie - chef de file, Région Piémont et …) et par la
 * Mission …", "three universities (A, B and C)": a group named by an organisation or partner word, then its
 * members in parentheses. The members are the names; the group's words are context.
 */
function listInParentheses(ctx: DocumentContext, text: string): Piece[] | undefined {
  const open = /\(/.exec(text);
  if (!open) return undefined;
  let depth = 0;
  let close = -1;
  for (let i = open.index; i < text.length && close < 0; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) close = i;
  }
  if (close < 0) return undefined;
  const head = text.slice(0, open.index).split(/[,;:]/).pop()!;
  const headTokens = tokenize(head);
  const group =
    headTokens.length >= 1 &&
    headTokens.length <= 8 &&
    (hasOrganisationWord(ctx, head) || ctx.lexicon.partners.find(headTokens, ctx.stem).length > 0);
  if (!group) return undefined;
  const innerStart = open.index + 1;
  const members = splitNames(ctx, text.slice(innerStart, close), 'prose');
  if (members.length < 2 || members.filter((m) => isOrganisationName(ctx, m.text)).length < 2)
    return undefined;
  const shift = (p: Piece, by: number): Piece => ({ text: p.text, start: p.start + by });
  const before = splitNames(ctx, text.slice(0, open.index - head.length), 'prose');
  const after = splitNames(ctx, text.slice(close + 1), 'prose');
  return [...before, ...members.map((m) => shift(m, innerStart)), ...after.map((m) => shift(m, close + 1))];
}

// Legal forms that end a name in any language.
const LEGAL_FORM =
  /^(?:oy|oyj|ab|gmbh|ag|kft|zrt|nyrt|ltd|ltd\.|a\/s|aps|as|asa|ry|s\.r\.o\.|a\.s\.|e\.v\.|srl|s\.r\.l\.|spa|s\.p\.a\.|sa|s\.a\.|d\.o\.o\.|bv|nv)$/iu;
// Languages whose organisation noun follows the place ("Lysekils kommun", "Kalajoki stad", "Tartu vald").
const NOUN_LAST = new Set(['sv', 'da', 'fi', 'et']);

/**
 * A table's cell of names that lost its separators: "Skellefteå kommun Oulun kommun Kalajoki stad
 * Iilaakso Oy Bothnian Arc". A name ends at a legal form, or (where the noun comes last) at an
 * organisation noun, before a capital; three names or more, each of two words or more.
 */
export function runOfNames(ctx: DocumentContext, piece: Piece): Piece[] {
  const tokens = tokenize(piece.text);
  if (tokens.length < 6 || /[,;/()]/.test(piece.text)) return [piece];
  const ends: number[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next || !/^\p{Lu}/u.test(next.text) || i + 1 - from < 2) return;
    const closes =
      LEGAL_FORM.test(t.text) ||
      (NOUN_LAST.has(ctx.pack.code) && ownWords(ctx, 'organisations').matchAt(tokens, i, ctx.stem) === 1);
    if (!closes) return;
    ends.push(t.end);
    from = i + 1;
  });
  const cuts = [0, ...ends, piece.text.length];
  const out = cuts.slice(1).map((end, k) => {
    const part = piece.text.slice(cuts[k], end);
    return { text: part.trim(), start: piece.start + cuts[k]! + part.length - part.trimStart().length };
  });
  return out.length >= 3 && out.every((p) => tokenize(p.text).length >= 2) ? out : [piece];
}

/**
 * split.splitNames: the names of a list, each with its offset. `list` pieces that start in lower case
 * continue the name before them ("PORA, razvojna agencija Gornja Radgona"); a role, a country or a town
 * after a comma belongs to the name before it.
 */
export function splitNames(ctx: DocumentContext, text: string, mode: 'list' | 'prose' = 'list'): Piece[] {
  const listed = mode === 'prose' ? listInParentheses(ctx, text) : undefined;
  if (listed) return listed;
  const merged: Piece[] = [];
  for (const group of splitTopLevel(text, mode === 'prose' ? /\s*;\s*|:\s+/y : /\s*;\s*/y)) {
    const start = merged.length;
    const pieces = splitTopLevel(group.text, /\s*,\s+|\s*,(?=\p{Lu})/uy).flatMap((p) => unglue(p));
    for (const piece of pieces) {
      const at = { text: piece.text, start: group.start + piece.start };
      const previous = merged.length > start ? merged[merged.length - 1] : undefined;
      const first = tokenize(at.text);
      const continues =
        mode === 'list' &&
        /^\p{Ll}/u.test(at.text) &&
        !/^\p{Ll}+\p{Lu}/u.test(at.text) &&
        !ctx.lexicon.articles.matchAt(first, 0);
      // One word alone, or a series of them, is no name after a comma ("…Municipalities, Regions and
      // Provinces", "…Regiunilor şi Provinciilor din Spania – lider de proiect"), unless an acronym.
      const series = core(at.text).split(andPattern(ctx, 'g'));
      // In the middle of a long list ("…, CTAEX, Universidade de Extremadura, Fedehesa, Universidade de
      // Sevilla, …") one word between commas is a name of its own.
      const midList =
        pieces.length >= 5 &&
        pieces.indexOf(piece) < pieces.length - 1 &&
        /^\p{Lu}\S*$/u.test(at.text.trim());
      const single =
        !midList &&
        !!previous &&
        /\s/.test(previous.text) &&
        series.every((w) => /^\p{Lu}\p{Ll}+[.]?$/u.test(w.trim())) &&
        // One word alone that is an organisation's name ("…, Folkehelseinstituttet") stands; a series of
        // them ("…, Regiunilor şi Provinciilor") continues the name.
        (series.length > 1 || !hasOrganisationWord(ctx, series[0]!));
      // "Cámara Oficial de Comercio, Industria y Servicios de Badajoz", "Directorate for Innovation, Research
      // and Competitiveness": a coordination of complements after "of X" continues the name.
      const previousWords = previous ? tokenize(previous.text) : [];
      const ofX =
        previousWords.length >= 2 &&
        ctx.lexicon.from.isWhole(previousWords[previousWords.length - 2]!.text) &&
        /^\p{Lu}/u.test(previousWords[previousWords.length - 1]!.text);
      // (One word, then "and": "Industria y Servicios …", not "Norges Miljø- och …".)
      const andAt = andPattern(ctx, 'i').exec(at.text);
      const coordinated =
        ofX &&
        /^\p{Lu}/u.test(at.text) &&
        !!andAt &&
        tokenize(at.text.slice(0, andAt.index)).length === 1 &&
        // (Words, not acronyms: "…de Évora, AREANATejo y CIMAA" are three names.)
        /^\p{Lu}\p{Ll}+$/u.test(at.text.slice(0, andAt.index).trim()) &&
        !hasOrganisationWord(ctx, first[0]?.text ?? '');
      // "MAS Buchlov, z. s. (ČR)": a legal form after a comma closes the name before it.
      const legal = isLegalForm(at.text);
      if (previous && (continues || single || coordinated || legal || isAnnotation(ctx, at.text))) {
        previous.text = text.slice(previous.start, at.start + at.text.length);
      } else merged.push(at);
    }
  }
  const and = andPattern(ctx);
  const pieces = merged.flatMap((piece) => {
    const parts = splitTopLevel(piece.text, and);
    const out: Piece[] = [];
    let current = parts[0];
    for (const next of parts.slice(1)) {
      // The name after "and" runs to the end of the piece, and may hold an "and" of its own.
      const rest = piece.text.slice(next.start);
      // "IHCantabria (Spain) and …": a name closed by its country is whole, and a name follows.
      const closed = !!countryTag(current?.text ?? '') && /^(?:\p{Lu}|\p{Ll}{3,}\p{Lu})/u.test(next.text);
      if (
        current &&
        (closed ||
          ((standsAlone(ctx, next.text) || standsAlone(ctx, rest)) &&
            !insideName(ctx, current.text, rest) &&
            (isOrganisationName(ctx, current.text) || standsAlone(ctx, current.text))))
      ) {
        out.push({ text: current.text, start: piece.start + current.start });
        current = next;
      } else if (current)
        current = {
          text: piece.text.slice(current.start, next.start + next.text.length),
          start: current.start,
        };
    }
    if (current) out.push({ text: current.text, start: piece.start + current.start });
    return out;
  });
  return pieces
    .map((piece) => (mode === 'prose' ? endAtCountry(piece) : piece))
    .flatMap((piece) => describedNames(ctx, piece) ?? [piece])
    .flatMap((piece) => (mode === 'list' ? runOfNames(ctx, piece) : [piece]));
}

/**
 * "Geological Survey of Ireland (Ireland) are the public agencies …": in a sentence a name ends at the
 * country in parentheses after it; the words in lower case after it are the sentence's.
 */
function endAtCountry(piece: Piece): Piece {
  const m = /^(.*?\([^()]+\))\s+\p{Ll}[^()]*$/u.exec(piece.text);
  if (!m || !countryTag(m[1]!) || /\p{Lu}/u.test(piece.text.slice(m[1]!.length))) return piece;
  return { text: m[1]!, start: piece.start };
}

/**
 * "jednou univerzitou (Univerzita Corvinus Budapesť) a … jedným výskumným ústavom (Národného …)": names in
 * parentheses, each after words in lower case that say what it is. The names are the piece's names.
 */
function describedNames(ctx: DocumentContext, piece: Piece): Piece[] | undefined {
  const groups = [...piece.text.matchAll(/\(([^()]+)\)/g)];
  if (!groups.length) return undefined;
  const outside = piece.text.replace(/\([^()]*\)/g, ' ');
  if (tokenize(outside).some((t) => !/^\p{Ll}/u.test(t.text))) return undefined;
  // One name each: "(EUSALP, Eurorégion, …)" lists examples.
  const names = groups.filter(
    (g) => /^\p{Lu}/u.test(g[1]!.trim()) && !/[,;]/.test(g[1]!) && isOrganisationName(ctx, g[1]!),
  );
  if (names.length !== groups.length) return undefined;
  return names.map((g) => trimPiece({ text: g[1]!, start: piece.start + g.index + 1 }));
}
