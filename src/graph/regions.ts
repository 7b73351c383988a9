// Regions (ISO 3166-2 subdivisions) named inside organisation names and partner lines, in any EU language.
import { iso31662 } from 'iso-3166';
import { findCountryWords } from './countries';
import { foldText } from './normalise';

/** One ISO 3166-2 subdivision. */
export interface Subdivision {
  /** ISO 3166-2 code, e.g. `RO-CJ`. */
  code: string;
  /** Name as in the gazetteer (the subdivision's own language), e.g. `Cluj`, `Dytikí Makedonía`. */
  name: string;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
  /** Code of the enclosing subdivision for second-level ones (`IT-MI` lies in `IT-25`). */
  parent?: string;
}

/** A subdivision found in a text, with the words that name it. */
export interface RegionMatch extends Subdivision {
  /** The words of the text that named it, as written (first to last matched word). */
  written: string;
  /** A city named with the region's word: the match followed by one capitalised word ending the text. */
  city?: string;
}

export interface MatchRegionOptions {
  /** ISO 3166-1 alpha-2: only subdivisions of this country are considered. */
  country?: string;
}

/** Compass and position words across EU languages, folded; each maps to one canonical token. */
const COMPASS: Record<string, string[]> = {
  '@west': [
    'west',
    'western',
    'vest',
    'vestic',
    'vestul',
    'zachodnia',
    'zachodni',
    'zachodnie',
    'zapadni',
    'zapadna',
    'zapadny',
    'zahodna',
    'zahodni',
    'dytiki',
    'dytikis',
    'ouest',
    'occidental',
    'occidentale',
    'occidentali',
    'westlich',
    'westliche',
    'west',
    'oeste',
    'nyugat',
    'nyugati',
  ],
  '@east': [
    'east',
    'eastern',
    'wschodnia',
    'wschodni',
    'vychodni',
    'vychodna',
    'vzhodna',
    'vzhodni',
    'anatoliki',
    'anatolikis',
    'oriental',
    'orientale',
    'orientali',
    'ostlich',
    'ostliche',
    'ost',
    'kelet',
    'keleti',
  ],
  '@north': [
    'north',
    'northern',
    'nord',
    'nordic',
    'polnocna',
    'polnocny',
    'severni',
    'severna',
    'severny',
    'voreio',
    'voreia',
    'septentrional',
    'settentrionale',
    'nordlich',
    'nordliche',
    'norte',
    'eszak',
    'eszaki',
  ],
  '@south': [
    'south',
    'southern',
    'sud',
    'sudic',
    'poludniowa',
    'poludniowy',
    'jizni',
    'juzna',
    'juzny',
    'juzni',
    'notio',
    'notia',
    'meridional',
    'meridionale',
    'sudlich',
    'sudliche',
  ],
  '@upper': [
    'upper',
    'ober',
    'obere',
    'oberer',
    'haute',
    'haut',
    'alta',
    'alto',
    'superior',
    'superiore',
    'gorna',
    'gorny',
    'horni',
    'horna',
    'zgornja',
    'felso',
  ],
  '@lower': [
    'lower',
    'nieder',
    'niedere',
    'basse',
    'bas',
    'baja',
    'bajo',
    'bassa',
    'basso',
    'inferior',
    'inferiore',
    'dolna',
    'dolny',
    'dolni',
    'spodnja',
  ],
  '@central': [
    'central',
    'centrala',
    'centralna',
    'centralny',
    'stredni',
    'stredna',
    'srednja',
    'kentriki',
    'centrale',
    'mittel',
    'centro',
    'kozep',
    'kozepso',
  ],
};
const COMPASS_OF = new Map<string, string>();
for (const [token, words] of Object.entries(COMPASS)) for (const w of words) COMPASS_OF.set(w, token);

