// The seam between the partner-table import and the shared resolvers (countries, organisation names).
// INTERIM: until the pipeline's country table and name resolver land on main, this uses
// i18n-iso-countries (English names and ISO codes) and a plain normalised-name key.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** ISO 3166-1 alpha-2 of a country name or code, or undefined when unknown. */
export function resolveCountry(text: string): string | undefined {
  const v = text.trim();
  if (!v) return undefined;
  const upper = v.toUpperCase();
  if (upper === 'EL') return 'GR';
  if (upper === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) return countries.alpha3ToAlpha2(upper) ?? undefined;
  return countries.getAlpha2Code(v, 'en') ?? countries.getSimpleAlpha2Code(v, 'en') ?? undefined;
}

export function countryLabel(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** Lower case, no diacritics or punctuation: the key under which two spellings are one name. */
const LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[łđðøæœßıþ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function slug(text: string): string {
  return normaliseName(text).replace(/ /g, '-').slice(0, 80) || 'unnamed';
}
