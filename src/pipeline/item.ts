// One partner-list item or lead statement -> an organisation record: name, other names, country, role.
import { findCountryWords, resolveCountry, type CountryMatch } from '../graph/countries';
import { foldText, tidySpaces } from '../graph/normalise';
import { orgKindFromName } from '../graph/orgKind';
import type { Role } from '../graph/types';
import { ADMINISTERED_BY, ASSOCIATED_MARKERS, LEAD_MARKERS } from './lexicon';
import type { CountryStatement, OrganisationRecord, ReviewNote } from './types';

const BULLET = /^(?:[•·▪◦●○■□‣⁃*>–—-]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*/u;
const DASH = /\s+[–—-]\s+/;

/** Words showing that a country inside a name belongs to the name ("Asociaţia Naţională … din Bulgaria"). */
const NATIONAL =
  /(?<![\p{L}])(?:na[tţț]ional\p{L}*|national\p{L}*|narodow\p{L}*|národní\p{L}*|nacional\p{L}*|nazional\p{L}*|nationale?\p{L}*|narodn\p{L}*|nemzeti|национал\p{L}*)/iu;

/** Words that are a role, not a name ("– vodilni partner", "(lead partner)", "– lider de proiect"). */
export function roleOf(text: string): Role | undefined {
  const folded = ` ${foldText(text)
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const has = (markers: string[]) => markers.some((m) => folded.includes(` ${foldText(m)} `));
  if (has(ASSOCIATED_MARKERS)) return 'associated';
  if (has(LEAD_MARKERS)) return 'lead';
  return undefined;
}

/** True when the whole text is a role marker and nothing else. */
function isOnlyRole(text: string): Role | undefined {
  const folded = foldText(tidySpaces(text))
    .replace(/[.,;:()]+/g, '')
    .trim();
  if (ASSOCIATED_MARKERS.some((m) => foldText(m) === folded)) return 'associated';
  if (LEAD_MARKERS.some((m) => foldText(m) === folded)) return 'lead';
  return undefined;
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

export function cleanName(text: string): string {
  return tidySpaces(decodeEntities(text)).replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}

/**
 * The subject of a sentence without its article: "Die Wirtschaftsförderung X ist federführend" names
 * "Wirtschaftsförderung X". Only for sentence subjects: in a list, "La Rioja" and "Le Mans" keep theirs.
 */
export function withoutArticle(name: string): string {
  return name.replace(/^(?:die|der|das|la|le|les|il|lo|el|l')\s+(?=\p{Lu})/iu, '');
}

function statement(match: CountryMatch, quote: string, how: CountryStatement['how']): CountryStatement {
  return { code: match.code, written: match.matched, quote, how };
}

/** Splits "A, B" or "A; B" or "A oraz B" into country matches if every part is a country. */
function countriesIn(text: string): CountryMatch[] | undefined {
  const parts = text.split(/\s*[,;/]\s*|\s+(?:and|und|et|e|i|a|in|și|şi|si|oraz|и|és)\s+/u).filter(Boolean);
  if (!parts.length) return undefined;
  const found = parts.map((part) => resolveCountry(part));
  return found.every((m): m is CountryMatch => m !== undefined) ? found : undefined;
}

export interface ParsedItem {
  organisation: OrganisationRecord;
  role?: Role;
  notes: ReviewNote[];
}

/**
 * item.parseItem: reads one partner entry. `quote` is the exact line or clause it came from;
 * `headingCountry` the country a heading above the item named, if any.
 */
export function parseItem(
  raw: string,
  quote: string,
  headingCountry?: CountryStatement,
): ParsedItem | undefined {
  const notes: ReviewNote[] = [];
  let text = tidySpaces(decodeEntities(raw))
    .replace(BULLET, '')
    .replace(/[,;]+$/, '')
    .trim();
  text = text.replace(/\)\.$/, ')').replace(/(\p{L}{4,})\.$/u, '$1');
  let role: Role | undefined;
  let country: CountryStatement | undefined = headingCountry;
  const otherNames: string[] = [];
  let acronym: string | undefined;
  let city: string | undefined;

  // A role after a dash or comma, or in parentheses: "X (SI) – vodilni partner", "X (lead partner)".
  const dashParts = text.split(DASH);
  if (dashParts.length > 1) {
    const last = dashParts[dashParts.length - 1] ?? '';
    const lastRole = isOnlyRole(last);
    if (lastRole) {
      role = lastRole;
      text = dashParts.slice(0, -1).join(' – ');
    }
  }
  text = text.replace(/\s*\(([^()]*)\)/g, (all, inner: string) => {
    const r = isOnlyRole(inner);
    if (r) {
      role = r;
      return '';
    }
    return all;
  });
  const commaRole = /,\s*([^,]+)$/.exec(text);
  if (commaRole && isOnlyRole(commaRole[1] ?? '')) {
    role = isOnlyRole(commaRole[1] ?? '');
    text = text.slice(0, commaRole.index);
  }

  // The country first, the organisation in parentheses or after a colon or dash: "Polska (Klaster …)".
  const leading = /^([\p{L}][\p{L} .-]{1,40}?)\s*(?:\(|:|\s[–—-]\s)\s*(.+)$/u.exec(text);
  if (leading) {
    const m = resolveCountry(leading[1] ?? '');
    if (m) {
      country = statement(m, quote, 'explicit');
      text = (leading[2] ?? '').trim();
      // The closing parenthesis of "Country (Organisation)", if the page has it.
      if (text.endsWith(')') && (text.match(/\(/g) ?? []).length < (text.match(/\)/g) ?? []).length) {
        text = text.slice(0, -1).trim();
      }
    }
  }

  // Who administers or represents the partner is not the partner.
  const administered = ADMINISTERED_BY.exec(text);
  if (administered) {
    notes.push({
      kind: 'ambiguous',
      text: `partner is "${cleanName(text.slice(0, administered.index))}"; "${cleanName(administered[1] ?? '')}" is named as the body that administers it and is not made a partner`,
      quote,
    });
    text = text.slice(0, administered.index);
  }

  if (!country || country.how === 'heading') {
    // Trailing code or name after a comma: "…, ČR", "…, GER".
    const trailing = /,\s*([^,()]{1,30})$/.exec(text);
    const m = trailing ? resolveCountry(trailing[1] ?? '') : undefined;
    if (trailing && m) {
      country = statement(m, quote, 'explicit');
      text = text.slice(0, trailing.index);
    }
  }

  // Parentheses: a country ("(Slovenija)", "(Srbija, Črna gora)"), or a short name and a city
  // ("(Bioaratec, Saragossa"), or a long form of the name.
  const paren = /\s*\(([^()]*)\)?\s*$/.exec(text);
  if (paren && paren.index > 0) {
    const inner = tidySpaces(paren[1] ?? '');
    const several = countriesIn(inner);
    if (several && several.length && (!country || country.how === 'heading')) {
      const [first] = several;
      if (first) country = statement(first, quote, 'explicit');
      if (several.length > 1) {
        notes.push({
          kind: 'ambiguous',
          text: `several countries are given for one organisation (${several.map((s) => s.matched).join(', ')}); the first, ${first?.code}, is used`,
          quote,
        });
      }
      text = text.slice(0, paren.index);
    } else if (!several) {
      const pieces = inner.split(/\s*,\s*/);
      const [head = '', place] = pieces;
      if (
        pieces.length === 2 &&
        /^\p{Lu}[\p{L}-]+$/u.test(head) &&
        place &&
        /^\p{Lu}[\p{L} -]+$/u.test(place)
      ) {
        acronym = head;
        city = place;
        text = text.slice(0, paren.index);
      } else if (/^[\p{Lu}\p{N}&.-]{2,12}$/u.test(inner)) {
        acronym = inner;
        text = text.slice(0, paren.index);
      } else if (inner.split(' ').length >= 2) {
        otherNames.push(cleanName(inner));
        text = text.slice(0, paren.index);
      }
    }
  }

  // "… din Spania", "… from Austria", "… aus Italien", "… z Polski" at the end.
  if (!country || country.how === 'heading') {
    // The last preposition first: "Regiunea Macedonia de Vest din Grecia" is in Greece.

    const all = [...text.matchAll(/\s+(?=(?:din|from|in|aus|de|du|da|z|ze|iz|w|v|из|от)\s)/gu)].reverse();
    let prep: { index: number; phrase: string } | undefined;
    let m: CountryMatch | undefined;
    for (const at of all) {
      const phrase = text.slice(at.index).trim();
      if (phrase.split(' ').length > 4) break;
      m = resolveCountry(phrase);
      if (m) {
        prep = { index: at.index, phrase };
        break;
      }
    }

    if (prep && m) {
      country = statement(m, quote, 'explicit');
      // The country stays in a name that says it is national ("Asociaţia Naţională … din Bulgaria").
      if (!NATIONAL.test(text)) text = text.slice(0, prep.index);
    }
  }
  // Or after a dash: "X – Austria".
  if (!country || country.how === 'heading') {
    const parts = text.split(DASH);
    const m = parts.length > 1 ? resolveCountry(parts[parts.length - 1] ?? '') : undefined;
    if (m) {
      country = statement(m, quote, 'explicit');
      text = parts.slice(0, -1).join(' – ');
    }
  }

  // An acronym in parentheses inside the name: "Stuttgart Region Economic Development Corporation (WRS)".
  const innerAcronym = /\s*\(([\p{Lu}\p{N}&.-]{2,12})\)\s*/u.exec(text);
  if (innerAcronym && !acronym) {
    acronym = innerAcronym[1];
    text = (
      text.slice(0, innerAcronym.index) +
      ' ' +
      text.slice(innerAcronym.index + innerAcronym[0].length)
    ).trim();
  }

  const name = cleanName(text);
  if (!/\p{L}{2}/u.test(name) || name.split(' ').length > 20) return undefined;
  if (!/\p{Lu}/u.test(name)) return undefined;
  // A web or mail address, or a sentence in lower case with no country, is not an organisation.
  if (/https?:\/\/|www\.|\S+@\S+\.\p{L}{2,}/u.test(name)) return undefined;
  const words = name.split(' ');
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (!country && words.length >= 6 && lower > words.length / 2) return undefined;

  if (!country) {
    for (const candidate of [name, ...otherNames]) {
      const [word] = findCountryWords(candidate);
      if (word) {
        country = statement(word, quote, 'name');
        notes.push({
          kind: 'inferred',
          text: `country ${word.code} of "${name}" read from the word "${word.matched}" in its name`,
          quote,
        });
        break;
      }
    }
  }

  const kind = orgKindFromName([name, ...otherNames].join(' '));
  const organisation: OrganisationRecord = { name, otherNames, quote };
  if (acronym) organisation.acronym = acronym;
  if (country) organisation.country = country;
  if (city) organisation.city = city;
  if (kind) organisation.kind = kind;
  return { organisation, ...(role ? { role } : {}), notes };
}
