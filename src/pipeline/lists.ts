// Partner-list structure: headings ("Partnerji:", "Vedoucí partner:") and Markdown table rows.
import { resolveCountry } from '../graph/countries';
import { foldText, tidySpaces } from '../graph/normalise';
import type { Role } from '../graph/types';
import { roleOf } from './item';
import { NOT_PARTNER_HEADING, PARTNER_HEADING } from './lexicon';

/**
 * A Markdown table row of a partner table -> "Name (Country) – role", or undefined for the header and
 * separator rows. Cells are told apart by content: a country, a role, or the name (the first other cell).
 */
export function tableRow(line: string): string | undefined {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => tidySpaces(c));
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || !c)) return undefined;
  let name: string | undefined;
  let country: string | undefined;
  let role: string | undefined;
  for (const cell of cells) {
    if (!cell) continue;
    if (!country && resolveCountry(cell)) country = cell;
    else if (!role && roleOf(cell)) role = cell;
    else name ??= cell;
  }
  if (!name || classifyHeading(name) || /^(?:name|organi[sz]ation|country|role|partner)s?$/i.test(name))
    return undefined;
  return `${name}${country ? ` (${country})` : ''}${role ? ` – ${role}` : ''}`;
}

interface Heading {
  role: Role | 'excluded';
  /** Text after the colon on the same line, if any. */
  value?: string;
}

/** A short line that heads a partner list: "Partnerji:", "Vedoucí partner:", "Capofila: Comune di …". */
export function classifyHeading(line: string): Heading | undefined {
  // Markdown and bold markers around a heading: "## Partners", "**Lead partner:**".
  const text = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  const colon = text.indexOf(':');
  const label = (colon >= 0 ? text.slice(0, colon) : text).trim();
  const value = colon >= 0 ? text.slice(colon + 1).trim() : '';
  const words = label.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return undefined;
  if (colon < 0 && words.length > 3) return undefined;
  const folded = ` ${foldText(label)
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const hasWord = (list: string[]) => list.some((w) => folded.includes(` ${foldText(w)}`));
  let role: Heading['role'] | undefined;
  if (hasWord(NOT_PARTNER_HEADING)) role = 'excluded';
  else if (roleOf(label) === 'associated') role = 'associated';
  else if (roleOf(label) === 'lead') role = 'lead';
  else if (hasWord(PARTNER_HEADING)) role = 'partner';
  if (!role) return undefined;
  // An inline list needs at least a name after the colon; a sentence is not a list.
  if (value && value.split(/\s+/).length > 60) return undefined;
  return value ? { role, value } : { role };
}
