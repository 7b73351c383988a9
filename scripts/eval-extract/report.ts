// docs/extraction.md: the scores by split, language and page, and the ten worst pages with what went wrong.
import type { CrossPage } from './cross';
import type { Floor } from './floor';
import type { Gold, Split } from './gold';
import { add, f1, precision, recall, zero, type Counts, type PageScore } from './score';

export interface PageResult {
  gold: Gold;
  split: Split;
  score: PageScore;
}

export interface Totals {
  pages: number;
  organisations: Counts;
  participations: Counts;
  countries: Counts;
  projects: Counts;
  duplicates: number;
  mentionedAsPartners: number;
  nothingRead: number;
  belowFloor: number;
}

/** The lowest organisation or participation F1 a page may have (the issue's "no page below 0.6"). */
export const PAGE_FLOOR = 0.6;

export const pageF1 = (s: PageScore) => Math.min(f1(s.organisations), f1(s.participations));

export function totals(results: PageResult[]): Totals {
  const t: Totals = {
    pages: results.length,
    organisations: zero(),
    participations: zero(),
    countries: zero(),
    projects: zero(),
    duplicates: 0,
    mentionedAsPartners: 0,
    nothingRead: 0,
    belowFloor: 0,
  };
  for (const { score } of results) {
    t.organisations = add(t.organisations, score.organisations);
    t.participations = add(t.participations, score.participations);
    t.countries = add(t.countries, score.countries);
    t.projects = add(t.projects, score.projects);
    t.duplicates += score.duplicates;
    t.mentionedAsPartners += score.mentionedAsPartners.length;
    if (score.nothingRead) t.nothingRead += 1;
    if (pageF1(score) < PAGE_FLOOR) t.belowFloor += 1;
  }
  return t;
}

const fmt = (n: number) => n.toFixed(2);
const prf = (c: Counts) => `${fmt(precision(c))} / ${fmt(recall(c))} / **${fmt(f1(c))}**`;

function totalsRow(label: string, t: Totals): string {
  return `| ${label} | ${t.pages} | ${prf(t.organisations)} | ${prf(t.participations)} | ${prf(t.countries)} | ${prf(t.projects)} | ${t.duplicates} | ${t.mentionedAsPartners} | ${t.nothingRead} | ${t.belowFloor} |`;
}

function worstPage(r: PageResult): string[] {
  const s = r.score;
  const p = s.problems;
  const lines = [
    `### ${r.gold.page} (${r.gold.language}, ${r.split}): organisations ${fmt(f1(s.organisations))}, participations ${fmt(f1(s.participations))}`,
    '',
    `Layouts: ${r.gold.layouts.join(', ') || '–'}. Source: ${r.gold.source ?? 'original seed page'}`,
    '',
  ];
  const item = (label: string, list: string[]) => {
    if (list.length) lines.push(`- ${label} (${list.length}): ${list.map((x) => `“${x}”`).join(', ')}`);
  };
  item('missed', p.missed);
  item('read but not partners', p.spurious);
  item('wrong role', p.wrongRole);
  item('wrong country', p.wrongCountry);
  item('project missed', p.missedProjects);
  item('project not on the page', p.spuriousProjects);
  lines.push('');
  return lines;
}

export function reportMarkdown(results: PageResult[], cross: CrossPage, floor: Floor): string {
  const splits: Split[] = ['seed', 'dev', 'test'];
  const languages = [...new Set(results.map((r) => r.gold.language))].sort();
  const out: string[] = [
    '# Extraction quality',
    '',
    'Written by `npm run eval:extract`: the pipeline reads each page of `seeds/` on its own and is scored',
    'against the gold a person wrote for that page (`tests/fixtures/extraction/`, format in its README).',
    'A page is `dev` or `test` by a hash of its URL; rules are written against `dev` pages only, so `test`',
    'is the figure to trust. Precision / recall / **F1**. Participations count only with the right role.',
    'Countries are scored on the organisations found. A page is below the floor when its organisation or',
    `participation F1 is under ${PAGE_FLOOR}.`,
    '',
    '## By split',
    '',
    '| split | pages | organisations | participations | countries | projects | duplicates | mentioned made partners | pages with nothing read | pages below 0.6 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...splits.map((s) => totalsRow(s, totals(results.filter((r) => r.split === s)))),
    totalsRow('all', totals(results)),
    '',
    `Floor (CI fails below it, \`tests/fixtures/extraction/floor.json\`): F1 over all pages of organisations ${floor.organisations}, participations ${floor.participations}, countries ${floor.countries}; the seeds at ${floor.seeds}; at most ${floor.mentionedAsPartners} organisations only mentioned made partners.`,
    '',
    '## By language',
    '',
    '| language | pages | organisations | participations | countries | projects | duplicates | mentioned made partners | pages with nothing read | pages below 0.6 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...languages.map((l) => totalsRow(l, totals(results.filter((r) => r.gold.language === l)))),
    '',
    '## Organisations on several pages',
    '',
    'Organisations the gold names on two or more pages (linked by a shared spelling), and how many',
    "organisation nodes the whole corpus's graph has for each (1 is right).",
    '',
    '| organisation | pages | nodes |',
    '| --- | --- | --- |',
    ...cross.repeated.map((g) => `| ${g.names.join(' / ')} | ${g.pages.join(', ')} | ${g.nodes} |`),
    '',
    '## The ten worst pages',
    '',
  ];
  const worst = [...results]
    .filter((r) => pageF1(r.score) < 1)
    .sort((a, b) => pageF1(a.score) - pageF1(b.score) || (a.gold.page < b.gold.page ? -1 : 1))
    .slice(0, 10);
  if (!worst.length) out.push('Every page is read as its gold says.', '');
  for (const r of worst) out.push(...worstPage(r));
  out.push(
    '## Every page',
    '',
    '| page | language | split | layouts | partners | organisations F1 | participations F1 | countries F1 | projects F1 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map((r) => {
      const s = r.score;
      return `| ${r.gold.page} | ${r.gold.language} | ${r.split} | ${r.gold.layouts.join(', ')} | ${r.gold.organisations.length} | ${fmt(f1(s.organisations))} | ${fmt(f1(s.participations))} | ${fmt(f1(s.countries))} | ${fmt(f1(s.projects))} |`;
    }),
    '',
  );
  return out.join('\n');
}
