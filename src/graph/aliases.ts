// The reviewed alias file: knowledge no document states (that two names in two languages are one body).
// Format, one entry a line, each with a `#` comment line above saying why:
//   same: <name> = <name> [= <name> …]     one organisation or project under several names
//   country: <name> = <ISO 3166-1 alpha-2>  the country of an organisation whose page does not say it
//   partner: <name> = <project> [role]      an organisation a page shows taking part in a project without
//                                           a partner list saying so; role lead|partner|associated
//                                           (default partner). The pipeline checks the name against the
//                                           documents and the project against the projects they name.
import { nameKey } from './normalise';
import type { Role } from './types';

export interface AliasEntry {
  names: string[];
  line: number;
  comment: string;
}

export interface CountryAlias {
  name: string;
  code: string;
  line: number;
  comment: string;
}

export interface ParticipationAlias {
  /** The organisation's name as written in a document. */
  organisation: string;
  /** A name or acronym of the project as written in a document. */
  project: string;
  role: Role;
  line: number;
  comment: string;
}

export interface AliasBook {
  same: AliasEntry[];
  countries: CountryAlias[];
  participations: ParticipationAlias[];
}

export const EMPTY_ALIASES: AliasBook = { same: [], countries: [], participations: [] };

const ROLES: readonly Role[] = ['lead', 'partner', 'associated'];

export type AliasParseResult = { ok: true; aliases: AliasBook } | { ok: false; errors: string[] };

/** aliases.parseAliases: reads and checks the alias file; errors say `file:line: what`. */
export function parseAliases(text: string, file = 'aliases'): AliasParseResult {
  const aliases: AliasBook = { same: [], countries: [], participations: [] };
  const errors: string[] = [];
  let comment: string[] = [];
  const seen = new Map<string, number>();
  const seenPairs = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (!text) {
      // A blank line ends a comment block: the file's header is nobody's reason.
      comment = [];
      return;
    }
    if (text.startsWith('#')) {
      comment.push(text.replace(/^#+\s*/, ''));
      return;
    }
    const where = `${file}:${line}`;
    const entry = /^(same|country|partner)\s*:\s*(.+)$/.exec(text);
    if (!entry) {
      errors.push(
        `${where}: expected "same: A = B", "country: NAME = CODE" or "partner: NAME = PROJECT [role]", got "${text}"`,
      );
      return;
    }
    if (!comment.length) errors.push(`${where}: the entry has no comment line above it saying why`);
    const why = comment.join(' ');
    comment = [];
    let body = entry[2] ?? '';
    let role: string | undefined;
    if (entry[1] === 'partner') {
      const bracket = /\s*\[([^\]]*)\]\s*$/.exec(body);
      if (bracket) {
        role = (bracket[1] ?? '').trim();
        body = body.slice(0, bracket.index);
      }
    }
    const parts = body.split(/\s+=\s+/).map((p) => p.trim());
    if (parts.some((p) => !p)) {
      errors.push(`${where}: an empty name`);
      return;
    }
    if (entry[1] === 'same') {
      if (parts.length < 2) {
        errors.push(`${where}: "same" needs at least two names joined by " = "`);
        return;
      }
      for (const name of parts) {
        const earlier = seen.get(nameKey(name));
        if (earlier !== undefined) errors.push(`${where}: "${name}" already appears on line ${earlier}`);
        seen.set(nameKey(name), line);
      }
      aliases.same.push({ names: parts, line, comment: why });
    } else if (entry[1] === 'partner') {
      const [organisation = '', project = ''] = parts;
      if (parts.length !== 2) {
        errors.push(
          `${where}: "partner" needs an organisation and a project, like "partner: Stadt Graz = SMART+ [lead]"`,
        );
        return;
      }
      if (role !== undefined && !(ROLES as readonly string[]).includes(role)) {
        errors.push(`${where}: unknown role "${role}"; use [lead], [partner] or [associated]`);
        return;
      }
      const pair = `${nameKey(organisation)} -> ${nameKey(project)}`;
      const earlier = seenPairs.get(pair);
      if (earlier !== undefined)
        errors.push(`${where}: "${organisation}" in "${project}" already appears on line ${earlier}`);
      seenPairs.set(pair, line);
      aliases.participations.push({
        organisation,
        project,
        role: (role as Role | undefined) ?? 'partner',
        line,
        comment: why,
      });
    } else {
      const [name = '', code = ''] = parts;
      if (parts.length !== 2 || !/^[A-Z]{2}$/.test(code)) {
        errors.push(
          `${where}: "country" needs a name and a two-letter ISO code, like "country: Stadt Graz = AT"`,
        );
        return;
      }
      aliases.countries.push({ name, code, line, comment: why });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, aliases };
}
