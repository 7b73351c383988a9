// Keyboard use of the frame and the dialogs on the bundled graph: a skip link first, the header next in
// reading order, dialogs that say what they did, keep focus and give it back, and pass axe.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { settle } from './graph-page';
import { openApp, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The focused element, named as a person would read it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return `${e.tagName.toLowerCase()}: ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim()}`;
  });

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe('keyboard and dialogs on the bundled graph', () => {
  for (const [name, viewport] of [
    ['laptop', { width: 1366, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`the first Tab reaches "Skip to graph", then the header in order, on a ${name}`, async () => {
      session = await openApp('', viewport);
      const page = session.page;
      await settle(page);
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        order.push(await focused(page));
      }
      expect(order).toEqual([
        'a: Skip to graph',
        'input: Search organisations, projects, programmes and countries',
        'button: Open data',
        'button: Export',
        'button: Switch to dark theme',
      ]);
      // The link takes focus past the header and the view bar, to the graph.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('a: Skip to graph');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('stage');
      // In the table the link says so.
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await expect.poll(() => page.locator('.skip-link').textContent()).toBe('Skip to table');
      expect(session.problems).toEqual([]);
    });
  }

  it('Download in the export dialog names the file written, keeps focus in the dialog; Esc closes it and gives focus back', async () => {
    session = await openApp('', { width: 1366, height: 800 }, { acceptDownloads: true });
    const page = session.page;
    await settle(page);
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Export/ });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /CSV: nodes/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const file = download.suggestedFilename();
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^Downloaded ${file} \\(\\d+ kB\\)`));
    expect(await focused(page)).not.toBe('body');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('button: Export');

    // The close button and a click outside give focus back the same way.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('button: Export');
    expect(session.problems).toEqual([]);
  });

  it('Esc closes the import dialog and gives focus back to "Open data"', async () => {
    session = await openApp('', { width: 1366, height: 800 });
    const page = session.page;
    await settle(page);
    const open = page.getByRole('button', { name: 'Open data', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Focus outside the dialog's own controls (the page body) must not stop Esc.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('button: Open data');
    expect(session.problems).toEqual([]);
  });

  it('axe finds no violation with the export dialog open, nor with the import dialog open', async () => {
    session = await openApp('', { width: 1366, height: 800 });
    const page = session.page;
    await settle(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open data', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByText('Bundled project pages').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
