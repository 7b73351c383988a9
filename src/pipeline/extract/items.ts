// One partner entry -> an organisation record: the name, with what the layout puts around it peeled off
// (bullet, role, country, city, contact, the body that administers it), other spellings and an acronym.
import type { CountryMatch } from '../../graph/countries';
import { foldText, tidySpaces } from '../../graph/normalise';
import { orgKindFromName } from '../../graph/orgKind';
import type { Role } from '../../graph/types';
import type { CountryStatement, OrganisationRecord, ReviewNote } from '../types';
import type { DocumentContext } from './context';
import { hasOrganisationWord, isAcronym, isOrganisationName } from './names';
import { findCity } from '../knowledge/cities';
import { countryFromName, resolvePlace } from './places';
import { tokenize } from './words';

const BULLET = /^(?:[•·▪◦●○■□‣⁃*>–—-]+|\(?\d{1,2}[.)](?!\d)|\(?[a-z][.)](?=\s))\s*/u;
const DASH = /\s+[–—-]\s+|\s[–—]|[–—]\s/;

/** A role said by a short fragment: "vodilni partner", "(LP)", "Parceiro Líder", "coordinadora del proyecto". */
export function roleOf(ctx: DocumentContext, fragment: string): Role | undefined {
  const tokens = tokenize(fragment);
  if (!tokens.length || tokens.length > 8) return undefined;
  const { lexicon: lx, stem } = ctx;
  for (const [role, set] of [
    ['associated', lx.associated],
    ['lead', lx.lead],
  ] as const) {
    const found = set.find(tokens, stem);
    if (!found.length) continue;
    // The rest may only be small words ("del proyecto", "υπό την ιδιότητα του"), never a name.
    const rest = tokens.filter((_, i) => !found.some((f) => i >= f.from && i < f.to));
    if (rest.every((t) => !/^\p{Lu}/u.test(t.text) || lx.project.test(t.folded)) && rest.length <= 5)
      return role;
  }
  if (lx.partners.isWhole(fragment, stem)) return 'partner';
  return undefined;
}

function statement(match: CountryMatch, quote: string, how: CountryStatement['how']): CountryStatement {
  return { code: match.code, written: match.matched, quote, how };
}

