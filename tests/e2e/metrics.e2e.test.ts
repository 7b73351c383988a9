import { afterEach, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { runMetrics } from '../../src/cli/metrics';
import { NODE_OUTPUTS } from '../../src/graph/metrics';
import { waitForMetricsOfShownView } from './graph-page';
import { largest } from '../../src/graph/metrics/ranks';
import { formatCell } from '../../src/features/metrics/format';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type CyNode = { id(): string; data(k: string): unknown; hasClass(c: string): boolean };
type Cy = { nodes(): { map<T>(f: (n: CyNode) => T): T[] } };

async function openCoPartnerMetrics(page: Page) {
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Co-partners', exact: true }).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await waitForMetricsOfShownView(page);
}

describe('metrics', () => {
  it('opens the metrics table and sorts it by betweenness, highest first', async () => {
    session = await openApp('', undefined, { graph: 'tests/fixtures/graph.json' });
    const { page } = session;
    await openCoPartnerMetrics(page);
    await page.getByRole('button', { name: 'Open metrics table' }).click();
    const table = page.getByRole('table', { name: 'Metrics of the nodes shown' });
    await table.waitFor();
    await table.getByRole('columnheader', { name: 'Betweenness' }).getByRole('button').click();
    await expect
      .poll(() => table.getByRole('columnheader', { name: 'Betweenness' }).getAttribute('aria-sort'))
      .toBe('descending');
    const column = await table
      .locator('.metrics-body [role=row]')
      .evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('[role=cell]')[2]!.textContent)));
    expect(column.length).toBeGreaterThan(3);
    expect(column).toEqual([...column].sort((a, b) => b - a));
    expect(column[0]).toBeGreaterThan(0);
    await screenshot(page, 'metrics-table-desktop');
    const tableAxe = await new AxeBuilder({ page }).include('.metrics-table-view').analyze();
    expect(tableAxe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // A row click selects the node and shows its ranks in the details panel.
    await table.locator('.metrics-body [role=row]').first().getByRole('button').click();
    await expect.poll(() => page.locator('.metric-ranks').textContent()).toMatch(/1st of \d+ by betweenness/);
    await screenshot(page, 'metrics-details-ranks-desktop');
    expect(session.problems).toEqual([]);
  });

  it("shows the same numbers as the headless CLI for the same view, computed in the browser's worker", async () => {
    const cli = runMetrics('graph.json', readFileSync('tests/fixtures/graph.json', 'utf8'), {
      view: 'co-partners',
      weighted: false,
    });
    session = await openApp('', undefined, { graph: 'tests/fixtures/graph.json' });
    const { page } = session;
    await openCoPartnerMetrics(page);
    await page.getByRole('button', { name: 'Open metrics table' }).click();
    const rows = await page
      .getByRole('table', { name: 'Metrics of the nodes shown' })
      .locator('.metrics-body [role=row]')
      .evaluateAll((list) =>
        list.map((row) => [
          row.querySelector('[role=rowheader]')!.textContent!,
          ...[...row.querySelectorAll('[role=cell]')].map((cell) => cell.textContent!),
        ]),
      );
    const expected = cli.keys.map((_, i) => [
      cli.labels[i]!,
      ...NODE_OUTPUTS.map((o) =>
        formatCell(o, cli.nodes[o.id]![i], largest(cli.nodes[o.id]!), cli.keys.length),
      ),
    ]);
    expect(rows.length).toBe(cli.keys.length);
    expect([...rows].sort()).toEqual([...expected].sort());
    expect(session.problems).toEqual([]);
  });

  it('sizes nodes by PageRank with a legend, then highlights a broker from the cross-project panel', async () => {
    session = await openApp('', undefined, { graph: 'tests/fixtures/graph.json' });
    const { page } = session;
    await openCoPartnerMetrics(page);
    await page.getByLabel('Size nodes by').selectOption('pagerank');
    await page.getByRole('region', { name: 'Metric legend' }).getByText('Size: PageRank').waitFor();
    const sizes = await page.evaluate(() =>
      (window as unknown as { cy: Cy }).cy.nodes().map((n) => Number(n.data('msize'))),
    );
    expect(sizes.every((s) => s >= 14 && s <= 64)).toBe(true);
    expect(Math.max(...sizes)).toBe(64);
    expect(Math.min(...sizes)).toBe(14);
    await screenshot(page, 'metrics-size-pagerank-desktop');

    await page.getByRole('tab', { name: 'Cross-project' }).click();
    const brokers = page.locator('.cross-section', { has: page.getByRole('button', { name: /^Brokers/ }) });
    const first = brokers.locator('.cross-item').first();
    const name = await first.locator('.cross-title').textContent();
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    const emphasised = await page.evaluate(() =>
      (window as unknown as { cy: Cy }).cy
        .nodes()
        .map((n) => (n.hasClass('emphasised') ? String(n.data('label')) : null))
        .filter(Boolean),
    );
    expect(emphasised).toEqual([name]);
    await screenshot(page, 'cross-project-broker-desktop');
    const panelAxe = await new AxeBuilder({ page })
      .include('#side-panel')
      .include('.metric-legend')
      .analyze();
    expect(panelAxe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)
    it(`with the bundled data, highlights the first cross-project item on the graph (${device})`, async () => {
      session = await openApp('', viewport);
      const { page } = session;
      await waitForGraph(page);
      if (device === 'phone') await page.getByRole('button', { name: 'Details' }).click();
      await page.getByRole('tab', { name: 'Cross-project' }).click();
      const first = page.locator('.cross-item').first();
      await first.waitFor();
      await first.click();
      await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
      const emphasised = await page.evaluate(
        () =>
          (window as unknown as { cy: Cy }).cy
            .nodes()
            .map((n) => n.hasClass('emphasised'))
            .filter(Boolean).length,
      );
      expect(emphasised).toBeGreaterThan(0);
      await screenshot(page, `cross-project-bundled-${device}`);
      if (device === 'phone') {
        await page.getByRole('button', { name: 'Close panel' }).click();
        await screenshot(page, 'cross-project-bundled-phone-graph');
      }
      expect(session.problems).toEqual([]);
    });

  it('works on a phone in the dark theme: metrics panel, table and cross-project panel', async () => {
    session = await openApp(
      '',
      { width: 390, height: 844 },
      { graph: 'tests/fixtures/graph.json', colorScheme: 'dark' },
    );
    const { page } = session;
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Co-partners', exact: true }).click();
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await waitForMetricsOfShownView(page);
    await page.getByLabel('Colour nodes by').selectOption('community');
    await screenshot(page, 'metrics-panel-phone');
    await page.getByRole('tab', { name: 'Cross-project' }).click();
    await screenshot(page, 'cross-project-phone');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await screenshot(page, 'metrics-colour-community-phone');
    await page.getByRole('button', { name: 'Metrics', exact: true }).click();
    await page.getByRole('table', { name: 'Metrics of the nodes shown' }).waitFor();
    await screenshot(page, 'metrics-table-phone');
    expect(session.problems).toEqual([]);
  });
});
