// The country table: every European country and its neighbours, named in European languages and English,
// with adjectives, a few inflected forms, ISO codes, licence-plate and sports codes. Browser-safe.
import countries from 'i18n-iso-countries';
import bg from 'i18n-iso-countries/langs/bg.json';
import bs from 'i18n-iso-countries/langs/bs.json';
import ca from 'i18n-iso-countries/langs/ca.json';
import cs from 'i18n-iso-countries/langs/cs.json';
import da from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import el from 'i18n-iso-countries/langs/el.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import et from 'i18n-iso-countries/langs/et.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ga from 'i18n-iso-countries/langs/ga.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import hu from 'i18n-iso-countries/langs/hu.json';
import is from 'i18n-iso-countries/langs/is.json';
import it from 'i18n-iso-countries/langs/it.json';
import lt from 'i18n-iso-countries/langs/lt.json';
import lv from 'i18n-iso-countries/langs/lv.json';
import mk from 'i18n-iso-countries/langs/mk.json';
import mt from 'i18n-iso-countries/langs/mt.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sk from 'i18n-iso-countries/langs/sk.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import sq from 'i18n-iso-countries/langs/sq.json';
import sr from 'i18n-iso-countries/langs/sr.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import { foldText, tidySpaces, withinOneEdit } from './normalise';

// The locale files differ in shape per language (a name or a list of names per country).
type Locale = Parameters<typeof countries.registerLocale>[0];
const LOCALES = [
  bg,
  bs,
  ca,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  is,
  it,
  lt,
  lv,
  mk,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  ru,
  sk,
  sl,
  sq,
  sr,
  sv,
  tr,
  uk,
] as unknown as Locale[];
for (const locale of LOCALES) countries.registerLocale(locale);

/** Europe and its neighbours, ISO 3166-1 alpha-2. */
export const EUROPEAN_COUNTRY_CODES = [
  'AD',
  'AL',
  'AM',
  'AT',
  'AZ',
  'BA',
  'BE',
  'BG',
  'BY',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FO',
  'FR',
  'GB',
  'GE',
  'GI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'XK',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MD',
  'ME',
  'MK',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'RS',
  'RU',
  'SE',
  'SI',
  'SK',
  'SM',
  'TR',
  'UA',
  'VA',
  'DZ',
  'EG',
  'IL',
  'JO',
  'LB',
  'LY',
  'MA',
  'PS',
  'SY',
  'TN',
  'KZ',
  'GL',
] as const;

const NEIGHBOURS = new Set(['DZ', 'EG', 'IL', 'JO', 'LB', 'LY', 'MA', 'PS', 'SY', 'TN', 'KZ', 'GL']);

/**
 * What the ISO tables lack: adjectives (English and native), a few inflected forms, and after `|` the
 * licence-plate, sports and common abbreviation codes. Inflections one letter away from a name
 * ("Hiszpanią") are left to the typo-tolerant match.
 */
