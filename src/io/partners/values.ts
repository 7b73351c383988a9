// Reading the cells of a partner table: roles in several languages, dates, amounts.
import type { Role } from '../../graph/types';
import { normaliseHeader } from './columns';

const ROLE_WORDS: Record<string, Role> = {};
const words = (role: Role, list: string[]) => list.forEach((w) => (ROLE_WORDS[w] = role));
words('lead', [
  'lead',
  'lead partner',
  'leadpartner',
  'lp',
  'coordinator',
  'coordinating partner',
  'project coordinator',
  'leader',
  'lider',
  'lider projektu',
  'partner wiodacy',
  'lider de proiect',
  'vodilni partner',
  'vedouci partner',
  'federfuhrend',
  'federfuhrender partner',
  'chef de file',
  'capofila',
  'beneficiario principale',
  'socio principal',
  'beneficiario lider',
  'vezeto partner',
  'yes',
  'y',
  'true',
  '1',
  'x',
  'ja',
  'oui',
  'si',
  'tak',
  'ano',
  'da',
  'igen',
]);
words('partner', [
  'partner',
  'project partner',
  'pp',
  'participant',
  'beneficiary',
  'partner organisation',
  'partenaire',
  'partner projektu',
  'projektpartner',
  'socio',
  'partener',
  'no',
  'n',
  'false',
  '0',
  'nein',
  'non',
  'nie',
  'ne',
]);
words('associated', [
  'associated',
  'associated partner',
  'associatedpartner',
  'associated organisation',
  'ap',
  'observer',
  'third party',
  'thirdparty',
  'assoziierter partner',
  'partenaire associe',
  'partner associato',
  'partner stowarzyszony',
  'pridruzeni partner',
  'partener asociat',
  'international partner',
]);

/** values.parseRole: a role word in any of the usual languages (or yes/no in a "lead" column). */
export function parseRole(value: string): Role | undefined {
  const key = normaliseHeader(value);
  return ROLE_WORDS[key] ?? ROLE_WORDS[key.replace(/ /g, '')];
}

const pad = (n: string) => n.padStart(2, '0');
const validMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12;
const validDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;

/** values.parseDate: ISO 8601 (partial allowed) from 2019, 2019-03, 2019-03-01(T…), 01.03.2019, 01/03/2019, 03/2019. */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?$/.exec(v);
  if (m) {
    const [, y, mo, d] = m;
    if (mo && !validMonth(mo)) return undefined;
    if (d && !validDay(d)) return undefined;
    return [y, mo && pad(mo), d && pad(d)].filter(Boolean).join('-');
  }
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
  if (m) {
    const [, d, mo, y] = m;
    if (!validMonth(mo!) || !validDay(d!)) return undefined;
    return `${y}-${pad(mo!)}-${pad(d!)}`;
  }
  m = /^(\d{1,2})[./-](\d{4})$/.exec(v);
  if (m && validMonth(m[1]!)) return `${m[2]}-${pad(m[1]!)}`;
  return undefined;
}

/**
 * values.parseAmount: euros from "1 234 567,89", "1.234.567,89", "1,234,567.89", "€ 250000", "EUR 2.5".
 * A lone separator followed by exactly three digits is read as thousands ("1.500" = 1500).
 */
export function parseAmount(value: string): number | undefined {
  let v = value.replace(/€|eur(o|os)?\b/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!/^-?[\d.,]+$/.test(v) || !/\d/.test(v)) return undefined;
  const lastDot = v.lastIndexOf('.');
  const lastComma = v.lastIndexOf(',');
  const decimal = lastDot >= 0 && lastComma >= 0 ? (lastDot > lastComma ? '.' : ',') : undefined;
  if (decimal) {
    const thousands = decimal === '.' ? ',' : '.';
    v = v.split(thousands).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    if (sep) {
      const parts = v.split(sep);
      const thousands = parts.length > 2 || parts.at(-1)!.length === 3;
      v = thousands ? parts.join('') : parts.join('.');
    }
  }
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
