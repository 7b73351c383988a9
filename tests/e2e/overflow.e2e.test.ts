// Nothing spills out of its box on the bundled graph, on a laptop and on a phone: the Path panel's pickers
// stay in the side panel, the metrics table's headers are read whole, and no node is drawn under the legend.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settle } from './graph-page';
import { openApp, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SCREENS = [
  ['laptop', { width: 1366, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** Elements of `selector` whose box reaches past the right edge of `within` (or of the window). */
const spilling = (page: Page, selector: string, within: string) =>
  page.evaluate(
    ([selector, within]) => {
      const box = document.querySelector(within)!.getBoundingClientRect();
      const right = Math.min(box.right, window.innerWidth);
      return [...document.querySelectorAll(selector)]
        .filter((e) => e.getBoundingClientRect().right > right + 0.5)
        .map(
          (e) => `${e.tagName.toLowerCase()}#${e.id} right ${Math.round(e.getBoundingClientRect().right)}`,
        );
    },
    [selector, within] as const,
  );

/** Nodes (their own shape, without the label) drawn under the legend card. */
const underLegend = (page: Page) =>
  page.evaluate(() => {
    const legend = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect();
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const cy = (
      window as unknown as {
        cy: {
          nodes(): Array<{
            data(k: string): string;
            renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
          }>;
        };
      }
    ).cy;
    return [...cy.nodes()]
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return (
          b.x1 + canvas.left < legend.right &&
          b.x2 + canvas.left > legend.left &&
          b.y1 + canvas.top < legend.bottom &&
          b.y2 + canvas.top > legend.top
        );
      })
      .map((n) => n.data('label'));
  });

/**
 * Waits until the view is drawn whole (cytoscape has the nodes and links the header counts), laid out
 * and still: a large drawing comes in slices, unfitted, before its layout starts.
 */
async function drawnAndStill(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): unknown[]; edges(): unknown[] } }).cy;
    const counts = document.querySelector('[data-testid="counts"]')?.textContent ?? '';
    const [, nodes, links] = /^([\d,]+) of [\d,]+ nodes · ([\d,]+) links/.exec(counts) ?? [];
    const n = (text?: string) => Number(text?.replace(/,/g, ''));
    return !!cy && cy.nodes().length === n(nodes) && cy.edges().length === n(links);
  });
  let last = '';
  for (let still = 0; still < 5;) {
    await settle(page);
    const now = await page.evaluate(() => {
      const cy = (window as unknown as { cy: { zoom(): number; pan(): { x: number; y: number } } }).cy;
      return JSON.stringify([cy.zoom(), cy.pan()]);
    });
    still = now === last ? still + 1 : 0;
    last = now;
    await page.waitForTimeout(400);
  }
}

describe('layout overflow on the bundled graph', () => {
  for (const [name, viewport] of SCREENS) {
    it(`keeps the Path panel's From and To pickers inside the side panel on a ${name}`, async () => {
      session = await openApp('', viewport);
      const page = session.page;
      await settle(page);
      if (viewport.width < 700) await page.locator('.drawer-toggle').click();
      await page.getByRole('tab', { name: 'Path' }).click();
      const from = page.getByLabel('From', { exact: true });
      await from.waitFor();
      expect(await spilling(page, '#side-panel *', '#side-panel')).toEqual([]);
      // The longest organisation name chosen on both ends still fits.
      const longest = await from.evaluate(
        (select: HTMLSelectElement) =>
          [...select.options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).value,
      );
      await from.selectOption(longest);
      await page.getByLabel('To', { exact: true }).selectOption(longest);
      expect(await spilling(page, '#side-panel *', '#side-panel')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      expect(session.problems).toEqual([]);
    });

    it(`shows every metrics table header whole, sorted or not, on a ${name}`, async () => {
      session = await openApp('', viewport);
      const page = session.page;
      await settle(page);
      await page.getByRole('button', { name: 'Metrics', exact: true }).click();
      const headers = page.getByRole('columnheader');
      await headers.first().waitFor();
      const cut = () =>
        headers.evaluateAll((cells) =>
          cells
            .map((cell) => cell.querySelector('button')!)
            .filter((b) => b.scrollWidth > b.clientWidth + 0.5 || b.scrollHeight > b.clientHeight + 0.5)
            .map((b) => `${b.textContent} (${b.scrollWidth} > ${b.clientWidth})`),
        );
      expect(await cut()).toEqual([]);
      for (const label of ['Betweenness', 'Eigenvector', 'Component']) {
        await page.getByRole('columnheader', { name: label }).getByRole('button').click();
        expect(await cut()).toEqual([]);
      }
      expect(session.problems).toEqual([]);
    });

    it(`fits every view, and the countries by force, with the legend's corner free on a ${name}`, async () => {
      session = await openApp('', viewport);
      const page = session.page;
      await drawnAndStill(page);
      const found: Record<string, string[]> = {};
      const check = async (what: string) => {
        await drawnAndStill(page);
        const hidden = await underLegend(page);
        if (hidden.length) found[what] = hidden;
      };
      for (const view of ['Network', 'Partnerships', 'Co-partners', 'Countries', 'Programmes', 'Projects']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await page.waitForFunction(
          (v) =>
            document
              .querySelector('[data-testid="canvas"]')
              ?.getAttribute('aria-label')
              ?.startsWith(`${v} graph:`),
          view,
        );
        await check(view);
      }
      // The force layout spreads the countries into the legend's corner of a laptop screen.
      await page.getByRole('button', { name: 'Countries', exact: true }).click();
      await page.getByLabel('Layout', { exact: true }).selectOption('fcose');
      await page.waitForTimeout(300);
      await check('Countries by force');
      expect(found).toEqual({});
      expect(session.problems).toEqual([]);
    }, 240_000);
  }
});
