// Export and import in a real browser: PNG and SVG downloads checked in the page, a CSV dropped on the
// page, a broken file reported while the graph on screen stays, kept datasets listed after a reload.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, GRAPH_URL, openApp, screenshot, waitForGraph, type AppSession } from './harness';
import { download, drop } from './files';

const FIXTURE = 'tests/fixtures/graph.json';
let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const EVIL_ORG = '<img src=x onerror="window.__pwned=1">Agency';
const CSV = [
  'Project acronym;Project name;Partner name;Partner country;Lead partner',
  'ALPHA;Alpha Cooperation;Regional Agency Ptuj;Slovenia;yes',
  `ALPHA;Alpha Cooperation;"${EVIL_ORG.replace(/"/g, '""')}";CZ;no`,
  'ALPHA;Alpha Cooperation;<script>window.__pwned=2</script> Chamber;AT;no',
  'BETA;Beta Network;Regional Agency Ptuj;SI;no',
  'BETA;Beta Network;Atlantis Institute;Atlantis;yes',
].join('\n');

const nodeCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length);

describe('export', () => {
  it('downloads a PNG of the requested width that decodes and is not blank', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    const { name, bytes } = await download(page, 'PNG', async () => {
      await page.getByRole('radio', { name: 'Width' }).check();
      await page.getByLabel('Width in pixels').fill('1000');
      await page.getByRole('textbox', { name: 'Title' }).fill('Partners 2026');
      await screenshot(page, 'export-dialog-desktop');
    });
    expect(name).toMatch(/^consortia-network-\d{4}-\d{2}-\d{2}\.png$/);
    writeFileSync(`${ARTIFACTS}/export-download.png`, bytes);
    const decoded = await page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 37)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: bitmap.width, height: bitmap.height, colours: colours.size };
    }, bytes.toString('base64'));
    expect(decoded.width).toBe(1000);
    expect(decoded.height).toBeGreaterThan(100);
    expect(decoded.colours).toBeGreaterThan(8);
    expect(session.problems).toEqual([]);
  });

  it('downloads an SVG that parses and has text labels', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    const { name, bytes } = await download(page, 'SVG');
    expect(name).toMatch(/^consortia-network-\d{4}-\d{2}-\d{2}\.svg$/);
    writeFileSync(`${ARTIFACTS}/export-download.svg`, bytes);
    // Look at it as a browser draws it.
    await page.setContent(
      `<body style="margin:0">${bytes.toString('utf8').replace(/^<\?xml[^>]*>/, '')}</body>`,
    );
    await screenshot(page, 'export-svg-rendered');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
        shapes: doc.querySelectorAll('ellipse, rect, polygon').length,
        scripts: doc.querySelectorAll('script').length,
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBe(0);
    expect(parsed.scripts).toBe(0);
    expect(parsed.shapes).toBeGreaterThan(10);
    expect(parsed.texts.filter((t) => t.trim()).length).toBeGreaterThan(3);
    expect(session.problems).toEqual([]);
  });
});

