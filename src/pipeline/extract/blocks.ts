// Step 2, find lists: partner entries the page's layout sets apart: under a heading ("Partnerji:",
// "PROJEKTPARTNEREK", "Lead Partner: …"), in a table (Markdown, or flattened one cell a line), or a run
// of bullets that name organisations. Each entry keeps its line as its quote.
import { resolveCountry } from '../../graph/countries';
import { foldText } from '../../graph/normalise';
import type { Role } from '../../graph/types';
import type { CountryStatement, ReviewNote } from '../types';
import type { DocumentContext, Line } from './context';
import { roleOf } from './items';
import { isAcronym, isOrganisationName } from './names';
import { countryInWords } from './places';
import { localKey, type FoundProjects } from './projects';
import { runOfNames, splitNames } from './split';
import { withoutLegalForms } from '../knowledge/legalForms';
import { tokenize } from './words';

export interface PartnerEntry {
  /** The entry's text (a line, a table row's cells, or one name of an inline list). */
  raw: string;
  /** The exact text of the page it comes from. */
  quote: string;
  role: Role;
  /** Index into the page's projects, or -1 when the page names none it could belong to. */
  project: number;
  country?: CountryStatement;
  /** Index of the line it was read from. */
  line: number;
}

export interface Heading {
  role: Role | 'excluded';
  /** Text after the label on the same line, if any. */
  value?: string;
  /** Offset of `value` in the line. */
  valueStart?: number;
  /** A country the heading names ("Partner italiani", "Partners from Austria"). */
  country?: string;
}

const COLUMN_WORDS =
  /^(?:name|names|organi[sz]ation|organisation name|institution|partner|partners|country|countries|role|function|type|website|web|link|city|town|region|budget|contact|akronym|acronym|ország|země|país|pays|paese|land|kraj|država|naziv|nazwa|název)$/i;

