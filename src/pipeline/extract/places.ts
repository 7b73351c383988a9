// Where an organisation is when no country stands beside it: a country word in its name or in the words
// around it ("Upper Austrian Chamber", "na slovenskoj strani", "από την Ελληνική πλευρά"), a region
// ("Ústeckého kraje"), a town ("Gemeente Knokke-Heist", "Univerza v Mariboru"), or the letters only one
// country's language writes ("Powiat Ząbkowicki").
import {
  countryNames,
  EUROPEAN_COUNTRY_CODES,
  findCountryWords,
  resolveCountry,
  type CountryMatch,
} from '../../graph/countries';
import { foldText } from '../../graph/normalise';
import { DESIGNATORS, matchRegions, regionStem } from '../../graph/regions';
import { findCity } from '../knowledge/cities';
import { legalFormCountries } from '../knowledge/legalForms';
import { LANGUAGE_PACKS, type LanguagePack } from '../languages';
import type { CountryStatement } from '../types';
import type { DocumentContext } from './context';
import { hasOrganisationWord, isAcronym } from './names';
import { PhraseSet, tokenize } from './words';

const EUROPE = new Set<string>(EUROPEAN_COUNTRY_CODES);

export interface InferredCountry {
  statement: CountryStatement;
  /** For the review: "read from the word …". */
  why: string;
}

/** Adjective and case endings a country's name takes in Slavic and Baltic languages, beyond the table's. */
const EXTRA_ENDINGS = [
  'skoj',
  'skom',
  'skih',
  'skim',
  'skog',
  'ske',
  'skega',
  'skemu',
  'ijos',
  'ijoje',
  'ijas',
  'iją',
  'ijo',
  'iji',
  'ije',
  'ii',
  'ei',
  'es',
];
const MIN_STEM = 5;

function countryStem(word: string): string {
  let folded = foldText(word);
  for (const ending of EXTRA_ENDINGS) {
    const e = foldText(ending);
    if (folded.endsWith(e) && folded.length - e.length >= MIN_STEM) {
      folded = folded.slice(0, -e.length);
      break;
    }
  }
  return regionStem(folded);
}

let stems: Map<string, string> | undefined;

/** Stems of five letters or more that name one country only ("sloven" from Slovenija, slovenski, …). */
function stemIndex(): Map<string, string> {
  if (stems) return stems;
  const codes = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    if (/\s/.test(name)) return;
    const stem = countryStem(name);
    if (stem.length < MIN_STEM) return;
    const set = codes.get(stem) ?? new Set<string>();
    set.add(code);
    codes.set(stem, set);
  };
  for (const [name, code] of countryNames()) if (EUROPE.has(code)) add(name, code);
  stems = new Map([...codes].filter(([, set]) => set.size === 1).map(([stem, set]) => [stem, [...set][0]!]));
  return stems;
}

let packForms: Map<string, string> | undefined;

/** The language packs' country adjectives, folded, as written: "slovenskoj" is Slovenia's in Croatian. */
function packForm(word: string): string | undefined {
  packForms ??= new Map(
    LANGUAGE_PACKS.flatMap((pack) =>
      Object.entries(pack.countryWords).flatMap(([code, forms]) =>
        forms.map((f) => [foldText(f), code] as const),
      ),
    ),
  );
  return packForms.get(foldText(word));
}

/**
 * places.countryWord: the country a word names in any of its forms ("Slovenije", "slovenskoj",
 * "Ελληνική", "Švedijos"), by the table or by a stem of five letters or more; undefined for acronyms.
 */
export function countryWord(word: string): string | undefined {
  if (word.length < 4 || isAcronym(word)) return resolveCountry(word)?.code;
  return resolveCountry(word)?.code ?? packForm(word) ?? stemIndex().get(countryStem(word));
}

/**
 * places.resolvePlace: the country a short text names, as the country table reads it ("Avstija", "GER",
 * "din Germania"), or a single word in any of its forms ("Švedijos", "Lenkijos").
 */
export function resolvePlace(text: string): CountryMatch | undefined {
  const found = resolveCountry(text);
  if (found) return found;
  const word = text.trim().replace(/[.,;:]+$/, '');
  if (/\s/.test(word) || word.length < 5) return undefined;
  const code = countryWord(word);
  return code ? { code, matched: word, how: 'name' } : undefined;
}

/** places.countryTag: the country the parentheses that close a text name ("IHCantabria (Spain)", "(Graz, AT)"). */
export function countryTag(text: string): CountryMatch | undefined {
  const m = /\(([^()]{2,60})\)\s*$/.exec(text);
  return m ? resolvePlace(m[1]!.split(/,\s*/).pop()!) : undefined;
}