/** "Srbija, Črna gora", "Creta – GR", "Zaragoza, España": the country a fragment ends with, if it is all place. */
function countryOfFragment(
  ctx: DocumentContext,
  fragment: string,
): { match: CountryMatch; place?: string; several?: CountryMatch[] } | undefined {
  const text = tidySpaces(fragment).replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
  if (!text) return undefined;
  const whole = resolvePlace(text);
  if (whole) return { match: whole };
  // "from Austria", "iš Švedijos", "din Spania".
  const tokens = tokenize(text);
  const prep = ctx.lexicon.from.matchAt(tokens, 0);
  if (prep && prep < tokens.length && tokens.length - prep <= 3) {
    const m = resolvePlace(text.slice(tokens[prep]!.start));
    if (m) return { match: m };
  }
  const parts = text.split(/\s*[,;/]\s*|\s+[–—-]\s+|\s+[?]\s+/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const found = parts.map((p) => resolvePlace(p));
  if (found.every(Boolean)) return { match: found[0]!, several: found as CountryMatch[] };
  // "(Region, CC)", "(City, Country)": a place, then the country.
  const last = found[found.length - 1];
  if (last && parts.length === 2 && /^\p{Lu}/u.test(parts[0]!) && parts[0]!.split(' ').length <= 4)
    return { match: last, place: parts[0]! };
  return undefined;
}

export interface ItemSetting {
  /** The country a heading or the sentence around the item gives. */
  country?: CountryStatement;
}

export interface ParsedItem {
  organisation: OrganisationRecord;
  role?: Role;
  notes: ReviewNote[];
}

interface Peeled {
  text: string;
  role?: Role;
  country?: CountryStatement;
  city?: string;
  acronym?: string;
  otherNames: string[];
  notes: ReviewNote[];
}

/** Decodes the HTML entities that survive in text taken from .html files. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return named[body.toLowerCase()] ?? all;
  });
}

const OPENING = /^[„“”"«»‚‘]/u;
const CLOSING = /[“”"»«’‘]$/u;

/** A quotation mark left at one end of a name ("“Region of Central Macedonia"), or around all of it. */
function withoutStrayQuotes(text: string): string {
  let out = text;
  if (OPENING.test(out) && (CLOSING.test(out) || !/[“”"»«’]/u.test(out.slice(1)))) out = out.slice(1);
  if (CLOSING.test(out) && !/[„“"«»‚‘]/u.test(out.slice(0, -1))) out = out.slice(0, -1);
  return out.trim();
}

export function cleanName(text: string): string {
  return withoutStrayQuotes(tidySpaces(decodeEntities(text)).replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, ''));
}

/** Peels one thing off the end of the entry; false when nothing is left to peel. */
function peelEnd(ctx: DocumentContext, p: Peeled, quote: string): boolean {
  const text = p.text;
  // In parentheses at the end: a role, a country, "(Region, CC)", an acronym, a long form.
  const paren = /\s*\(([^()]*(?:\([^()]*\)[^()]*)?)\)?\s*$/.exec(text);
  if (paren && paren.index > 0 && text.endsWith(')')) {
    const inner = tidySpaces(paren[1] ?? '');
    const role = roleOf(ctx, inner);
    // "(líder)", "(parceiro)": a role in parentheses, the plain one too, is no part of the name.
    if (role && (role !== 'partner' || tokenize(inner).length <= 2)) {
      if (role !== 'partner') p.role ??= role;
      p.text = text.slice(0, paren.index);
      return true;
    }
    const place = countryOfFragment(ctx, inner);
    if (place && !p.country) {
      p.country = statement(place.match, quote, 'explicit');
      if (place.place) p.city ??= place.place;
      if (place.several && place.several.length > 1)
        p.notes.push({
          kind: 'ambiguous',
          text: `several countries are given for one organisation (${place.several.map((s) => s.matched).join(', ')}); the first, ${place.match.code}, is used`,
          quote,
        });
      p.text = text.slice(0, paren.index);
      return true;
    }
    return false;
  }
  // After a dash: a role or a country ("– vodilni partner", "- Lead Partner", "– Austria").
  const dashes = [...text.matchAll(new RegExp(DASH.source, 'g'))];
  const dash = dashes[dashes.length - 1];
  if (dash && dash.index > 0) {
    const tail = text.slice(dash.index + dash[0].length);
    const role = roleOf(ctx, tail);
    if (role) {
      if (role !== 'partner') p.role ??= role;
      p.text = text.slice(0, dash.index);
      return true;
    }
    const place = countryOfFragment(ctx, tail);
    if (place && !p.country) {
      p.country = statement(place.match, quote, 'explicit');
      p.text = text.slice(0, dash.index);
      return true;
    }
  }
  // After the last comma: a role, a country or code ("…, ČR", "…, GER", "…, Parceiro Líder").
  const comma = /,\s*([^,]+)$/.exec(text);
  if (comma && comma.index > 0) {
    const tail = comma[1] ?? '';
    const role = roleOf(ctx, tail);
    if (role) {
      if (role !== 'partner') p.role ??= role;
      p.text = text.slice(0, comma.index);
      return true;
    }
    const place = tail.split(/\s+/).length <= 4 ? countryOfFragment(ctx, tail) : undefined;
    if (place && !p.country) {
      p.country = statement(place.match, quote, 'explicit');
      p.text = text.slice(0, comma.index);
      return true;
    }
  }
  if (!p.city && townAfterComma(ctx, p, quote)) return true;
  // "… agencija Sjever iz Koprivnice (Hrvatska)", "… Spodnje Podravje iz Ptuja": a town after the page's
  // own "from", when the country is known already or the town is not (an inflected form).
  if (!p.city && townAfterFrom(ctx, p)) return true;
  // "… from Austria", "… din Spania", "… iš Švedijos": the last preposition first.
  if (!p.country) {
    const tokens = tokenize(text);
    for (let i = tokens.length - 1; i > 0 && tokens.length - i <= 4; i -= 1) {
      if (!ctx.lexicon.from.matchAt(tokens, i)) continue;
      const rest = text.slice(tokens[i + 1]?.start ?? text.length);
      // A town after a preposition of the page's own language ("iz Koprivnice", "from Rijeka"), never a
      // genitive ("Câmara Municipal de Peniche") nor another language's word ("Natuur en Bos").
      const genitive = /^(?:of|de|di|da|do|du|des|del|della|dei|van|von|der)$/i.test(tokens[i]!.text);
      const own = [...ctx.pack.from, 'from'].some((w) => w.toLowerCase() === tokens[i]!.text.toLowerCase());
      const town =
        !genitive && own && /^\p{Lu}[\p{L}-]{3,}$/u.test(rest.trim())
          ? findCity(rest.trim(), ctx.pack.code === 'en')
          : undefined;
      if (town && !p.city) {
        // "Regionalna energetska agencija Sjever iz Koprivnice", "PORIN Ltd. from Rijeka".
        p.city = rest.trim();
        p.country = { code: town.country, written: rest.trim(), quote, how: 'explicit' };
        p.text = withoutParticiple(ctx, text.slice(0, tokens[i]!.start));
        return true;
      }
      const m = resolvePlace(rest);
      if (!m) continue;
      p.country = statement(m, quote, 'explicit');
      // A name that says it is national keeps its country ("Asociaţia Naţională … din Bulgaria").
      if (!NATIONAL.test(text)) p.text = withoutParticiple(ctx, text.slice(0, tokens[i]!.start));
      return true;
    }
  }
  return false;
}

/**
 * "Dansk Centralbibliotek for Sydslesvig, Flensburg/Flensborg", "Rural Agency, Jystrup": a town, or one
 * town in two languages, after the last comma of a whole name. Its country is the town's when the page
 * gives none.
 */
function townAfterComma(ctx: DocumentContext, p: Peeled, quote: string): boolean {
  const m = /,\s*([^,()]+)$/.exec(p.text);
  if (!m || m.index === 0) return false;
  const before = p.text.slice(0, m.index);
  const names = m[1]!.trim().split(/\s*\/\s*|\s+&\s+/);
  if (names.length > 4 || tokenize(before).length < 2 || !/^\p{Lu}/u.test(before)) return false;
  const towns = names.map((name) => {
    const town =
      /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?$/u.test(name) && !hasOrganisationWord(ctx, name)
        ? findCity(name, ctx.pack.code === 'en')
        : undefined;
    return town && foldText(town.name) === foldText(name) ? town : undefined;
  });
  const first = towns.find(Boolean);
  if (!first || towns.some((t, i) => !t && !/^\p{Lu}/u.test(names[i]!))) return false;
  // Every part a town, or the one part the gazetteer lacks written as a town's name ("Sonderburg").
  if (towns.filter((t) => !t).length > (names.length > 1 ? names.length - 1 : 0)) return false;
  p.city = m[1]!.trim();
  if (!p.country && towns.every((t) => !t || t.country === first.country))
    p.country = { code: first.country, written: first.name, quote, how: 'explicit' };
  p.text = before;
  return true;
}

function townAfterFrom(ctx: DocumentContext, p: Peeled): boolean {
  const m = /\s(\p{Ll}{1,4})\s+(\p{Lu}[\p{L}-]{3,})$/u.exec(p.text);
  if (!m || !ctx.pack.from.some((w) => w === m[1])) return false;
  // A genitive or "in" belongs to the name ("Universitatea din Oradea", "Univerza v Mariboru").
  if (/^(?:of|de|di|da|do|du|des|del|della|dei|van|von|der|din|v|ve|u|w|we|na|in|în|i|a|en)$/i.test(m[1]!))
    return false;
  const before = p.text.slice(0, m.index);
  if (hasOrganisationWord(ctx, m[2]!) || resolvePlace(m[2]!)) return false;
  // The name is whole before it: its organisation noun, then a name of its own ("agencija Sjever").
  const words = tokenize(before);
  const noun = words.findIndex((t) => hasOrganisationWord(ctx, t.text));
  if (noun < 0 || !words.slice(noun + 1).some((t) => /^\p{Lu}/u.test(t.text))) return false;
  // A known town with no country stated is for the step below, which takes its country.
  if (!p.country && findCity(m[2]!, ctx.pack.code === 'en')) return false;
  p.city = m[2]!;
  p.text = before;
  return true;
}

/**
 * "Mission Opérationnelle Transfrontalière (MOT) basée [à Paris]", "Agencia X ubicada [en Madrid]": a word
 * in lower case between a name that ends in a capital and its place says where it is, it names nothing.
 */
function withoutParticiple(ctx: DocumentContext, text: string): string {
  const tokens = tokenize(text.trimEnd());
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (!last || !before || !/^\p{Ll}/u.test(last.text) || hasOrganisationWord(ctx, last.text)) return text;
  const between = text.slice(before.end, last.start);
  const capital = /^[\p{Lu}\p{N}]/u.test(before.text) || /\)/.test(between);
  if (!capital || ctx.lexicon.stopwords.has(last.folded) || ctx.lexicon.from.isWhole(last.folded))
    return text;
  return text.slice(0, /\)/.test(between) ? before.end + between.indexOf(')') + 1 : before.end);
}

/** Words showing that a country inside a name belongs to the name ("Asociaţia Naţională … din Bulgaria"). */
const NATIONAL =
  /(?<![\p{L}])(?:na[tţț]ional\p{L}*|national\p{L}*|narodow\p{L}*|národní\p{L}*|nacional\p{L}*|nazional\p{L}*|narodn\p{L}*|nemzeti|национал\p{L}*)/iu;

/** Peels one thing off the start: a bullet, a role label ("LP:", "Lead partner:"), the country first. */
/** "Hlavný cezhraničný partner", "Projektový partner 1": a partner word with words in lower case or a number. */
function partnerLabel(ctx: DocumentContext, fragment: string): Role | undefined {
  const tokens = tokenize(fragment);
  const found = ctx.lexicon.partners.find(tokens, ctx.stem);
  if (!found.length || tokens.length > 4) return undefined;
  const rest = tokens.filter((t, i) => i > 0 && !found.some((f) => i >= f.from && i < f.to));
  return rest.every((t) => /^(?:\p{Ll}|\d+$)/u.test(t.text)) ? 'partner' : undefined;
}

function peelStart(ctx: DocumentContext, p: Peeled, quote: string): boolean {
  const text = p.text;
  const bullet = BULLET.exec(text);
  if (bullet && bullet[0]) {
    p.text = text.slice(bullet[0].length);
    return true;
  }
  // A person first, the organisation after the comma: "Mr Karel Hošek, Olomouc Region".
  const tokens = tokenize(text);
  const title = ctx.lexicon.honorifics.matchAt(tokens, 0);
  const comma = text.indexOf(', ');
  if (title && comma > 0 && !isOrganisationName(ctx, text.slice(0, comma).replace(/^\S+\s/, ''))) {
    p.text = text.slice(comma + 2);
    return true;
  }
  // "Partner: X", "Vedúci partner – X", "Projektový partner 1 – X": a role, then the name.
  const colonLabel = /^([^:()]{1,40}):\s+(?=\S)/u.exec(text);
  const label = colonLabel ?? /^([^:()–—]{1,40}?)\s+[–—-]\s+(?=\S)/u.exec(text);
  if (label) {
    const role = roleOf(ctx, label[1]!) ?? (colonLabel ? undefined : partnerLabel(ctx, label[1]!));
    if (role) {
      if (role !== 'partner') p.role ??= role;
      p.text = text.slice(label[0].length);
      return true;
    }
  }
  // The country first, the organisation in parentheses or after a colon or dash: "Polska (Klaster …)".
  const leading = /^([\p{L}][\p{L} .-]{1,40}?)\s*(?:\(|:|\s[–—-]\s)\s*(.+)$/u.exec(text);
  if (leading && !p.country) {
    const m = resolvePlace(leading[1] ?? '');
    if (m) {
      p.country = statement(m, quote, 'explicit');
      let rest = (leading[2] ?? '').trim();
      if (rest.endsWith(')') && (rest.match(/\(/g) ?? []).length < (rest.match(/\)/g) ?? []).length)
        rest = rest.slice(0, -1).trim();
      p.text = rest;
      return true;
    }
  }
  return false;
}

/** "Name: Person, title, tel." and "Name, administered by X": what follows is not the partner. */
function cutContact(ctx: DocumentContext, p: Peeled, quote: string) {
  const colon = /^(.+?):\s+(.+)$/.exec(p.text);
  if (colon && isOrganisationName(ctx, colon[1]!) && !isOrganisationName(ctx, colon[2]!)) p.text = colon[1]!;
  const tokens = tokenize(p.text);
  for (let i = 1; i < tokens.length; i += 1) {
    const n = ctx.lexicon.administeredBy.matchAt(tokens, i, ctx.stem);
    if (!n) continue;
    const before = p.text.slice(0, tokens[i]!.start);
    const body = cleanName(p.text.slice(tokens[i + n - 1]!.end));
    p.notes.push({
      kind: 'ambiguous',
      text: `partner is "${cleanName(before)}"; "${body}" is named as the body that administers it and is not made a partner`,
      quote,
    });
    p.text = before;
    return;
  }
}

/** "ADRAL – Agencia de Desarrollo Regional del Alentejo": an acronym, then the name it stands for. */
function splitAcronymFirst(p: Peeled) {
  const m = /^([\p{Lu}\p{N}&.-]{2,12})\s+[–—-]\s+(.{6,})$/u.exec(p.text);
  if (m && isAcronym(m[1]!) && /\s/.test(m[2]!)) {
    p.acronym ??= m[1];
    p.text = m[2]!;
  }
}

/** Parentheses inside or at the end of the name: an acronym, a city with a short name, a long form. */
function readParentheses(p: Peeled) {
  const paren = /\s*\(([^()]*)\)?\s*$/.exec(p.text);
  if (paren && paren.index > 0) {
    const inner = tidySpaces(paren[1] ?? '');
    const pieces = inner.split(/\s*,\s*/);
    const [head = '', place] = pieces;
    if (
      pieces.length === 2 &&
      /^\p{Lu}[\p{L}-]+$/u.test(head) &&
      place &&
      /^\p{Lu}[\p{L} -]+$/u.test(place)
    ) {
      p.acronym ??= head;
      p.city ??= place;
      p.text = p.text.slice(0, paren.index);
    } else if (/^[\p{Lu}\p{N}&.-]{2,12}$/u.test(inner)) {
      p.acronym ??= inner;
      p.text = p.text.slice(0, paren.index);
    } else if (inner.split(' ').length >= 2) {
      p.otherNames.push(cleanName(inner));
      p.text = p.text.slice(0, paren.index);
    }
  }
  const innerAcronym = /\s*\(([\p{Lu}\p{N}&.-]{2,12})\)\s*/u.exec(p.text);
  if (innerAcronym && innerAcronym.index > 0) {
    p.acronym ??= innerAcronym[1];
    p.text = (
      p.text.slice(0, innerAcronym.index) +
      ' ' +
      p.text.slice(innerAcronym.index + innerAcronym[0].length)
    ).trim();
  }
}

/**
 * items.readItem: one partner entry, from a list line, a table row or a piece of a sentence. `quote` is
 * the exact text of the page it comes from; `setting` what the heading or sentence around it says.
 */
export function readItem(
  ctx: DocumentContext,
  raw: string,
  quote: string,
  setting: ItemSetting = {},
): ParsedItem | undefined {
  const p: Peeled = {
    text: tidySpaces(decodeEntities(raw))
      .replace(/[,;]+$/, '')
      .replace(/\)\.$/, ')')
      .replace(/(\p{L}{4,})\.$/u, '$1'),
    otherNames: [],
    notes: [],
  };
  for (let guard = 0; guard < 12 && (peelStart(ctx, p, quote) || peelEnd(ctx, p, quote)); guard += 1);
  cutContact(ctx, p, quote);
  for (let guard = 0; guard < 6 && peelEnd(ctx, p, quote); guard += 1);
  splitAcronymFirst(p);
  readParentheses(p);

  const name = cleanName(p.text);
  if (!acceptable(ctx, name, p)) return undefined;
  let country = p.country ?? setting.country;
  if (!country) {
    const inferred = countryFromName(ctx, [name, ...p.otherNames], quote);
    if (inferred) {
      country = inferred.statement;
      p.notes.push({
        kind: 'inferred',
        text: `country ${inferred.statement.code} of "${name}" ${inferred.why}`,
        quote,
      });
    }
  }
  const kind = orgKindFromName([name, ...p.otherNames].join(' '));
  const organisation: OrganisationRecord = { name, otherNames: p.otherNames, quote };
  if (p.acronym && p.acronym !== name) organisation.acronym = p.acronym;
  if (country) organisation.country = country;
  if (p.city) organisation.city = p.city;
  if (kind) organisation.kind = kind;
  return { organisation, ...(p.role ? { role: p.role } : {}), notes: p.notes };
}

/** A name: letters, a capital, at most 20 words, no address, not a sentence in lower case. */
function acceptable(ctx: DocumentContext, name: string, p: Peeled): boolean {
  if (!/\p{L}{2}/u.test(name) || name.split(' ').length > 20 || !/\p{Lu}/u.test(name)) return false;
  if (/https?:\/\/|www\.|\S+@\S+\.\p{L}{2,}/u.test(name)) return false;
  // A sentence under a heading is no name; a name in sentence case ("Krinova inkubatorius ir mokslų
  // parkas") has an organisation word.
  const words = name.split(' ');
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return (
    !!p.country ||
    words.length < 6 ||
    lower <= words.length / 2 ||
    (words.length <= 10 && hasOrganisationWord(ctx, name))
  );
}