/** blocks.classifyHeading: a short line that heads a partner list, or a list that is not of partners. */
export function classifyHeading(ctx: DocumentContext, line: string): Heading | undefined {
  const text = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  // A list entry ("• Nadace Partnerstvi,") is no heading, unless it ends with a colon.
  if ((BULLET.test(text) && !/:$/.test(text)) || /[,;]$/.test(text) || text.startsWith('|')) return undefined;
  let colon = text.search(/:(?:\s|$)/);
  // A label glued to its value by a lost line break: "Partnerzy aktywniStowarzyszenie …".
  const glued = colon < 0 ? /^(\p{L}[\p{L} ]{2,40}?\p{Ll})(?=\p{Lu}\p{Ll})/u.exec(text) : null;
  const gluedWords = glued ? tokenize(glued[1]!) : [];
  if (
    glued &&
    [ctx.lexicon.partners, ctx.lexicon.lead, ctx.lexicon.associated].some(
      (l) => l.find(gluedWords, ctx.stem).length,
    )
  )
    colon = glued[1]!.length;
  const label = (colon >= 0 ? text.slice(0, colon) : text).trim();
  const rawValue = colon >= 0 ? text.slice(colon + (text[colon] === ':' ? 1 : 0)) : '';
  const value = rawValue.trim();
  const tokens = tokenize(label);
  if (!tokens.length || tokens.length > 7) return undefined;
  if (colon < 0 && tokens.length > 4 && !/^[\p{Lu}\d\s-]+$/u.test(label)) return undefined;
  const { lexicon: lx, stem } = ctx;
  let role: Heading['role'] | undefined;
  if (lx.notPartners.find(tokens, stem).length && !lx.lead.find(tokens, stem).length) role = 'excluded';
  else if (lx.associated.find(tokens, stem).length) role = 'associated';
  else if (lx.lead.find(tokens, stem).length && !/^(?:lead|leader|lider|líder)$/i.test(label)) role = 'lead';
  else if (lx.partners.find(tokens, stem).length) role = 'partner';
  if (!role) return undefined;
  // A heading is mostly its label: "Partneři projektu", "Partner italiani"; not "Zadaniem każdego partnera jest:".
  const opensWithRole =
    lx.partners.matchAt(tokens, 0, stem) > 0 ||
    lx.lead.matchAt(tokens, 0, stem) > 0 ||
    lx.associated.matchAt(tokens, 0, stem) > 0;
  // "Projektet er støttet af:", "The project is funded by:": a list after it is of funders all the same.
  const fundersLabel = role === 'excluded' && colon >= 0;
  if (
    !opensWithRole &&
    !fundersLabel &&
    lx.copula
      .find(tokens, stem)
      .some((m) => m.to - m.from === 1 && tokens[m.from]!.text.length > 1 && m.from > 0)
  )
    return undefined;
  const other = tokens.filter((t) => !isRoleish(ctx, t.text)).length;
  if (other > 2) return undefined;
  // An entry with its role ("Energieagentur Tirol (Österreich) – Leadpartner") is no heading: without
  // its role and partner words, a name is left.
  if (colon < 0 && /\s[–—-]\s|\(/.test(label)) {
    const roleWords = [
      ...lx.partners.find(tokens, stem),
      ...lx.lead.find(tokens, stem),
      ...lx.associated.find(tokens, stem),
    ];
    const rest = tokens
      .filter((_, i) => !roleWords.some((m) => i >= m.from && i < m.to))
      .map((t) => t.text)
      .join(' ');
    const countryless = rest
      .split(' ')
      .filter((w) => !resolveCountry(w))
      .join(' ');
    if (isOrganisationName(ctx, countryless)) return undefined;
  }
  if (value && value.split(/\s+/).length > 90) return undefined;
  const country = findCountryIn(label);
  const out: Heading = { role };
  if (value) {
    out.value = value;
    out.valueStart = line.indexOf(value, colon >= 0 ? line.indexOf(label) + colon : 0);
  }
  if (country) out.country = country;
  return out;
}

/** A word that belongs to a heading: a role, partner or project word, a country adjective, a small word. */
function isRoleish(ctx: DocumentContext, word: string): boolean {
  const { lexicon: lx, stem } = ctx;
  const t = tokenize(word);
  return (
    word.length <= 3 ||
    lx.partners.matchAt(t, 0, stem) > 0 ||
    lx.lead.matchAt(t, 0, stem) > 0 ||
    lx.associated.matchAt(t, 0, stem) > 0 ||
    lx.notPartners.matchAt(t, 0, stem) > 0 ||
    lx.project.test(foldText(word)) ||
    !!resolveCountry(word) ||
    /^(?:our|the|of|in|from|project|consortium|international\w*|internacional\w*|other|others|further|additional|main|principal\w*|list|all|our|nostri|i|ostali|övriga|øvrige|weitere|andere|autres|altri|otros|outros|pozostali|další|ďalší)$/iu.test(
      word,
    )
  );
}

function findCountryIn(text: string): string | undefined {
  return countryInWords(text)?.code;
}

/** A Markdown table row -> "Name (Country) – role", or undefined for the header and separator rows. */
export function tableRow(ctx: DocumentContext, line: string): string | undefined {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || !c)) return undefined;
  let name: string | undefined;
  let country: string | undefined;
  let role: string | undefined;
  for (const cell of cells) {
    if (!cell) continue;
    if (!country && resolveCountry(cell, { codesInAnyCase: true })) country = cell;
    else if (!role && roleOf(ctx, cell)) role = cell;
    else name ??= cell;
  }
  if (!name || classifyHeading(ctx, name) || COLUMN_WORDS.test(name)) return undefined;
  return `${name}${country ? ` (${country})` : ''}${role ? ` – ${role}` : ''}`;
}

/** Kinds of line inside a list. */
type LineKind = 'item' | 'role' | 'country' | 'skip' | 'end';

const BULLET = /^(?:[•·▪◦●○■□‣⁃*>–—-]|\(?\d{1,2}[.)](?!\d))\s*/u;