/** places.countryInWords: the first country some word of a text names, and the word. */
export function countryInWords(text: string): { code: string; written: string } | undefined {
  const [found] = findCountryWords(text);
  if (found) return { code: found.code, written: found.matched };
  for (const t of tokenize(text)) {
    const code = t.text.length >= 5 ? (packForm(t.text) ?? stemIndex().get(countryStem(t.text))) : undefined;
    if (code) return { code, written: t.text };
  }
  return undefined;
}

/**
 * Capitalised words and pairs of them, longest first, then the last first: towns close names more often
 * than they open them. Organisation words and acronyms are no towns ("Klaster" is a Czech village and the
 * Polish cluster word; "IDA" a Russian one).
 */
function placeCandidates(ctx: DocumentContext, name: string): string[] {
  const words = tokenize(name).filter(
    (t) =>
      /^\p{Lu}/u.test(t.text) &&
      t.text.length >= 4 &&
      !isAcronym(t.text) &&
      !hasOrganisationWord(ctx, t.text),
  );
  const pairs: string[] = [];
  const singles: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const next = words[i + 1];
    const w = words[i]!;
    const gap = next ? name.slice(w.end, next.start) : '';
    if (next && (gap.trim().length <= 1 || gap === ' ('))
      pairs.push(name.slice(w.start, next.end + (gap === ' (' ? 1 : 0)));
    singles.push(w.text);
  }
  return [...pairs, ...singles];
}

/**
 * A name whose organisation noun belongs to one language only, a language of one country ("Községi
 * Önkormányzat", "savivaldybė"): that country. A noun several languages share ("Region") says nothing.
 */
function countryOfNoun(
  ctx: DocumentContext,
  name: string,
): { code: string; noun: string; language: string } | undefined {
  const tokens = tokenize(name);
  const codes = new Set<string>();
  let noun = '';
  let language = '';
  for (const pack of LANGUAGE_PACKS) {
    // The page's own language by stem ("Klaszterrel", "centru"), every other as written.
    const match = ownNouns(pack).find(tokens, pack === ctx.pack ? ctx.stem : undefined)[0];
    if (!match) continue;
    if (!pack.country) return undefined;
    codes.add(pack.country);
    noun = match.phrase;
    language = pack.names[0]!;
  }
  return codes.size === 1 ? { code: [...codes][0]!, noun, language } : undefined;
}

const nounSets = new WeakMap<LanguagePack, PhraseSet>();

/** A pack's organisation nouns that no other pack has. */
function ownNouns(pack: LanguagePack): PhraseSet {
  let set = nounSets.get(pack);
  if (!set) {
    const others = new Set(
      LANGUAGE_PACKS.filter((p) => p !== pack).flatMap((p) => p.organisations.map((w) => foldText(w))),
    );
    set = new PhraseSet(pack.organisations.filter((w) => !others.has(foldText(w)) && w.length >= 4));
    nounSets.set(pack, set);
  }
  return set;
}

/** The letters only one country's language writes: a name with them is of that country ("Ząbkowicki"). */
function countryOfLetters(name: string): { code: string; letter: string } | undefined {
  for (const pack of LANGUAGE_PACKS) {
    if (!pack.letters || !pack.country) continue;
    const letter = [...name].find((c) => pack.letters!.includes(c.toLowerCase()));
    if (letter) return { code: pack.country, letter };
  }
  return undefined;
}

/**
 * The country whose law has the name's legal form ("Kft.", "Sp. z o.o."); a form of several countries
 * ("d.o.o.", "GmbH") counts when the page names one of them only (its language says too little: a
 * German page names Austrian companies).
 */
function countryOfForm(ctx: DocumentContext, name: string): { code: string; form: string } | undefined {
  const found = legalFormCountries(name);
  if (!found) return undefined;
  const codes =
    found.countries.length === 1
      ? found.countries
      : found.countries.filter((c) => namedCountries(ctx).has(c));
  return codes.length === 1 ? { code: codes[0]!, form: found.form } : undefined;
}

/** "county Zala", "Somogy megye": a short region name with a word saying it is a region's. */
function designated(name: string, written: string): boolean {
  const at = name.indexOf(written);
  if (at < 0) return false;
  const before = tokenize(name.slice(0, at)).pop();
  const after = tokenize(name.slice(at + written.length))[0];
  return [before, after].some(
    (t) => !!t && (DESIGNATORS.has(t.folded) || DESIGNATORS.has(regionStem(t.text))),
  );
}