/** Words that say "this is a region" without naming one: optional on both sides. */
/** Words that say a name is a region's: county, kraj, megye, Landkreis … (folded). */
export const DESIGNATORS = new Set(
  [
    'region',
    'regiunea',
    'regiune',
    'regionu',
    'regija',
    'regio',
    'regione',
    'region',
    'regiao',
    'perifereia',
    'county',
    'judet',
    'judetul',
    'judetean',
    'judeteana',
    'megye',
    'zupanija',
    'zupanijska',
    'kraj',
    'kraje',
    'krajsky',
    'samospravny',
    'samospravneho',
    'samospravnom',
    'province',
    'provincia',
    'provinz',
    'provincie',
    'wojewodztwo',
    'voivodeship',
    'oblast',
    'okrug',
    'land',
    'bundesland',
    'landkreis',
    'kreis',
    'department',
    'departement',
    'departamento',
    'district',
    'distrito',
    'autonomous',
    'autonoma',
    'autonomna',
    'community',
    'comunidad',
    'comunitat',
    'obcina',
    'opcina',
    'mestna',
    'grad',
    'city',
    'citta',
    'metropolitana',
    'metropolitan',
    'state',
    'free',
    'freistaat',
    'canton',
    'kanton',
  ].map(foldText),
);

/** Joining words that never name a region. */
const STOPWORDS = new Set(
  'de del la le les des di da do dos das du kai and of the nad pod na an der die am im y e i a und et ob pri v w z s sur in din al el lo'.split(
    ' ',
  ),
);

/** Inflection and adjective endings, longest first: genitives, adjectives, demonyms (folded). */
const ENDINGS = [
  'skiego',
  'ckiego',
  'skeho',
  'ckeho',
  'skiej',
  'skych',
  'skega',
  'skemu',
  'skie',
  'ckie',
  'skih',
  'skim',
  'ului',
  'eza',
  'ese',
  'esa',
  'ska',
  'ske',
  'ski',
  'sky',
  'sko',
  'cky',
  'cka',
  'cke',
  'ian',
  'ija',
  'ije',
  'iei',
  'eho',
  'ias',
  'os',
  'as',
  'ego',
  'ia',
  'ie',
  'ii',
  'ej',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];
const MIN_STEM = 4;

/** regions.regionStem: the folded word without its inflection or adjective ending ("Ústeckého" -> "uste"). */
export function regionStem(word: string): string {
  const folded = foldText(word);
  for (const ending of ENDINGS)
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM)
      return folded.slice(0, -ending.length);
  return folded;
}

interface Token {
  /** Canonical compass token, or the stem. */
  key: string;
  start: number;
  end: number;
  folded: string;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const folded = foldText(m[0]);
    const key = COMPASS_OF.get(folded) ?? regionStem(m[0]);
    tokens.push({ key, start: m.index, end: m.index + m[0].length, folded });
  }
  return tokens;
}

interface Entry extends Subdivision {
  /** Keys every one of which must appear in the text. */
  required: string[];
}

let gazetteer: Map<string, Entry[]> | undefined;

function buildGazetteer(): Map<string, Entry[]> {
  const byCountry = new Map<string, Entry[]>();
  for (const s of iso31662) {
    // The package appends language tags to some duplicated names: "Diekirch (de, lb)".
    const name = s.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const country = s.code.slice(0, 2);
    const required = [
      ...new Set(
        tokenise(name)
          .filter((t) => !DESIGNATORS.has(t.folded) && !STOPWORDS.has(t.folded))
          .map((t) => t.key),
      ),
    ];
    if (!required.length) continue;
    const entry: Entry = { code: s.code, name, country, required };
    if (s.parent !== country) entry.parent = s.parent;
    const list = byCountry.get(country) ?? [];
    list.push(entry);
    byCountry.set(country, list);
  }
  return byCountry;
}

/** regions.subdivision: the gazetteer entry of an ISO 3166-2 code, if any. */
export function subdivision(code: string): Subdivision | undefined {
  gazetteer ??= buildGazetteer();
  const entry = gazetteer.get(code.slice(0, 2))?.find((e) => e.code === code);
  if (!entry) return undefined;
  const { required: _required, ...rest } = entry;
  return rest;
}