const SUPPLEMENT: Record<string, string> = {
  AD: 'Andorran | AND',
  AL: 'Albanian, shqiptar | AL, ALB',
  AM: 'Armenian | ARM',
  AT: 'Austrian, österreichisch, österreichische, österreichischer, austriaco, austriaca, autrichien, autrichienne, austriacki, austriacka, rakouský, rakouská, rakúsky, avstrijski, austrijski, osztrák, austriac, Austrii, Avstriji, Rakousku | A, AUT',
  AZ: 'Azerbaijani | AZ, AZE',
  BA: 'Bosnian, Bosnia | BIH',
  BE: 'Belgian, belge, belgisch, belgijski, belga, Belgii | B, BEL',
  BG: 'Bulgarian, bulgare, bulgarisch, bulgaro, búlgaro, bułgarski, bulharský, bolgarski, bugarski, bolgár, българия, български, Bułgarii, Bulharsku | BG, BUL',
  BY: 'Belarusian | BY, BLR',
  CH: 'Swiss, schweizerisch, suisse, svizzero, svizzera, szwajcarski, švýcarský, švicarski | CH, SUI',
  CY: 'Cypriot, chypriote, zypriotisch, cipriota, cypryjski | CY, CYP',
  CZ: 'Czech, tchèque, tschechisch, ceco, checo, czeski, český, česká, české, češki, cseh, ceh, Czechy, Czech Republic, Česko, České republice, Czechach | CZ, ČR, CZE',
  DE: 'German, allemand, allemande, deutsch, deutsche, deutscher, tedesco, tedesca, alemán, alemana, niemiecki, niemiecka, německý, německá, nemški, njemački, német, german, germană, Niemiec, Niemczech, Německu, Nemčiji | D, DE, GER, BRD',
  DK: 'Danish, danois, dänisch, danese, danés, duński, dánský | DK, DEN',
  EE: 'Estonian, estonien, estnisch, estone, estoński | EST',
  ES: 'Spanish, espagnol, espagnole, spanisch, spagnolo, spagnola, español, española, hiszpański, hiszpańska, španělský, španski, španjolski, spanyol, spaniol, Hiszpanii, Španělsku, Španiji | E, ESP',
  FI: 'Finnish, finlandais, finnisch, finlandese, finlandés, fiński, finský | FIN',
  FR: 'French, français, française, französisch, französische, francese, francés, francesa, francuski, francuska, francouzský, francoski, francia, francez, Francji, Francii | F, FRA',
  GB: 'British, English, Scottish, Welsh, britannique, britisch, britannico, británico, brytyjski, britský, britanski, Wielkiej Brytanii | GB, UK, GBR',
  GE: 'Georgian | GE, GEO',
  GR: 'Greek, grec, grecque, griechisch, greco, greca, griego, griega, grecki, grecka, řecký, grški, grčki, görög, grec, Grecji, Řecku, Grčiji | GR, EL, GRE',
  HR: 'Croatian, croate, kroatisch, croato, croata, chorwacki, chorwacka, chorvatský, hrvaški, hrvatski, hrvatska, horvát, croat, Chorwacji, Chorvatsku, Hrvaškem | HR, CRO',
  HU: 'Hungarian, hongrois, ungarisch, ungherese, húngaro, węgierski, węgierska, maďarský, madžarski, mađarski, magyar, maghiar, Węgier, Węgrzech, Maďarsku | H, HU, HUN',
  IE: 'Irish, irlandais, irisch, irlandese, irlandés, irlandzki | IRL',
  IS: 'Icelandic | IS, ISL',
  IT: 'Italian, italien, italienne, italienisch, italienische, italiano, italiana, włoski, włoska, italský, italijanski, talijanski, olasz, italian, Włoch, Włoszech, Itálii | I, IT, ITA',
  XK: 'Kosovar, Kosova | RKS, KOS',
  LI: 'Liechtenstein | FL, LIE',
  LT: 'Lithuanian, lituanien, litauisch, lituano, litewski, litevský | LT, LTU',
  LU: 'Luxembourgish, luxembourgeois, luxemburgisch, lussemburghese | L, LUX',
  LV: 'Latvian, letton, lettisch, lettone, łotewski, lotyšský | LV, LAT',
  MC: 'Monegasque | MC, MON',
  MD: 'Moldovan, Moldavia | MD, MDA',
  ME: 'Montenegrin, monténégrin, montenegrinisch, montenegrino, czarnogórski, černohorský, črnogorski, crnogorski | MNE',
  MK: 'Macedonian, Macedonia, Makedonija | MK, NMK, MKD',
  MT: 'Maltese, maltais, maltesisch, maltese, maltański | M, MT, MLT',
  NL: 'Dutch, néerlandais, niederländisch, olandese, holandés, holenderski, nizozemský, nizozemski, holland, Holland, Holandia | NL, NED',
  NO: 'Norwegian, norvégien, norwegisch, norvegese, noruego, norweski, norský | N, NOR',
  PL: 'Polish, polonais, polonaise, polnisch, polnische, polacco, polacca, polaco, polaca, polski, polska, polskie, polský, poljski, lengyel, polonez, Polsce, Polski, Polsku, Poljskem | PL, POL',
  PT: 'Portuguese, portugais, portugiesisch, portoghese, portugués, portugalski, portugalský | P, POR',
  RO: 'Romanian, Rumanian, roumain, roumaine, rumänisch, rumänische, rumeno, rumena, rumano, rumana, rumuński, rumuńska, rumunský, romunski, rumunjski, román, român, română, Rumunii, Rumunsku, Romuniji | RO, ROU',
  RS: 'Serbian, serbe, serbisch, serbo, serbio, serbski, srbský, srbski, szerb, sârb, Serbii, Srbsku | SRB, SCG',
  RU: 'Russian, russe, russisch, russo, ruso, rosyjski, ruský, ruski, orosz | RUS',
  SE: 'Swedish, suédois, schwedisch, svedese, sueco, szwedzki, švédský | S, SWE',
  SI: 'Slovenian, Slovene, slovène, slowenisch, sloveno, slovena, esloveno, słoweński, słoweńska, slovinský, slovenski, slovenska, szlovén, sloven, Słowenii, Slovinsku, Sloveniji | SLO, SI',
  SK: 'Slovak, Slovakian, slovaque, slowakisch, slovacco, eslovaco, słowacki, słowacka, slovenský, slovaški, slovački, szlovák, slovac, Słowacji, Slovensku, Slovenská republika | SK, SVK',
  SM: 'Sammarinese | RSM, SMR',
  TR: 'Turkish, turc, türkisch, turco, turecki, turecký | TR, TUR',
  UA: 'Ukrainian, ukrainien, ukrainisch, ucraino, ucraniano, ukraiński, ukrajinský | UA, UKR',
  VA: 'Vatican | V, VAT',
};

export interface CountryMatch {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The text as written that was recognised. */
  matched: string;
  /** `typo` when the text is one letter away from a known name. */
  how: 'name' | 'code' | 'typo';
}

interface CountryTable {
  byName: Map<string, string>;
  byCode: Map<string, string>;
  /** Folded names of five or more letters, for the typo-tolerant match. */
  longNames: Array<[string, string]>;
}

let table: CountryTable | undefined;

