// The reviewed alias file: knowledge no document states (that two names in two languages are one body).
// Format, one entry a line, each with a `#` comment line above saying why:
//   same: <name> = <name> [= <name> …]     one organisation or project under several names
//   country: <name> = <ISO 3166-1 alpha-2>  the country of an organisation whose page does not say it
import { nameKey } from './normalise';

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

export interface AliasBook {
  same: AliasEntry[];
  countries: CountryAlias[];
}

export const EMPTY_ALIASES: AliasBook = { same: [], countries: [] };

export type AliasParseResult = { ok: true; aliases: AliasBook } | { ok: false; errors: string[] };

/** aliases.parseAliases: reads and checks the alias file; errors say `file:line: what`. */
export function parseAliases(text: string, file = 'aliases'): AliasParseResult {
  const aliases: AliasBook = { same: [], countries: [] };
  const errors: string[] = [];
  let comment: string[] = [];
  const seen = new Map<string, number>();
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
    const entry = /^(same|country)\s*:\s*(.+)$/.exec(text);
    if (!entry) {
      errors.push(`${where}: expected "same: A = B" or "country: NAME = CODE", got "${text}"`);
      return;
    }
    if (!comment.length) errors.push(`${where}: the entry has no comment line above it saying why`);
    const why = comment.join(' ');
    comment = [];
    const parts = (entry[2] ?? '').split(/\s+=\s+/).map((p) => p.trim());
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
