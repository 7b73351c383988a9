// build:data on bad input: a clear error naming the file and the reason, exit code 1, nothing written.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs } from '../../src/pipeline/cli';

const GOOD = 'Project AlpFlow\n\nPartners:\n- Stadt Graz, A\n- Comune di Udine, I\n';
const PREVIOUS = '{"previous":true}\n';

let dir: string;
let seeds: string;
let out: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'consortia-cli-'));
  seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  out = join(dir, 'graph.json');
  writeFileSync(out, PREVIOUS);
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function run(...extra: string[]): number {
  return main(['--seeds', seeds, '--out', out, '--aliases', 'data/aliases.txt', ...extra]);
}

function expectFailure(pattern: RegExp) {
  expect(run()).toBe(1);
  expect(errors.join('\n')).toMatch(pattern);
  expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  expect(readdirSync(dir).sort()).toEqual(['graph.json', 'seeds']);
}

describe('build:data', () => {
  it('refuses an empty document, naming it', () => {
    writeFileSync(join(seeds, 'a.txt'), GOOD);
    writeFileSync(join(seeds, 'b.txt'), '');
    expectFailure(/b\.txt: the file is empty/);
  });

  it('refuses a document of only white space', () => {
    writeFileSync(join(seeds, 'blank.md'), ' \n\t\n');
    expectFailure(/blank\.md: the file has no text/);
  });

  it('refuses a binary document (NUL bytes)', () => {
    writeFileSync(join(seeds, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    expectFailure(/image\.html: the file is binary/);
  });

  it('refuses a document that is not UTF-8 and says what it looks like', () => {
    // "Občina Škofja Loka" in Windows-1250.
    writeFileSync(
      join(seeds, 'cp1250.txt'),
      Buffer.from([0x4f, 0x62, 0xe8, 0x69, 0x6e, 0x61, 0x20, 0x8a, 0x6b, 0x6f, 0x66, 0x6a, 0x61]),
    );
    expectFailure(/cp1250\.txt: the file is not valid UTF-8 \(it looks like Windows-1250 or ISO-8859-2\)/);
  });

  it('refuses an unreadable document (a link to nowhere)', () => {
    writeFileSync(join(seeds, 'a.txt'), GOOD);
    symlinkSync(join(dir, 'missing.txt'), join(seeds, 'gone.txt'));
    expectFailure(/gone\.txt: cannot read the file \(ENOENT\)/);
  });

  it('refuses a directory with no documents, and a missing directory', () => {
    writeFileSync(join(seeds, 'notes.pdf'), 'x');
    expectFailure(/no documents \(\.txt, \.md, \.html\) in this directory/);
    rmSync(seeds, { recursive: true });
    errors = [];
    expect(run()).toBe(1);
    expect(errors.join('\n')).toMatch(/seeds: cannot read the directory/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('refuses an alias file entry without a comment, naming the line', () => {
    writeFileSync(join(seeds, 'a.txt'), GOOD);
    const aliases = join(dir, 'aliases.txt');
    writeFileSync(aliases, '# ok\nsame: A = B\n\nsame: C = D\n');
    expect(main(['--seeds', seeds, '--out', out, '--aliases', aliases])).toBe(1);
    expect(errors.join('\n')).toMatch(/aliases\.txt:4: the entry has no comment line above it/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });

  it('refuses a partner entry whose organisation no document writes, naming the alias line', () => {
    writeFileSync(join(seeds, 'a.txt'), GOOD);
    const aliases = join(dir, 'aliases.txt');
    writeFileSync(aliases, '# The city page says so.\npartner: Stadt Gratz = AlpFlow\n');
    expect(main(['--seeds', seeds, '--out', out, '--aliases', aliases])).toBe(1);
    expect(errors.join('\n')).toMatch(
      /aliases\.txt:2: "Stadt Gratz" occurs in no document as written, though the project "AlpFlow" does/,
    );
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir).sort()).toEqual(['aliases.txt', 'graph.json', 'seeds']);
  });

  it('refuses unknown arguments', () => {
    expect(() => parseArgs(['--seed', 'x'])).toThrow(/unknown argument "--seed"/);
    expect(() => parseArgs(['--out'])).toThrow(/--out needs a value/);
  });

  it('writes the graph and its review beside it, byte-identical on a rebuild, with no temporary files', () => {
    writeFileSync(join(seeds, 'a.txt'), GOOD);
    expect(run()).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(JSON.parse(first).nodes.map((n: { key: string }) => n.key)).toContain('org:stadt-graz');
    expect(run()).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir).sort()).toEqual(['graph.json', 'review.md', 'seeds']);
  });
});