function lineKind(ctx: DocumentContext, text: string, inHeadingBlock: boolean): LineKind {
  const bare = text.replace(BULLET, '').trim();
  if (!bare) return 'skip';
  if (/^\|?[\s|:-]+\|?$/.test(bare)) return 'skip';
  // A table's header row, its cells perhaps glued ("Organisation nameFunctionCountryWebsite link").
  const cells = tokenize(bare.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
  if (
    cells.length >= 2 &&
    bare.length < 120 &&
    cells.filter((t) => COLUMN_WORDS.test(t.text)).length >= Math.max(2, cells.length / 2)
  )
    return 'skip';
  const tokens = tokenize(bare);
  // A line that opens with a project word is about the project ("Project data"), not a partner.
  // ("Projektový partner 1 – MAS Buchlov", "Projektpartner: …" name a partner.)
  const { lexicon: lx0, stem: stem0 } = ctx;
  if (
    tokens[0] &&
    lx0.project.test(tokens[0].folded) &&
    ![0, 1].some((i) => lx0.partners.matchAt(tokens, i, stem0) > 0 || lx0.lead.matchAt(tokens, i, stem0) > 0)
  )
    return 'end';
  if (/^(?:yes|no|ja|nein|igen|nem|ano|ne|tak|nie|da|oui|non|sì|si|sí)$/i.test(bare)) return 'skip';
  if (
    /^(?:e-?mail|tel|phone|fax|web|www|http)\b/i.test(bare) ||
    /^[\d\s.,+€%/-]+(?:EUR|€)?$/u.test(bare) ||
    /\b\d[\d .,]*\s*(?:EUR|€)\s*$/u.test(bare)
  )
    return 'skip';
  // A figure with its label ("ERFA TÁRSFINANSZÍROZÁS € 1 214 488,70", "IDŐTARTAM 2008-2012").
  if (/(?:€|EUR)\s*\d|\d\s*(?:€|EUR)\b|(?:19|20)\d\d\s*[-–]\s*(?:\d{1,2}[./])*(?:19|20)\d\d\s*$/u.test(bare))
    return 'skip';
  if (resolveCountry(bare.replace(/:$/, '')) && tokens.length <= 3) return 'country';
  // A heading in capitals ("ÖSSZEFOGLALÓ", "PROJECT DATA") that names no organisation ends the list.
  if (bare === bare.toUpperCase() && /\p{Lu}{4}/u.test(bare) && !isOrganisationName(ctx, bare)) return 'end';
  const role = roleOf(ctx, bare);
  if (role && !isOrganisationName(ctx, bare.replace(/\([^)]*\)/g, ''))) return 'role';
  if (bare.length > 220) return 'end';
  // A heading of something else ("Działania i inicjatywy projektowe:") or another field ("Duration: …")
  // ends the list; "Ballerup Kommune: Centerchef …" is an entry with its contact.
  if (/:$/.test(bare) && !resolveCountry(bare.slice(0, -1))) return 'end';
  const field = /^([^:]{2,40}):\s+\S/.exec(bare);
  if (field && !isOrganisationName(ctx, field[1]!) && !roleOf(ctx, field[1]!) && !resolveCountry(field[1]!))
    return 'end';
  // Legal forms ("z. s. p. o.") are no words of a sentence.
  const words = withoutLegalForms(bare.replace(/\([^()]*\)/g, ' ')).split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  const sentence = words.length >= 10 && lower > words.length / 2 && /[.!?]$/.test(bare);
  if (sentence) return 'end';
  if (isOrganisationName(ctx, bare)) return 'item';
  if (!inHeadingBlock) return 'end';
  // Under a partner heading, a short capitalised line is a name even without an organisation word.
  return /^[\p{Lu}„“"«]/u.test(bare) && words.length <= 12 && lower <= words.length / 2 ? 'item' : 'end';
}

interface Block {
  role: Role | 'excluded';
  project: number;
  country?: CountryStatement;
  headed: boolean;
  /** Whether role cells come before the names ("Vezető kedvezményezett" / "Obec Tureň") or after. */
  rolesFirst?: boolean;
  pendingRole?: Role;
  entries: PartnerEntry[];
  misses: number;
  /** A list without heading: the index of its last line. Its entries are read as its majority is. */
  runEnd?: number;
}

/**
 * A section's title above a list: the first line after a blank line, short, not a sentence, a label or a
 * heading ("• Scand Tick Innovation", "Grænseoverskridende naturoplevelser langs vestkysten").
 */
function isTitleLine(ctx: DocumentContext, index: number): boolean {
  const line = ctx.lines[index]!;
  const text = line.text.replace(BULLET, '').trim();
  if (!text || text.length > 110 || /[.:;,]$/.test(text) || /:\s/.test(text)) return false;
  if (tokenize(text).length > 12 || !/^[\p{Lu}\d„“"«]/u.test(text) || classifyHeading(ctx, line.text))
    return false;
  const before = ctx.lines[index - 1];
  const after = ctx.lines.slice(index + 1).find((l) => l.text);
  return (!before || !before.text || BULLET.test(line.text)) && !!after && after.text.length > text.length;
}

/**
 * Sections of a page of several projects: each partner heading's project is the title line above it (since
 * the list before it), or the project of the list before it when no title stands between them. A page of
 * one section gives its lists to the page's project.
 */
function sectionProjects(
  ctx: DocumentContext,
  found: FoundProjects,
  headings: number[],
  addProject: AddProject,
): Map<number, number> {
  const out = new Map<number, number>();
  const titles = headings.map((h, k) => {
    const floor = k > 0 ? headings[k - 1]! : -1;
    for (let j = h - 1; j > floor; j -= 1) if (isTitleLine(ctx, j)) return j;
    return -1;
  });
  const sections = titles.filter((t, k) => t >= 0 && (k === 0 || t > headings[k - 1]!)).length;
  if (sections < 2) return out;
  let current = -1;
  headings.forEach((h, k) => {
    const t = titles[k]!;
    if (t >= 0) {
      const line = ctx.lines[t]!;
      const text = line.text.replace(BULLET, '').trim();
      const named = projectNamedIn(found, text);
      current =
        named ??
        addProject(text, line.text, {
          start: line.start + line.text.indexOf(text),
          end: line.start + line.text.length,
        });
    }
    if (current >= 0) out.set(h, current);
  });
  return out;
}

export type AddProject = (name: string, quote: string, at: { start: number; end: number }) => number;

/** The project a list belongs to: one its heading names, else the page's, else the one named above it. */
function projectAbove(ctx: DocumentContext, found: FoundProjects, line: Line): number {
  const named = projectNamedIn(found, line.text);
  if (named !== undefined) return named;
  // A page naming several projects, none of them its own, says of no single one that these are its partners.
  return found.main >= 0 ? found.main : found.projects.length === 1 ? 0 : -1;
}

export function projectNamedIn(found: FoundProjects, text: string): number | undefined {
  const key = ` ${localKey(text)} `;
  const index = found.projects.findIndex((p) =>
    p.names.some((n) => localKey(n).length > 1 && key.includes(` ${localKey(n)} `)),
  );
  return index >= 0 ? index : undefined;
}

/**
 * A line that holds several entries: names separated by commas, semicolons or slashes, each an
 * organisation's, with perhaps a role label before one ("/ Strategischer Partner: Stadt Wien").
 */
function inlineEntries(ctx: DocumentContext, text: string): Array<{ text: string; role?: Role }> | undefined {
  // Only a line that separates its names: commas, semicolons, slashes (an "and" alone joins one name too);
  // a sentence ("Al progetto partecipa inoltre, in qualità di partner associato, il Consorzio …") is none.
  if (!/[,;]\s|\s\/\s/.test(text)) {
    const run = runOfNames(ctx, { text: text.replace(BULLET, '').trim(), start: 0 });
    return run.length >= 3 ? run.map((p) => ({ text: p.text })) : undefined;
  }
  const words = text
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  if (words.length >= 10 && words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length / 2)
    return undefined;
  const parts = text.split(/\s+\/\s+/);
  const out: Array<{ text: string; role?: Role }> = [];
  for (const part of parts) {
    const labelled = /^([^:]{2,40}):\s+(.+)$/.exec(part);
    const role = labelled ? roleOf(ctx, labelled[1]!) : undefined;
    const body = role ? labelled![2]! : part;
    for (const piece of splitNames(ctx, body))
      out.push(role && role !== 'partner' ? { text: piece.text, role } : { text: piece.text });
  }
  if (out.length < 2) return undefined;
  return out.filter((e) => isOrganisationName(ctx, e.text)).length >= Math.ceil(out.length * 0.6)
    ? out
    : undefined;
}

/** blocks.findBlocks: the partner entries of lists, tables and inline lists, and the lines they use. */
export function findBlocks(
  ctx: DocumentContext,
  found: FoundProjects,
  addProject: AddProject,
): { entries: PartnerEntry[]; used: Set<number>; notes: ReviewNote[] } {
  const entries: PartnerEntry[] = [];
  const headingLines = ctx.lines
    .filter(
      (l) =>
        l.text &&
        classifyHeading(ctx, l.text)?.role !== undefined &&
        classifyHeading(ctx, l.text)?.role !== 'excluded',
    )
    .map((l) => l.index);
  const sections = sectionProjects(ctx, found, headingLines, addProject);
  const used = new Set<number>();
  const notes: ReviewNote[] = [];
  let block: Block | undefined;
  const close = () => {
    if (block && block.role !== 'excluded') entries.push(...block.entries);
    block = undefined;
  };
  const push = (raw: string, quote: string, line: Line, role?: Role) => {
    if (!block || block.role === 'excluded') return;
    const entry: PartnerEntry = {
      raw,
      quote,
      role: role ?? block.pendingRole ?? block.role,
      project: block.project,
      line: line.index,
    };
    if (block.country) entry.country = block.country;
    block.pendingRole = undefined;
    block.entries.push(entry);
    used.add(line.index);
  };

  for (let i = 0; i < ctx.lines.length; i += 1) {
    const line = ctx.lines[i]!;
    if (!line.text) {
      if (block && !block.headed && block.entries.length) close();
      continue;
    }
    const heading = classifyHeading(ctx, line.text);
    if (heading) {
      close();
      block = {
        role: heading.role,
        project:
          projectNamedIn(found, line.text) ?? sections.get(line.index) ?? projectAbove(ctx, found, line),
        headed: true,
        entries: [],
        misses: 0,
      };
      if (heading.country)
        block.country = { code: heading.country, written: heading.country, quote: line.text, how: 'heading' };
      used.add(line.index);
      if (heading.role === 'excluded') {
        notes.push({
          kind: 'skipped',
          text: 'not a partner list (observers, hosts, related projects …)',
          quote: line.text,
        });
        continue;
      }
      if (heading.value) {
        const value = heading.value;
        const start = line.text.indexOf(value);
        const pieces = splitNames(ctx, value);
        for (const piece of pieces)
          push(
            piece.text,
            pieces.length > 1 ? piece.text : line.text,
            line,
            heading.role === 'partner' ? undefined : heading.role,
          );
        // A one-line "Lead Partner: X" or "Partners: A, B" ends its list; a heading alone opens one.
        if (start >= 0) close();
      }
      continue;
    }
    if (!block) {
      block = headlessList(ctx, found, i);
      if (!block) continue;
    }
    if (block.role === 'excluded') {
      // Every bullet of a funders' or observers' list is theirs, a long one ("• EU: INTERREG … med midler
      // fra …") too.
      if (!BULLET.test(line.text) && lineKind(ctx, line.text, true) === 'end') close();
      else used.add(line.index);
      continue;
    }
    if (line.text.startsWith('|')) {
      const row = tableRow(ctx, line.text);
      used.add(line.index);
      // The header row of a Markdown table is the row above its separator.
      if (/^\|?[\s|:-]+\|?$/.test(ctx.lines[i + 1]?.text ?? '') && ctx.lines[i + 1]?.text.includes('-'))
        continue;
      if (row) push(row, line.text, line);
      continue;
    }
    // A section's title after a blank line ends the list above it.
    if (
      block.entries.length &&
      !ctx.lines[i - 1]?.text &&
      isTitleLine(ctx, i) &&
      !isOrganisationName(ctx, line.text)
    ) {
      close();
      continue;
    }
    // "Kreis Vysočina, Kreis Südböhmen, …, NÖ.Regional / Strategischer Partner: Stadt Wien": one line, many,
    // however long.
    const inline = block.headed ? inlineEntries(ctx, line.text) : undefined;
    if (inline) {
      block.misses = 0;
      used.add(line.index);
      for (const entry of inline) push(entry.text, entry.text, line, entry.role);
      continue;
    }
    const kind = lineKind(ctx, line.text, block.headed || (block.runEnd !== undefined && i <= block.runEnd));
    // Entries with bullets so far: a line without one after a blank line is no entry.
    if (
      kind === 'item' &&
      block.entries.length >= 2 &&
      !ctx.lines[i - 1]?.text &&
      !BULLET.test(line.text) &&
      block.entries.every((e) => BULLET.test(ctx.lines[e.line]!.text))
    ) {
      close();
      continue;
    }
    if (kind === 'end') {
      block.misses += 1;
      if (block.misses >= (block.headed && !block.entries.length ? 3 : 1)) close();
      continue;
    }
    used.add(line.index);
    if (kind === 'skip') continue;
    if (kind === 'role') {
      const role = roleOf(ctx, line.text.replace(BULLET, '')) ?? 'partner';
      block.rolesFirst ??= block.entries.length === 0;
      const last = block.entries[block.entries.length - 1];
      if (!block.rolesFirst && last && last.line >= i - 2) last.role = role;
      else block.pendingRole = role;
      continue;
    }
    if (kind === 'country') {
      const m = resolveCountry(line.text.replace(BULLET, '').replace(/:$/, ''))!;
      const statement: CountryStatement = {
        code: m.code,
        written: m.matched,
        quote: line.text,
        how: 'heading',
      };
      const last = block.entries[block.entries.length - 1];
      // A table flattened one cell a line: the country follows its organisation (after its role).
      if (block.rolesFirst === false && last && last.line >= i - 3 && !last.country)
        last.country = { ...statement, how: 'explicit' };
      else block.country = statement;
      continue;
    }
    block.misses = 0;
    push(line.text, line.text, line);
  }
  close();
  return { entries, used, notes };
}

function strongName(text: string): boolean {
  const words = tokenize(text);
  const capitals = words.slice(1).filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitals >= 1 || words.some((w) => isAcronym(w.text)) || /\([^()]+\)|[–—-]\s*\p{Lu}/u.test(text);
}

/** The last sentence of a line ends in a colon and speaks of partners. */
function partnersFollow(ctx: DocumentContext, text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  const last = text.split(/[.!?]\s+/).pop() ?? text;
  return ctx.lexicon.partners.occursIn(last, ctx.stem) && !ctx.lexicon.notPartners.occursIn(last, ctx.stem);
}

/**
 * A run of two or more bullet lines whose most items name organisations, with no heading saying what; or
 * a run of plain lines, nearly all names, after a sentence about partners that ends in a colon ("…
 * δραστηριοποιούνται οι εταίροι του έργου και οι οποίοι είναι:").
 */
function headlessList(ctx: DocumentContext, found: FoundProjects, from: number): Block | undefined {
  const run: string[] = [];
  const bulleted = BULLET.test(ctx.lines[from]!.text);
  let j = from;
  for (; j < ctx.lines.length; j += 1) {
    const text = ctx.lines[j]!.text;
    if (!text || BULLET.test(text) !== bulleted) break;
    run.push(text);
  }
  if (run.length < 2) return undefined;
  // The line above says what the list is: not partners when it names observers, funders, contacts.
  const above = ctx.lines
    .slice(0, from)
    .reverse()
    .find((l) => l.text);
  if (!bulleted && !(above && partnersFollow(ctx, above.text))) return undefined;
  // Without a heading, an entry needs more than an organisation word: a second capital, an acronym, a country.
  const named = run.filter(
    (t) => lineKind(ctx, t, false) === 'item' && strongName(t.replace(BULLET, '')),
  ).length;
  if (named / run.length < (bulleted ? 0.6 : 0.8)) return undefined;
  if (above && ctx.lexicon.notPartners.occursIn(above.text, ctx.stem) && above.text.length < 80)
    return undefined;
  // With no project named, the list still stands: the page's address may name its project.
  const project = projectAbove(ctx, found, ctx.lines[from]!);
  return { role: 'partner', project, headed: false, entries: [], misses: 0, runEnd: j - 1 };
}