describe('import', () => {
  it('imports a CSV dropped on the page after the mapping and report, shows names as text, and keeps it across a reload', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await drop(page, 'partners.csv', CSV);
    await page.getByRole('heading', { name: 'Which column holds what?' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Partner organisation' }).inputValue())
      .toBe('Partner name');
    await page.getByRole('button', { name: 'Read the table' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect.poll(() => report.textContent()).toContain('5 rows read, 5 used, 0 skipped');
    expect(await report.textContent()).toContain('unknown country "Atlantis"');
    await screenshot(page, 'import-report-desktop');
    // Not accepted yet: the fixture graph is still on screen.
    expect(await nodeCount(page)).toBe(29);
    await page.getByRole('button', { name: 'Accept and show' }).click();
    await expect.poll(() => nodeCount(page)).toBe(2 + 4 + 3);
    expect(await page.locator('.dataset-name').textContent()).toBe('partners.csv');
    const labels = await page.evaluate(() =>
      (window as unknown as { cy: { nodes(): Array<{ data(k: string): string }> } }).cy
        .nodes()
        .map((n) => n.data('label')),
    );
    expect(labels).toContain(EVIL_ORG);
    expect(labels).toContain('<script>window.__pwned=2</script> Chamber');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[onerror]').count()).toBe(0);
    // The details panel shows the name as text too.
    await page.evaluate((label) => {
      const cy = (
        window as unknown as { cy: { nodes(): Array<{ data(k: string): string; emit(e: string): void }> } }
      ).cy;
      cy.nodes()
        .find((n) => n.data('label') === label)
        ?.emit('tap');
    }, EVIL_ORG);
    await expect
      .poll(() => page.locator('#side-panel').getByText(EVIL_ORG, { exact: true }).count())
      .toBeGreaterThan(0);
    expect(await page.locator('img[onerror], #side-panel script').count()).toBe(0);

    await page.reload();
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Open data' }).click();
    await expect.poll(() => page.getByTestId('kept-datasets').textContent()).toContain('partners.csv');
    await screenshot(page, 'import-datasets-desktop');
    // Reopened from the browser's storage, it is the same graph, names still text.
    await page
      .getByTestId('kept-datasets')
      .getByRole('listitem')
      .filter({ hasText: 'partners.csv' })
      .getByRole('button', { name: 'Open' })
      .click();
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as { cy: { nodes(): Array<{ data(k: string): string }> } }).cy
              .nodes()
              .map((n) => n.data('label')),
          ),
        // Reading it back from IndexedDB and drawing it again takes seconds on a busy machine.
        { timeout: 30_000 },
      )
      .toContain(EVIL_ORG);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(session.problems).toEqual([]);
  });

  it('opens a dataset from the list with its progress, and cancels it, keeping the graph on screen', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await drop(page, 'partners.csv', CSV);
    await page.getByRole('button', { name: 'Read the table' }).click();
    await page.getByRole('button', { name: 'Accept and show' }).click();
    await expect.poll(() => page.locator('.dataset-name').textContent()).toBe('partners.csv');
    // The bundled graph's file is held back, so its opening is still downloading when Cancel is pressed.
    let hold = true;
    await page.context().route(GRAPH_URL, async (route) => {
      while (hold) await new Promise((resolve) => setTimeout(resolve, 50));
      await route.fallback().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.getByRole('button', { name: 'Open Bundled project pages' }).click();
    const opening = page.getByRole('dialog').getByText(/Opening Bundled project pages/);
    await opening.waitFor();
    await page.getByRole('progressbar', { name: 'Opening progress' }).waitFor();
    // The opening worker's own steps show as they run.
    await expect
      .poll(() => page.getByRole('dialog').textContent())
      .toContain('Opening Bundled project pages — downloading');
    expect(await page.getByRole('dialog').textContent()).toContain(
      '“partners.csv” stays on screen until it is open.',
    );
    await screenshot(page, 'import-opening-desktop');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('kept-datasets').waitFor();
    expect(await page.locator('.dataset-name').textContent()).toBe('partners.csv');
    expect(await nodeCount(page)).toBe(2 + 4 + 3);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Let through, the same button opens it and the dialog closes.
    hold = false;
    await page.getByRole('button', { name: 'Open Bundled project pages' }).click();
    await expect
      .poll(() => page.locator('.dataset-name').textContent())
      .toBe('Test fixture: five project pages');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await nodeCount(page)).toBe(29);
    expect(session.problems).toEqual([]);
  });

  it('reports a broken file and keeps the graph on screen', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    const before = await nodeCount(page);
    await page.getByRole('button', { name: 'Open data' }).click();
    await drop(
      page,
      'broken.gexf',
      '<?xml version="1.0"?><gexf><graph><nodes><node id="a"></nodes></graph></gexf>',
    );
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Nothing was loaded');
    expect(await report.textContent()).toContain('broken.gexf: broken XML at line 1');
    expect(await nodeCount(page)).toBe(before);
    expect(await page.locator('.dataset-name').textContent()).toBe('Test fixture: five project pages');
    expect(session.problems).toEqual([]);
  });

  it('opens a plain GEXF from another tool and draws it', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="1" label="One"/><node id="2" label="Two"/><node id="3" label="Three"/></nodes><edges><edge id="a" source="1" target="2"/><edge id="b" source="2" target="3"/></edges></graph></gexf>`;
    await drop(page, 'gephi.gexf', gexf);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('not in the Consortia format');
    await page.getByRole('button', { name: 'Accept and show' }).click();
    await expect.poll(() => nodeCount(page)).toBe(3);
    await screenshot(page, 'import-plain-gexf-desktop');
    expect(session.problems).toEqual([]);
  });

  it('shows progress while a large table streams and cancels it, keeping the graph', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await page.evaluate(() => {
      const rows = ['project,partner,country,role'];
      for (let i = 0; i < 400_000; i++)
        rows.push(`P${i % 40000},Organisation ${i % 90000} of the region,AT,${i % 9 ? 'partner' : 'lead'}`);
      const data = new DataTransfer();
      data.items.add(new File([rows.join('\n')], 'large.csv'));
      for (const type of ['dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('button', { name: 'Read the table' }).click();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect
      .poll(async () => Number((await progress.getAttribute('value')) ?? 0), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'import-progress-desktop');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('import-drop').waitFor();
    expect(await nodeCount(page)).toBe(29);
    expect(await page.locator('.dataset-name').textContent()).toBe('Test fixture: five project pages');
    expect(session.problems).toEqual([]);
  });

  it('opens ?data=URL, keeps it in the address, and explains an address it cannot open', async () => {
    session = await openApp('', undefined, { graph: FIXTURE });
    const { page, context } = session;
    await waitForGraph(page);
    await context.route('**/test-data/partners.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: CSV }),
    );
    await page.goto(new URL('?data=test-data/partners.csv', page.url()).toString());
    await expect
      .poll(() => page.locator('.dataset-name').textContent(), { timeout: 20_000 })
      .toBe('partners.csv');
    await expect.poll(() => nodeCount(page)).toBe(9);
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('test-data/partners.csv');
    await page.goto(new URL('?data=ftp://example.org/g.gexf', page.url()).toString());
    await waitForGraph(page);
    await expect
      .poll(() => page.locator('.notices').textContent())
      .toContain('only http and https addresses can be opened');
    expect(await page.locator('.dataset-name').textContent()).toBe('Test fixture: five project pages');
    expect(session.problems).toEqual([]);
  });

  it('fits the dialogs on a phone', async () => {
    session = await openApp('', { width: 390, height: 844 }, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await screenshot(page, 'io-toolbar-phone');
    await drop(page, 'partners.csv', CSV);
    await page.getByRole('heading', { name: 'Which column holds what?' }).waitFor();
    await screenshot(page, 'import-mapping-phone');
    await page.getByRole('button', { name: 'Read the table' }).click();
    await page.getByTestId('import-report').waitFor();
    await screenshot(page, 'import-report-phone');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await screenshot(page, 'export-dialog-phone');
    expect(session.problems).toEqual([]);
  });
});
