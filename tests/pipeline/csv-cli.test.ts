// build:data --csv: a partner table through the app's importer; same checks, nothing written on failure.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGraph } from '../../src/graph/schema';
import { main } from '../../src/pipeline/cli';

const PREVIOUS = '{"previous":true}\n';
const TABLE =
  'Project acronym;Partner name;Country;Role;Programme\nALPHA;Stadt Graz;Österreich;Lead partner;Interreg Central Europe\nALPHA;Comune di Udine;IT;PP;Interreg Central Europe\nALPHA;Comune di Udine;IT;PP;Interreg Central Europe\n';

let dir: string;
let out: string;
let logs: string[];
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'consortia-csv-'));
  out = join(dir, 'graph.json');
  writeFileSync(out, PREVIOUS);
  logs = [];
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  vi.spyOn(console, 'log').mockImplementation((m: string) => void logs.push(m));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const run = (csv: string) => main(['--csv', csv, '--out', out, '--aliases', 'data/aliases.txt']);

function table(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('build:data --csv', () => {
  it('refuses a table without a partner column, naming file and row, and writes nothing', () => {
    expect(run(table('p.csv', 'project,country\nA,SI\n'))).toBe(1);
    expect(errors.join('\n')).toBe(
      'build:data: p.csv: row 1: missing required column "partner / organisation / beneficiary" (the header has: "project", "country")',
    );
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'p.csv']);
  });

  it('refuses a table that is not UTF-8 and one that does not exist', () => {
    expect(run(table('latin1.csv', new Uint8Array([0x70, 0x2c, 0x71, 0x0a, 0xe9, 0xff, 0x0a])))).toBe(1);
    expect(errors.at(-1)).toMatch(/latin1\.csv: not UTF-8 text/);
    expect(run(join(dir, 'missing.csv'))).toBe(1);
    expect(errors.at(-1)).toMatch(/missing\.csv: cannot read the table \(ENOENT\)/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('builds the graph and a review from a table, reporting the duplicate row, byte-identical on a rerun', () => {
    const csv = table('partners.csv', TABLE);
    expect(run(csv)).toBe(0);
    const text = readFileSync(out, 'utf8');
    const parsed = parseGraph(JSON.parse(text), 'graph.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.graph.getEdgeAttribute('participates_in:org:stadt-graz->project:alpha', 'role')).toBe(
      'lead',
    );
    expect(parsed.graph.getNodeAttributes('org:stadt-graz')).toMatchObject({
      country: 'AT',
      x: expect.any(Number),
    });
    expect(parsed.graph.getNodeAttributes('country:AT')).toMatchObject({ lat: expect.any(Number) });
    const review = readFileSync(join(dir, 'review.md'), 'utf8');
    expect(review).toContain('| 4 |  | row skipped: duplicate of row 3 |');
    expect(logs[0]).toMatch(/partners\.csv: 3 rows read, 2 used, 1 items left out/);
    expect(run(csv)).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });
});