/** Same stem, or (both ≥5 letters) one substituted letter: "makedon" ~ "macedon". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('@') || b.startsWith('@')) return false;
  if (a.length < 5 || a.length !== b.length || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff += 1;
  return diff <= 1;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * regions.matchRegions: the subdivisions a text names, best first. A subdivision matches when every
 * distinctive word of its name (not "kraj", "county", …) appears in the text, up to inflection, one typo
 * in stems of five letters or more, and compass words in any EU language ("Macedonia de Vest" ~
 * "Dytikí Makedonía"). Words that name a country ("Polska") never count. When several match, those with
 * more matched words win; a tie between unrelated subdivisions gives none (ambiguous).
 */
export function matchRegions(text: string, options: MatchRegionOptions = {}): RegionMatch[] {
  gazetteer ??= buildGazetteer();
  if (!text.trim()) return [];
  // A word naming the organisation's own country ("Polska") is not a region of it; another country's
  // name may be one ("Macedonia" in Greece).
  const countryWords = new Set(
    findCountryWords(text)
      .filter((c) => !options.country || c.code === options.country.toUpperCase())
      .flatMap((c) => c.matched.split(/[\s-]+/).map((w) => foldText(w))),
  );
  const tokens = tokenise(text).filter(
    (t) => !countryWords.has(t.folded) && !STOPWORDS.has(t.folded) && !DESIGNATORS.has(t.folded),
  );
  if (!tokens.length) return [];
  const pools = options.country
    ? [gazetteer.get(options.country.toUpperCase()) ?? []]
    : [...gazetteer.values()];
  const found: Array<{ match: RegionMatch; words: number; typos: number }> = [];
  for (const pool of pools) {
    for (const entry of pool) {
      const used: Token[] = [];
      for (const key of entry.required) {
        const token = tokens.find((t) => !used.includes(t) && sameStem(t.key, key));
        if (!token) break;
        used.push(token);
      }
      if (used.length !== entry.required.length) continue;
      const distinctive = used.filter((t) => !t.key.startsWith('@'));
      if (!distinctive.length) continue;
      const start = Math.min(...used.map((t) => t.start));
      const end = Math.max(...used.map((t) => t.end));
      const { required: _required, ...subdivision } = entry;
      const match: RegionMatch = { ...subdivision, written: text.slice(start, end) };
      const city = cityAfter(text, end, distinctive.length === 1 ? distinctive[0]! : undefined);
      if (city) match.city = city;
      const typos = used.filter((t, i) => t.key !== entry.required[i]).length;
      found.push({ match, words: entry.required.length, typos });
    }
  }
  found.sort(
    (a, b) =>
      b.words - a.words ||
      a.typos - b.typos ||
      levelOf(a.match) - levelOf(b.match) ||
      a.match.code.localeCompare(b.match.code),
  );
  // Without a country, every country's subdivisions compete: only exact words, and only one country.
  if (!options.country) {
    const exact = found.filter((f) => f.typos === 0);
    if (new Set(exact.map((f) => f.match.country)).size > 1) return [];
    found.splice(0, found.length, ...exact);
  }
  const [first, second] = found;
  if (first && second && first.words === second.words && first.typos === second.typos) {
    const [a, b] = [found[0]!.match, found[1]!.match];
    const related = a.parent === b.code || b.parent === a.code;
    if (!related && levelOf(a) === levelOf(b)) return [];
  }
  return found.map((f) => f.match);
}

function levelOf(s: Subdivision): number {
  return s.parent ? 2 : 1;
}

/**
 * A city named with the region's word: the word followed by one capitalised word that ends the text
 * ("… Babes-Bolyai Cluj Napoca" -> "Cluj Napoca"; "Milano Metropoli Development Agency" names none).
 */
function cityAfter(text: string, end: number, token: Token | undefined): string | undefined {
  if (!token) return undefined;
  const word = text.slice(token.start, token.end);
  if (!isCapitalised(word)) return undefined;
  const rest = text.slice(end);
  const m = /^[\s-]+(\p{Lu}[\p{Ll}\p{M}]+)\s*[.,;)]?\s*$/u.exec(rest);
  if (!m) return undefined;
  const following = m[1]!.split(/[\s-]+/);
  if (following.some((w) => DESIGNATORS.has(foldText(w)) || COMPASS_OF.has(foldText(w)))) return undefined;
  return `${word}${rest.slice(0, rest.indexOf(m[1]!))}${m[1]}`.replace(/\s+/g, ' ');
}
