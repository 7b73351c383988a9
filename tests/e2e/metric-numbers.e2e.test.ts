// Metric numbers people read: what they cover, degree as a count, ranks with ties, no exponents, an
// all-zero metric explained (issue 25, point 8).
import { afterEach, describe, expect, it } from 'vitest';
import { bundledNetwork as network } from './bundled';
import { settle, waitForMetricsOfShownView } from './graph-page';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LAPTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

describe('metric numbers', () => {
  it('say what they cover, count degree, rank with ties, never print an exponent', async () => {
    expect(network.capped).toBe(true);
    session = await openApp('', LAPTOP);
    const { page } = session;
    await waitForGraph(page);
    await settle(page);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await waitForMetricsOfShownView(page);
    const drawnNodes = network.graph.order.toLocaleString('en');
    const total = network.total.nodes.toLocaleString('en');
    const panel = page.getByRole('region', { name: 'Metrics' });
    await expect(panel.textContent()).resolves.toContain(
      `the ${drawnNodes} nodes drawn, of ${total} in this view`,
    );
    await screenshot(page, 'metrics-panel-laptop');

    await page.getByRole('button', { name: 'Open metrics table' }).click();
    const table = page.getByRole('table', { name: 'Metrics of the nodes shown' });
    await table.waitFor();
    await expect(page.locator('.metrics-table-view').textContent()).resolves.toContain(
      `the ${drawnNodes} nodes drawn, of ${total} in this view`,
    );
    const cells = () => table.locator('.metrics-body [role=cell]').allTextContents();
    expect((await cells()).filter((c) => /\de[-+]?\d/.test(c))).toEqual([]);
    // Degree reads as a count of links, with the centrality beside it.
    const degreeCells = await table
      .locator('.metrics-body [role=row]')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[0]!.textContent!));
    expect(degreeCells.length).toBeGreaterThan(5);
    for (const cell of degreeCells) expect(cell).toMatch(/^(0|\d[\d,]* \(0\.\d+\))$/);
    // Lowest degree first: the first organisation shares its degree with many others.
    const degreeHeader = table.getByRole('columnheader', { name: /^Degree/ });
    await degreeHeader.getByRole('button').click();
    await expect.poll(() => degreeHeader.getAttribute('aria-sort')).toBe('ascending');
    await screenshot(page, 'metrics-table-laptop');
    await table.locator('.metrics-body [role=row]').first().getByRole('button').click();
    const ranks = page.locator('.metric-ranks');
    await ranks.waitFor();
    const text = (await ranks.textContent())!;
    expect(text).toMatch(/Degree\d+ links? · centrality 0(\.\d+)? joint \d+(st|nd|rd|th) of /);
    expect(text).not.toMatch(/\de[-+]?\d/);
    await expect(page.locator('#side-panel').textContent()).resolves.toContain(
      `Ranks among the ${drawnNodes} nodes drawn, of ${total} in this view.`,
    );
    await screenshot(page, 'metrics-details-laptop');
    expect(session.problems).toEqual([]);
  });

  it('explain a metric that is 0 everywhere (betweenness among programmes)', async () => {
    session = await openApp('', PHONE);
    const { page } = session;
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Programmes', exact: true }).click();
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await waitForMetricsOfShownView(page);
    const panel = page.getByRole('region', { name: 'Metrics' });
    await expect
      .poll(() => panel.textContent())
      .toContain('Betweenness is 0 everywhere: no programme lies between others here.');
    await screenshot(page, 'metrics-all-zero-phone');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page
      .getByRole('group', { name: 'Show as' })
      .getByRole('button', { name: 'Metrics', exact: true })
      .click();
    const view = page.locator('.metrics-table-view');
    await view.waitFor();
    await expect(view.textContent()).resolves.toContain('no programme lies between others here');
    const cells = await view.locator('.metrics-body [role=cell]').allTextContents();
    expect(cells.filter((c) => /\de[-+]?\d/.test(c))).toEqual([]);
    await screenshot(page, 'metrics-table-all-zero-phone');
    expect(session.problems).toEqual([]);
  });
});
