// `npm run build:data -- [--seeds DIR | --csv FILE] [--out FILE] [--aliases FILE] [--review FILE]`: the only
// module that touches fs. Reads every document (or one partner table), checks it, and writes graph.json
// and review.md atomically, or nothing.
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAliases, type AliasBook } from '../graph/aliases';
import { AliasEntryError } from './build';
import { runCsvPipeline } from './csv';
import { decodeDocument, DocumentError, DOCUMENT_EXTENSIONS } from './read';
import { runPipeline } from './run';
import type { SourceDocument } from './types';

export interface CliOptions {
  seeds: string;
  out: string;
  aliases: string;
  review: string;
  /** A partner table (CSV/TSV, one row per participation) to build from instead of the seeds. */
  csv: string;
}

export const CLI_DEFAULTS: CliOptions = {
  seeds: 'seeds',
  out: 'data/graph.json',
  aliases: 'data/aliases.txt',
  review: 'data/review.md',
  csv: '',
};

export class CliError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const options = { ...CLI_DEFAULTS };
  let reviewGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const names: Record<string, keyof CliOptions> = {
      '--seeds': 'seeds',
      '--out': 'out',
      '--aliases': 'aliases',
      '--review': 'review',
      '--csv': 'csv',
    };
    const name = flag ? names[flag] : undefined;
    if (!name)
      throw new CliError(
        `build:data: unknown argument "${flag}"; use --seeds DIR, --csv FILE, --out FILE, --aliases FILE, --review FILE`,
      );
    if (!value || value.startsWith('--')) throw new CliError(`build:data: ${flag} needs a value`);
    options[name] = value;
    if (name === 'review') reviewGiven = true;
    i += 1;
  }
  // A graph written elsewhere gets its review beside it, so a test run never overwrites data/review.md.
  if (!reviewGiven && options.out !== CLI_DEFAULTS.out)
    options.review = join(dirname(options.out), 'review.md');
  return options;
}

export function readDocuments(dir: string): SourceDocument[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`build:data: ${dir}: not a directory`);
    entries = readdirSync(dir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`build:data: ${dir}: cannot read the directory (${(error as Error).message})`);
  }
  const files = entries
    .filter((f) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()))
    .sort();
  if (!files.length)
    throw new CliError(`build:data: ${dir}: no documents (.txt, .md, .html) in this directory`);
  return files.map((file) => {
    const path = join(dir, file);
    let bytes: Uint8Array;
    try {
      if (!statSync(path).isFile()) throw new DocumentError(file, 'not a regular file');
      bytes = readFileSync(path);
    } catch (error) {
      if (error instanceof DocumentError) throw error;
      throw new DocumentError(
        path,
        `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    try {
      return decodeDocument(file, bytes);
    } catch (error) {
      // The message names the path, so the file can be found from wherever the build ran.
      if (error instanceof DocumentError) throw new DocumentError(path, error.reason);
      throw error;
    }
  });
}

export function readAliases(path: string): AliasBook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `build:data: ${path}: cannot read the alias file (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  const parsed = parseAliases(text, path);
  if (!parsed.ok) throw new CliError(parsed.errors.join('\n'));
  return parsed.aliases;
}

/** Writes next to the target, then renames: a reader never sees half a file. */
function writeAtomically(path: string, text: string | Iterable<string>) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    for (const chunk of typeof text === 'string' ? [text] : text) writeSync(fd, chunk);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new CliError(
      `build:data: ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/** Reads a partner table as UTF-8 text; the importer checks everything else (columns, rows, values). */
export function readTable(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(
      `build:data: ${path}: cannot read the table (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`build:data: ${path}: not UTF-8 text (save the table as CSV UTF-8)`);
  }
}

function buildFromCsv(options: CliOptions): number {
  const aliases = readAliases(options.aliases);
  const output = runCsvPipeline(basename(options.csv), readTable(options.csv), aliases);
  if (!output.ok) throw new CliError(output.errors.map((e) => `build:data: ${e}`).join('\n'));
  writeAtomically(resolve(options.out), output.graphChunks);
  writeAtomically(resolve(options.review), output.reviewMarkdown);
  const { report } = output;
  console.log(
    `build:data: ${options.csv}: ${report.read} rows read, ${report.used ?? report.read} used, ${report.skipped.length} items left out (see ${options.review}) -> ${options.out}`,
  );
  for (const s of report.skipped.slice(0, 20))
    console.log(`  ${s.file}: row ${s.row ?? '?'}${s.column ? `, column "${s.column}"` : ''}: ${s.reason}`);
  return 0;
}

export function main(argv: string[]): number {
  try {
    const options = parseArgs(argv);
    if (options.csv) return buildFromCsv(options);
    const documents = readDocuments(options.seeds);
    const aliases = readAliases(options.aliases);
    let output;
    try {
      output = runPipeline(documents, aliases);
    } catch (error) {
      if (error instanceof AliasEntryError)
        throw new CliError(`build:data: ${options.aliases}:${error.line}: ${error.reason}`);
      throw error;
    }
    writeAtomically(resolve(options.out), output.graphJson);
    writeAtomically(resolve(options.review), output.reviewMarkdown);
    for (const page of output.pages) {
      if (page.empty)
        console.warn(`build:data: WARNING ${join(options.seeds, page.doc)}: nothing read: ${page.empty}`);
      else
        console.log(
          `build:data: ${join(options.seeds, page.doc)}: ${page.projects} project(s), ${page.partners} partner entries`,
        );
    }
    const empty = output.pages.filter((p) => p.empty).length;
    console.log(
      `build:data: ${documents.length} documents -> ${options.out} and ${options.review}${empty ? ` (${empty} page(s) with nothing read, listed first in the review)` : ''}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof DocumentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