const named = new WeakMap<DocumentContext, Set<string>>();

/**
 * The countries a page names in any form ("Slovenije", "Croatian") and its address's ("….hr").
 */
function namedCountries(ctx: DocumentContext): Set<string> {
  let found = named.get(ctx);
  if (found) return found;
  found = new Set<string>();
  for (const m of findCountryWords(ctx.doc.text)) found.add(m.code);
  for (const t of tokenize(ctx.doc.text)) {
    if (t.text.length < 5 || isAcronym(t.text)) continue;
    const code = packForm(t.text) ?? stemIndex().get(countryStem(t.text));
    if (code) found.add(code);
  }
  const tld = /\.([a-z]{2})(?::\d+)?(?:\/|$)/i.exec(ctx.doc.source?.value.replace(/^\w+:\/\//, '') ?? '');
  const code = tld ? resolveCountry(tld[1]!.toUpperCase())?.code : undefined;
  if (code) found.add(code);
  named.set(ctx, found);
  return found;
}

/**
 * The countries a page is about: those it names and its language's. A town or region in a name that
 * would put an organisation elsewhere ("Istrian" ~ Istra, Russia) is a weaker sign than the page.
 */
function pageCountries(ctx: DocumentContext): Set<string> {
  const code = ctx.pack.country;
  return code && !namedCountries(ctx).has(code)
    ? new Set([...namedCountries(ctx), code])
    : namedCountries(ctx);
}

// The EU and its closest neighbours, where nearly all partners of the corpus are.
const CORE = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE NO IS LI CH GB'.split(
    ' ',
  ),
);

/** A country read from a form of a place's name: one of the EU or its neighbours, or one the page is about. */
function likely(ctx: DocumentContext, code: string): boolean {
  return CORE.has(code) || pageCountries(ctx).has(code);
}

/** places.countryFromName: the country a name's own words tell, or undefined. */
export function countryFromName(
  ctx: DocumentContext,
  names: string[],
  quote: string,
): InferredCountry | undefined {
  const statement = (code: string, written: string): CountryStatement => ({
    code,
    written,
    quote,
    how: 'name',
  });
  for (const name of names) {
    // "Italo-Tedesca", "Tysk-Dansk": a compound of two countries says no single one.
    const word = countryInWords(name);
    if (word && !new RegExp(`[\\p{L}]-${word.written}|${word.written}-[\\p{L}]`, 'u').test(name))
      return {
        statement: statement(word.code, word.written),
        why: `read from the word "${word.written}" in its name`,
      };
  }
  for (const name of names) {
    // A short stem ("Tarna" ~ Tarn) meets too many words; a region counts when six letters or more name it.
    // A region is a proper name ("centar" is no "Centar"); one read from a form of its name ("Zagorska" ~
    // Zagora) counts for a country the page is about.
    const region = matchRegions(name).find(
      (r) =>
        EUROPE.has(r.country) &&
        /^\p{Lu}/u.test(r.written) &&
        (foldText(r.written) === foldText(r.name) || likely(ctx, r.country)) &&
        (r.written.replace(/[^\p{L}]/gu, '').length >= 6 || designated(name, r.written)),
    );
    if (region && quote.includes(region.written))
      return {
        statement: statement(region.country, region.written),
        why: `read from the region "${region.written}" (${region.name}) in its name`,
      };
  }
  for (const name of names) {
    for (const words of placeCandidates(ctx, name)) {
      const city = findCity(words, ctx.pack.code === 'en', pageCountries(ctx));
      // A town by a form of its name ("Istrian" ~ Istra) counts for a country the page is about.
      const exact = city && foldText(city.name) === foldText(words);
      if (city && quote.includes(words) && (exact || likely(ctx, city.country)))
        return {
          statement: statement(city.country, words),
          why: `read from the town "${words}" (${city.name}) in its name`,
        };
    }
  }
  for (const name of names) {
    const language = countryOfNoun(ctx, name);
    if (language)
      return {
        statement: statement(language.code, language.noun),
        why: `read from the ${language.noun} in its name, a word of ${language.language} only`,
      };
  }
  for (const name of names) {
    const letters = countryOfLetters(name);
    if (letters)
      return {
        statement: statement(letters.code, name),
        why: `read from the letter "${letters.letter}" its language alone writes`,
      };
  }
  for (const name of names) {
    const form = countryOfForm(ctx, name);
    if (form)
      return {
        statement: statement(form.code, form.form),
        why: `read from its legal form "${form.form}"`,
      };
  }
  return undefined;
}
