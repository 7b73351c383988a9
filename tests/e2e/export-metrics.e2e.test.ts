// The data exports carry the metrics of the view shown: GEXF and GraphML declare each metric as a typed
// node attribute holding the same values as the CSV, on the bundled graph and on an imported table.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_OUTPUTS } from '../../src/graph/metrics';
import { download, importTable } from './files';
import { FIXTURE, shot, waitForMetricsOfShownView } from './graph-page';
import { openApp, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Declared node attributes (name -> type) and node key -> attribute -> value text, read in the browser. */
interface ParsedFile {
  errors: number;
  declared: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

function parseGexf(page: Page, text: string): Promise<ParsedFile> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const declared: Record<string, string> = {};
    for (const a of doc.querySelectorAll('attributes[class="node"] > attribute'))
      declared[a.getAttribute('title')!] = a.getAttribute('type')!;
    const idToTitle = new Map(
      [...doc.querySelectorAll('attributes[class="node"] > attribute')].map((a) => [
        a.getAttribute('id')!,
        a.getAttribute('title')!,
      ]),
    );
    const values: Record<string, Record<string, string>> = {};
    for (const node of doc.querySelectorAll('nodes > node')) {
      const row: Record<string, string> = {};
      for (const v of node.querySelectorAll('attvalue'))
        row[idToTitle.get(v.getAttribute('for')!) ?? v.getAttribute('for')!] = v.getAttribute('value')!;
      values[node.getAttribute('id')!] = row;
    }
    return { errors: doc.getElementsByTagName('parsererror').length, declared, values };
  }, text);
}

function parseGraphml(page: Page, text: string): Promise<ParsedFile> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const declared: Record<string, string> = {};
    const nameOf = new Map<string, string>();
    for (const key of doc.getElementsByTagName('key')) {
      if (key.getAttribute('for') !== 'node') continue;
      declared[key.getAttribute('attr.name')!] = key.getAttribute('attr.type')!;
      nameOf.set(key.getAttribute('id')!, key.getAttribute('attr.name')!);
    }
    const values: Record<string, Record<string, string>> = {};
    for (const node of doc.getElementsByTagName('node')) {
      const row: Record<string, string> = {};
      for (const d of node.getElementsByTagName('data'))
        row[nameOf.get(d.getAttribute('key')!)!] = d.textContent ?? '';
      values[node.getAttribute('id')!] = row;
    }
    return { errors: doc.getElementsByTagName('parsererror').length, declared, values };
  }, text);
}

/** Downloads the nodes CSV, GEXF and GraphML of the view shown and checks they carry the same metrics. */
async function exportsCarryMetrics(page: Page): Promise<void> {
  const csv = Papa.parse<Record<string, string>>(
    (await download(page, 'CSV: nodes')).bytes.toString('utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  );
  const metrics = NODE_OUTPUTS.map((o) => o.id).filter((id) => csv.meta.fields?.includes(id));
  // The CSV has had the metrics all along; they are the reference.
  expect(metrics).toEqual(expect.arrayContaining(['degree', 'betweenness', 'pagerank', 'community']));
  const gexf = await download(page, 'GEXF');
  const graphml = await download(page, 'GraphML');
  for (const [format, parsed] of [
    ['gexf', await parseGexf(page, gexf.bytes.toString('utf8'))],
    ['graphml', await parseGraphml(page, graphml.bytes.toString('utf8'))],
  ] as const) {
    expect(parsed.errors, format).toBe(0);
    for (const id of metrics) {
      const kind = NODE_OUTPUTS.find((o) => o.id === id)!.kind;
      const type = parsed.declared[id];
      if (kind === 'score') expect(type, `${format} ${id}`).toBe('double');
      else
        expect(type, `${format} ${id}`).toMatch(
          format === 'gexf' ? /^(integer|long|double)$/ : /^(int|double)$/,
        );
    }
    expect(Object.keys(parsed.values).sort()).toEqual(csv.data.map((row) => row.key!).sort());
    for (const row of csv.data)
      for (const id of metrics) {
        const expected = row[id] ?? '';
        const actual = parsed.values[row.key!]?.[id];
        if (expected === '') expect(actual, `${format} ${row.key} ${id}`).toBeUndefined();
        else expect(Number(actual), `${format} ${row.key} ${id}`).toBeCloseTo(Number(expected), 12);
      }
  }
}

async function openMetrics(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Co-partners', exact: true }).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await waitForMetricsOfShownView(page);
}

describe('exports carry the metrics of the view', () => {
  it('GEXF and GraphML of the bundled graph hold the CSV’s metrics as typed node attributes', async () => {
    session = await openApp('', { width: 1366, height: 800 });
    const { page } = session;
    await waitForGraph(page);
    await openMetrics(page);
    await exportsCarryMetrics(page);
    await shot(page, 'export-metrics-desktop');
    expect(session.problems).toEqual([]);
  });

  it('GEXF and GraphML of an imported table hold the CSV’s metrics as typed node attributes', async () => {
    session = await openApp('', { width: 1366, height: 800 }, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await importTable(
      page,
      'partners.csv',
      [
        'Project name;Partner name;Partner country;Lead partner',
        'Alpha;Regional Agency Ptuj;SI;yes',
        'Alpha;Chamber of Graz;AT;no',
        'Alpha;Brno Cluster;CZ;no',
        'Beta;Regional Agency Ptuj;SI;no',
        'Beta;Pécs University;HU;yes',
        'Gamma;Pécs University;HU;yes',
        'Gamma;Arad County;RO;no',
      ].join('\n'),
    );
    await openMetrics(page);
    await exportsCarryMetrics(page);
    expect(session.problems).toEqual([]);
  });
});
