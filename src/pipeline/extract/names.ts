// What makes a stretch of text an organisation's name: an organisation noun of some language, a legal
// form, an acronym; and how a name is cut out of the words around it.
import { orgKindFromName } from '../../graph/orgKind';
import { foldText, tidySpaces } from '../../graph/normalise';
import { LANGUAGE_PACKS } from '../languages';
import { ownWords, type DocumentContext } from './context';
import { tokenize, type Token } from './words';

/** An acronym: two to twelve capitals or digits with at least two capitals ("WRS", "RRA ÚK", "SM RDA"). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}&][\p{Lu}\p{N}&.\-/]{1,11}$/u;
/** Roman numerals and codes that are not names. */
const NOT_ACRONYM = /^(?:[IVXL]+|[A-Z]{2}\d+|\d+[A-Z]*|EU|EUR|WP\d*|PP\d*|LP)$/;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && !NOT_ACRONYM.test(word);
}

/** True when a token is capitalised (or an acronym, or starts with a digit and has letters: "24 cities"). */
export function isCapitalised(token: Pick<Token, 'text'>): boolean {
  return /^[\p{Lu}]/u.test(token.text);
}

/** names.organisationWords: the organisation nouns of any language in a text ("agencija", "Kommun"). */
export function hasOrganisationWord(ctx: DocumentContext, text: string): boolean {
  if (compoundNoun(text) || ownCompound(ctx, text)) return true;
  // The page's own language by stem ("agencijo", "Zavodu"); every other language as written: a
  // Bulgarian "област" must not make a Czech "oblastech" (areas) an organisation.
  const tokens = tokenize(text);
  return (
    ownWords(ctx, 'organisations').find(tokens, ctx.stem).length > 0 ||
    ctx.lexicon.organisations.find(tokens).length > 0 ||
    orgKindFromName(text) !== undefined
  );
}

let compounds: RegExp | undefined;

/**
 * An organisation noun of six letters or more inside a word of a compounding language ("Arenduskeskusega",
 * "Landwirtschaftskammer", "Kauppakamari"): the languages that write nouns together.
 */
function compoundNoun(text: string): boolean {
  compounds ??= new RegExp(
    `\\p{L}(?:${[
      ...new Set(
        LANGUAGE_PACKS.filter((p) => COMPOUNDING.has(p.code))
          .flatMap((p) => p.organisations)
          .map((w) => foldText(w))
          .filter((w) => w.length >= 6 && !w.includes(' ')),
      ),
    ].join('|')})`,
    'u',
  );
  return tokenize(text).some((t) => /^\p{Lu}/u.test(t.text) && compounds!.test(t.folded));
}

const ownCompounds = new WeakMap<DocumentContext['pack'], RegExp>();

/**
 * "Ogre maakonnavalitsuse", "Baldone linnavalitsusega": in a compounding page language a noun of its own
 * may end a word in lower case, inflected.
 */
function ownCompound(ctx: DocumentContext, text: string): boolean {
  if (!COMPOUNDING.has(ctx.pack.code)) return false;
  let pattern = ownCompounds.get(ctx.pack);
  if (!pattern) {
    const nouns = ctx.pack.organisations
      .map((w) => foldText(w))
      .filter((w) => w.length >= 6 && !w.includes(' '));
    pattern = new RegExp(`\\p{L}(?:${nouns.join('|')})\\p{L}{0,4}$`, 'u');
    ownCompounds.set(ctx.pack, pattern);
  }
  return tokenize(text).some((t) => pattern.test(t.folded));
}

const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'fi', 'et', 'hu']);

/**
 * names.isOrganisationName: a text that names an organisation: it has a letter in capitals, at most 16
 * words, and an organisation noun, a legal form or an acronym.
 */
export function isOrganisationName(ctx: DocumentContext, text: string): boolean {
  const clean = tidySpaces(text);
  const tokens = tokenize(clean);
  if (!tokens.length || tokens.length > 16 || !/\p{Lu}/u.test(clean)) return false;
  if (/https?:|www\.|@/.test(clean)) return false;
  return hasOrganisationWord(ctx, clean) || tokens.some((t) => isAcronym(t.text) && t.text.length >= 3);
}

/** Quote marks that open and close names: „Olza”, «SMARTinMED», "Olza", ,,Ugocea”. */
export const OPEN_QUOTES = '„“”"«‚‘‹,,';
export const QUOTE_PAIRS: Record<string, string> = {
  '„': '“”"',
  '”': '”',
  '“': '”"',
  '"': '"”“',
  '«': '»',
  // Slovene, Croatian, Danish and German typesetting open with the pointed end inwards: »Nano-regija«.
  '»': '«',
  '‚': '‘’',
  '‘': '’',
  '‹': '›',
  ',,': '”"“',
};

const ANY_QUOTE = OPEN_QUOTES + Object.values(QUOTE_PAIRS).join('');

/** The quote mark that opens `text`, if one does ("„", ",,", "«"). */
function openingQuote(text: string): string | undefined {
  const open = text.startsWith(',,') ? ',,' : text[0];
  return open && QUOTE_PAIRS[open] ? open : undefined;
}

/** The text in quotes at the start of `text` ("„Olza” i …" -> "Olza"), with the length consumed. */
export function quotedAt(text: string): { inner: string; length: number } | undefined {
  const open = openingQuote(text);
  if (!open) return undefined;
  const rest = text.slice(open.length);
  let close = -1;
  for (let i = 0; i < rest.length; i += 1)
    if (QUOTE_PAIRS[open]!.includes(rest[i]!)) {
      close = i;
      break;
    }
  if (close <= 0) return undefined;
  return { inner: rest.slice(0, close), length: open.length + close + 1 };
}

/**
 * A quote opened and never closed before its line ends, as scraped headings lose the closing mark
 * ("Projektas „Waterman"): the rest of a short line is the quoted text.
 */
export function quotedToLineEnd(text: string): { inner: string; length: number } | undefined {
  const open = openingQuote(text);
  if (!open) return undefined;
  const line = /^[^\n]*/.exec(text.slice(open.length))![0];
  const inner = line.trim();
  if (inner.length < 2 || inner.length > 60 || /[.!?:;]\s|[.!?:;]$/.test(inner)) return undefined;
  if ([...inner].some((c) => ANY_QUOTE.includes(c))) return undefined;
  return { inner, length: open.length + line.length };
}
