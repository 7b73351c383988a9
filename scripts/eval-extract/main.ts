// `npm run eval:extract [-- --check] [--split dev|test|seed] [--page FILE]`: scores the pipeline on every page
// of seeds/ that has a gold file in tests/fixtures/extraction/, writes docs/extraction.md, and exits non-zero
// when the corpus falls below the floor in tests/fixtures/extraction/floor.json. `--check` writes nothing and
// also fails when docs/extraction.md is not what this run would write. `--split` and `--page` print the
// problems of those pages to the console (write rules against dev pages only).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAliases, readDocuments } from '../../src/pipeline/cli';
import { extractPages } from './pages';
import { checkFloor, FloorSchema } from './floor';
import { crossPage } from './cross';
import { checkGold, splitOf, type Gold, type Split } from './gold';
import { reportMarkdown, type PageResult } from './report';
import { scorePage } from './score';

const GOLD_DIR = 'tests/fixtures/extraction';
const REPORT = 'docs/extraction.md';

interface Args {
  check: boolean;
  split?: Split;
  page?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { check: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--check') args.check = true;
    else if (flag === '--split' && ['seed', 'dev', 'test'].includes(argv[i + 1] ?? ''))
      args.split = argv[++i] as Split;
    else if (flag === '--page' && argv[i + 1]) args.page = argv[++i];
    else
      throw new Error(
        `eval:extract: unknown argument "${flag}"; use --check, --split dev|test|seed, --page FILE`,
      );
  }
  return args;
}

function loadGold(): { golds: Gold[]; errors: string[]; unannotated: string[] } {
  const documents = new Map(readDocuments('seeds').map((d) => [d.name, d.text]));
  const golds: Gold[] = [];
  const errors: string[] = [];
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'floor.json')
    .sort();
  for (const file of files) {
    const path = join(GOLD_DIR, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      errors.push(`${path}: not JSON (${(error as Error).message})`);
      continue;
    }
    const page = file.replace(/\.json$/, '.txt');
    const text = documents.get(page);
    if (text === undefined) {
      errors.push(`${path}: no page seeds/${page}`);
      continue;
    }
    const checked = checkGold(path, raw, text);
    errors.push(...checked.errors);
    if (checked.gold) golds.push(checked.gold);
  }
  const unannotated = [...documents.keys()]
    .filter((name) => !files.includes(name.replace(/\.[a-z]+$/, '.json')))
    .map((name) => `seeds/${name}: no gold file in ${GOLD_DIR}`);
  return { golds, errors, unannotated };
}

function printProblems(results: PageResult[]) {
  for (const r of results) {
    const p = r.score.problems;
    console.log(`\n## ${r.gold.page} (${r.gold.language}, ${r.split})`);
    const list = (label: string, items: string[]) =>
      items.length && console.log(`  ${label}: ${items.join(' | ')}`);
    list('missed', p.missed);
    list('spurious', p.spurious);
    list('wrong role', p.wrongRole);
    list('wrong country', p.wrongCountry);
    list('missed projects', p.missedProjects);
    list('spurious projects', p.spuriousProjects);
    list('only mentioned, made partners', r.score.mentionedAsPartners);
  }
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  const { golds, errors, unannotated } = loadGold();
  // A page without gold cannot be scored: CI (--check) fails on it; a run while annotating skips it.
  if (args.check) errors.push(...unannotated);
  else for (const u of unannotated) console.warn(`eval:extract: skipped ${u}`);
  if (errors.length) {
    for (const e of errors) console.error(e);
    return 1;
  }
  const annotated = new Set(golds.map((g) => g.page));
  const documents = readDocuments('seeds').filter((d) => annotated.has(d.name));
  const aliases = readAliases('data/aliases.txt');
  const predicted = extractPages(documents, aliases);
  const results: PageResult[] = golds.map((gold) => ({
    gold,
    split: splitOf(gold.source),
    score: scorePage(gold, predicted.get(gold.page)!),
  }));
  const cross = crossPage(golds, documents, aliases);
  const floor = FloorSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, 'floor.json'), 'utf8')));
  const failures = checkFloor(results, floor);
  const markdown = reportMarkdown(results, cross, floor);

  if (args.split || args.page)
    printProblems(results.filter((r) => r.split === args.split || r.gold.page === args.page));
  const summary = markdown
    .split('\n')
    .filter(
      (l) =>
        l.startsWith('| all ') ||
        l.startsWith('| dev ') ||
        l.startsWith('| test ') ||
        l.startsWith('| seed '),
    );
  console.log(
    ['\n| split | pages | organisations | participations | countries | projects |', ...summary].join('\n'),
  );

  if (args.check) {
    let committed = '';
    try {
      committed = readFileSync(REPORT, 'utf8');
    } catch {
      /* compared below */
    }
    if (committed !== markdown)
      failures.push(`${REPORT} is not what this run writes: run npm run eval:extract and commit it`);
  } else writeFileSync(REPORT, markdown);
  for (const f of failures) console.error(`eval:extract: ${f}`);
  return failures.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