function buildTable(): CountryTable {
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  const addName = (name: string, code: string) => {
    const key = foldKey(name);
    if (key && !byName.has(key)) byName.set(key, code);
  };
  for (const code of EUROPEAN_COUNTRY_CODES) {
    for (const lang of countries.langs()) {
      for (const name of countries.getName(code, lang, { select: 'all' }) ?? []) addName(name, code);
    }
    byCode.set(code, code);
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) byCode.set(alpha3, code);
    const [names = '', codes = ''] = (SUPPLEMENT[code] ?? '').split('|');
    for (const name of names.split(',')) addName(name.trim(), code);
    for (const extra of codes.split(',')) if (extra.trim()) byCode.set(extra.trim(), code);
  }
  // Typos are forgiven only for Europe itself: "Styria" must not become Syria.
  const longNames = [...byName].filter(([name, code]) => name.length >= 5 && !NEIGHBOURS.has(code));
  return { byName, byCode, longNames };
}

function foldKey(text: string): string {
  return foldText(tidySpaces(text))
    .replace(/[.,;:()[\]"“”„'’]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prepositions that may precede a country name: "din Spania", "from Austria", "aus Italien", "z Polski". */
const LEADING_PREPOSITION =
  /^(?:din|from|in|aus|de|da|du|des|dal|dalla|del|de la|z|ze|iz|v|ve|w|we|u|в|от|из|з|і)\s+/i;

export interface ResolveCountryOptions {
  /** Read two- and three-letter codes in any case ("de", "aut"): right for table cells, wrong for prose. */
  codesInAnyCase: boolean;
  /** Forgive one typo in names of five letters or more ("Avstija"). */
  typos: boolean;
}

export const RESOLVE_COUNTRY_DEFAULTS: ResolveCountryOptions = { codesInAnyCase: false, typos: true };

/**
 * countries.resolveCountry: the country a short text names ("Avstija" -> AT, "GER" -> DE, "ČR" -> CZ,
 * "din Germania" -> DE), or undefined. Codes count only when written in capitals; names of five letters
 * or more may carry one typo.
 */
export function resolveCountry(
  text: string,
  options: Partial<ResolveCountryOptions> = {},
): CountryMatch | undefined {
  const { codesInAnyCase, typos } = { ...RESOLVE_COUNTRY_DEFAULTS, ...options };
  table ??= buildTable();
  const matched = tidySpaces(text).replace(/^[\s,;:.()–-]+|[\s,;:.()–-]+$/g, '');
  if (!matched) return undefined;
  let asCode = matched.replace(/\.$/, '');
  // A table cell "de" is a code; the word "de" in prose is not.
  if (codesInAnyCase && asCode.length <= 3) asCode = asCode.toUpperCase();
  if (/^[A-ZČŠŽ]{1,3}$/u.test(asCode)) {
    const code = table.byCode.get(asCode);
    if (code) return { code, matched, how: 'code' };
  }
  // The country word itself is what was written: "din Spania" -> "Spania".
  const variants = [matched];
  const withoutPreposition = matched.replace(LEADING_PREPOSITION, '');
  if (withoutPreposition !== matched) variants.push(withoutPreposition);
  for (const variant of variants) {
    const code = table.byName.get(foldKey(variant));
    if (code) return { code, matched: variant, how: 'name' };
  }
  for (const variant of typos ? variants : []) {
    const key = foldKey(variant);
    if (key.length < 5) continue;
    for (const [name, code] of table.longNames) {
      if (name[0] === key[0] && withinOneEdit(name, key)) return { code, matched: variant, how: 'typo' };
    }
  }
  return undefined;
}

/**
 * countries.findCountryWords: countries named by single or two-word names and adjectives inside a longer
 * text ("Upper Austrian Chamber of Commerce" -> AT). Exact matches only, no codes: a weaker signal.
 */
export function findCountryWords(text: string): CountryMatch[] {
  table ??= buildTable();
  const words = tidySpaces(text)
    .split(/[\s,;:()–-]+/)
    .filter(Boolean);
  const found: CountryMatch[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (const span of [2, 1]) {
      const phrase = words.slice(i, i + span).join(' ');
      if (span === 2 && i + 1 >= words.length) continue;
      if (foldKey(phrase).length < 4) continue;
      const code = table.byName.get(foldKey(phrase));
      if (code) {
        found.push({ code, matched: phrase, how: 'name' });
        i += span - 1;
        break;
      }
    }
  }
  return found;
}

/** countries.countryNames: every folded name and adjective of the table with its code, for stemmed lookups. */
export function countryNames(): Array<[string, string]> {
  table ??= buildTable();
  return [...table.byName];
}

/** The English short name of a country code ("SI" -> "Slovenia"). */
export function countryLabel(code: string): string {
  const names = countries.getName(code, 'en', { select: 'all' }) ?? [];
  // i18n-iso-countries lists the official long form first for a few ("The Republic of North Macedonia").
  return names.find((name) => !name.startsWith('The ') && name.length > 3) ?? names[0] ?? code;
}

/** ISO 3166-1 alpha-2 for an ISO numeric code ("705" -> "SI"), as used by Natural Earth shapes. */
export function alpha2FromNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}
