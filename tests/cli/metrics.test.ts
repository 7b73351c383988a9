import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main, parseArguments, readGraph, runMetrics } from '../../src/cli/metrics';
import { CSV_COLUMNS } from '../../src/graph/metrics/table';
import { createAppStore } from '../../src/store';
import { selectShownGraph } from '../../src/store/selectors';
import { CONTRACTS } from '../../src/worker/contracts';
import { dispatch } from '../../src/worker/dispatch';
import { HANDLERS } from '../../src/worker/handlers';
import type { FromWorkerMessage } from '../../src/worker/protocol';
import { consortia } from '../graph/crossProject/smallConsortia';
import { fixtureGraph, loadFixture } from '../graph/metrics/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'consortia-metrics-'));
const lesMis = fixtureGraph(loadFixture('les-miserables'));

async function workerResult(payload: unknown) {
  const posted: FromWorkerMessage[] = [];
  await dispatch(CONTRACTS, HANDLERS as never, { type: 'start', id: 1, job: 'metrics', payload }, (m) =>
    posted.push(m),
  );
  const last = posted.at(-1)!;
  if (last.type !== 'result') throw new Error(`worker answered ${JSON.stringify(last)}`);
  return CONTRACTS.metrics.result.parse(last.value);
}

function readCsv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('metrics CLI', () => {
  it('refuses bad arguments with a message', () => {
    expect(parseArguments([])).toEqual({ error: 'metrics: no input file' });
    expect(parseArguments(['a.json', '--view'])).toEqual({ error: 'metrics: --view needs a value' });
    expect(parseArguments(['a.json', '--fast'])).toEqual({ error: 'metrics: unknown option --fast' });
    expect(parseArguments(['a.json', 'b.json'])).toEqual({
      error: 'metrics: one input file only (got a.json and b.json)',
    });
  });

  it('names the file that is not a graph, and writes no output for it', () => {
    expect(() => readGraph('notes.xyz', 'hello')).toThrow(
      'metrics: notes.xyz: not a format Consortia reads (expected graphology JSON, GEXF, GraphML, or a CSV/TSV partner table)',
    );
    expect(() => readGraph('broken.json', '{"nodes": [')).toThrow(/^metrics: broken.json: not valid JSON/);
    const input = join(dir, 'broken.json');
    writeFileSync(input, '{"nodes": [');
    const out = join(dir, 'broken.csv');
    expect(main([input, '--out', out])).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  for (const weighted of [false, true]) {
    it(`writes the same numbers as the app's worker job, ${weighted ? 'weighted' : 'unweighted'}`, async () => {
      const input = join(dir, 'lesmis.json');
      writeFileSync(input, JSON.stringify(lesMis.export()));
      const out = join(dir, `lesmis-${weighted}.csv`);
      expect(main([input, '--out', out, ...(weighted ? ['--weighted'] : [])])).toBe(0);
      const rows = readCsv(out);
      expect(Object.keys(rows[0]!)).toEqual(['key', 'label', ...CSV_COLUMNS]);
      const app = await workerResult({ graph: lesMis.export(), options: { weighted } });
      expect(rows.map((r) => r.key)).toEqual(app.keys);
      expect(rows.map((r) => r.label)).toEqual(app.labels);
      for (const column of CSV_COLUMNS) expect(rows.map((r) => Number(r[column]))).toEqual(app.nodes[column]);
    });
  }

  it('reads GEXF to the same numbers as JSON', () => {
    const input = join(dir, 'lesmis.gexf');
    writeFileSync(input, writeGexf(lesMis));
    const out = join(dir, 'gexf.csv');
    expect(main([input, '--out', out])).toBe(0);
    const json = join(dir, 'json.csv');
    writeFileSync(join(dir, 'same.json'), JSON.stringify(lesMis.export()));
    main([join(dir, 'same.json'), '--out', json]);
    expect(readCsv(out).map((r) => r.betweenness)).toEqual(readCsv(json).map((r) => r.betweenness));
  });

  it('runs from the command line (the `npm run metrics` script)', () => {
    const input = join(dir, 'run.json');
    writeFileSync(input, JSON.stringify(lesMis.export()));
    const csv = execFileSync('npx', ['tsx', 'src/cli/metrics.ts', input], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(csv.split('\n')[0]).toBe(
      'key,label,degree,weightedDegree,betweenness,closeness,eigenvector,pagerank,community,component,core',
    );
    expect(csv.trim().split('\n')).toHaveLength(78);
  });
});

describe('metrics CLI on a view', () => {
  it('refuses an unknown view and a view of a graph that is not in the Consortia format', () => {
    const input = join(dir, 'plain.json');
    writeFileSync(input, JSON.stringify(lesMis.export()));
    expect(() =>
      runMetrics('plain.json', JSON.stringify(lesMis.export()), { view: 'co-partners', weighted: false }),
    ).toThrow('metrics: --view co-partners needs a graph in the Consortia format');
    expect(() => runMetrics('plain.json', '{}', { view: 'friends', weighted: false })).toThrow(
      /^metrics: unknown view "friends" \(known: network, partnerships, co-partners, countries, programmes, projects\)/,
    );
  });

  for (const weighted of [false, true])
    it(`--view co-partners${weighted ? ' --weighted' : ''} equals the app's worker job on the shown view`, async () => {
      const graph = consortia();
      const input = join(dir, 'consortia.json');
      writeFileSync(input, JSON.stringify(graph.export()));
      const out = join(dir, `co-partners-${weighted}.csv`);
      expect(main([input, '--view', 'co-partners', '--out', out, ...(weighted ? ['--weighted'] : [])])).toBe(
        0,
      );
      const rows = readCsv(out);

      const app = createAppStore();
      app.getState().setDataset({ name: 'small', graph });
      app.getState().setView('co-partners');
      const shown = selectShownGraph(app.getState())!;
      const result = await workerResult({
        graph: shown.export(),
        base: graph.export(),
        options: { weighted },
      });
      expect(rows).toHaveLength(5);
      expect(rows.map((r) => r.key)).toEqual(result.keys);
      for (const column of CSV_COLUMNS)
        expect(rows.map((r) => Number(r[column]))).toEqual(result.nodes[column]);
      if (weighted) expect(rows.find((r) => r.key === 'agency')!.weightedDegree).toBe('5');
    });
});

describe('metrics CLI on a partner table', () => {
  it('reads a partner CSV through the app reader and computes the co-partner view', () => {
    const input = join(dir, 'partners.csv');
    writeFileSync(
      input,
      'Project,Partner,Country,Role\nAlpha,Agency A,SI,Lead partner\nAlpha,University B,CZ,Partner\n' +
        'Beta,Agency A,SI,Partner\nBeta,Cluster C,RO,Lead partner\nGamma,Cluster C,RO,Partner\nGamma,Office D,AT,Partner\n',
    );
    const out = join(dir, 'partners-metrics.csv');
    expect(main([input, '--view', 'co-partners', '--out', out])).toBe(0);
    const rows = readCsv(out);
    expect(rows.map((r) => r.label)).toEqual(['Agency A', 'University B', 'Cluster C', 'Office D']);
    // A path University B – Agency A – Cluster C – Office D: the middle two carry all betweenness.
    expect(rows.map((r) => Number(r.betweenness))).toEqual([2 / 3, 0, 2 / 3, 0]);
    expect(rows.map((r) => Number(r.core))).toEqual([1, 1, 1, 1]);
  });
});
