// A Cross-project highlight ends with its panel, and a click on the graph replaces it (issue 25, point 2).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nodePoint, selectedKeys, settle } from './graph-page';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LAPTOP = { width: 1366, height: 800 };

type CyNode = {
  id(): string;
  hasClass(c: string): boolean;
  renderedPosition(): { x: number; y: number };
};
type Cy = {
  nodes(selector?: string): { length: number; map<T>(f: (n: CyNode) => T): T[]; toArray(): CyNode[] };
  edges(selector?: string): { length: number };
  width(): number;
  height(): number;
};

const classCounts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: Cy }).cy;
    return { emphasised: cy.nodes('.emphasised').length, dimmed: cy.nodes('.dimmed').length };
  });

describe('a cross-project highlight', () => {
  it('ends when another panel opens, and a click on the graph replaces it', async () => {
    session = await openApp('', LAPTOP);
    const { page } = session;
    await waitForGraph(page);
    await settle(page);
    await page.getByRole('tab', { name: 'Cross-project' }).click();
    const first = page.locator('.cross-item').first();
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await classCounts(page)).emphasised).toBeGreaterThan(0);
    expect((await classCounts(page)).dimmed).toBeGreaterThan(0);
    // The list wraps its long project names within the panel (a wider item scrolled it sideways).
    const body = await page
      .locator('.panel-body')
      .evaluate((el) => ({ scrolled: el.scrollLeft, wider: el.scrollWidth - el.clientWidth }));
    expect(body).toEqual({ scrolled: 0, wider: 0 });

    // Another tab: the highlight was the Cross-project panel's, and ends with it.
    await page.getByRole('tab', { name: 'Filters' }).click();
    await expect.poll(() => classCounts(page)).toEqual({ emphasised: 0, dimmed: 0 });
    await page.getByRole('tab', { name: 'Cross-project' }).click();
    await expect.poll(() => page.locator('.cross-item[aria-pressed=true]').count()).toBe(0);
    await expect(page.locator('.cross-emphasis').count()).resolves.toBe(0);

    // Picked again, then a click on a dimmed node of the graph: that node is selected and nothing is dimmed.
    await page.locator('.cross-item').first().click();
    await expect.poll(async () => (await classCounts(page)).dimmed).toBeGreaterThan(0);
    await screenshot(page, 'highlight-laptop');
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Cy }).cy;
      // A dimmed node well inside the canvas, away from the legend in its lower-left corner.
      const inside = (n: CyNode) => {
        const p = n.renderedPosition();
        return p.x > 40 && p.x < cy.width() - 40 && p.y > 40 && p.y < cy.height() - 220;
      };
      return cy.nodes('.dimmed').toArray().find(inside)?.id() ?? null;
    });
    expect(target).not.toBeNull();
    const at = await nodePoint(page, target!);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedKeys(page)).toHaveLength(1);
    await expect.poll(() => classCounts(page)).toEqual({ emphasised: 0, dimmed: 0 });
    await expect.poll(() => page.locator('.cross-item[aria-pressed=true]').count()).toBe(0);
    // The node picked on the graph is drawn at full strength (it was dimmed to 0.12 before).
    const [selected] = await selectedKeys(page);
    await expect
      .poll(() =>
        page.evaluate(
          (key) =>
            Number(
              (
                window as unknown as {
                  cy: { getElementById(k: string): { style(p: string): string } };
                }
              ).cy
                .getElementById(key)
                .style('opacity'),
            ),
          selected!,
        ),
      )
      .toBe(1);
    await screenshot(page, 'highlight-replaced-laptop');
    expect(session.problems).toEqual([]);
  });
});
