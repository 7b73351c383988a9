// Every active filter shows as a removable chip above the graph, with Clear all; opening a country from
// the Countries overview shows its chip and a Back that returns to the overview. On the bundled graph,
// at a laptop and a phone size, in both themes.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { nodePoint, settle, shot } from './graph-page';
import { openApp, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const viewButton = (p: Page, name: string) =>
  p.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
const bar = (p: Page) => p.getByRole('region', { name: 'Active filters' });
const removeButtons = (p: Page) => bar(p).getByRole('button', { name: /^Remove filter: / });

/** Accessible names of the chips' remove buttons, in order. */
async function chipNames(p: Page): Promise<string[]> {
  const buttons = await removeButtons(p).all();
  return Promise.all(buttons.map(async (b) => String(await b.getAttribute('aria-label'))));
}

/** The chip bar fits the screen: nothing wider than the window, nothing scrolled sideways. */
async function expectBarFits(p: Page, width: number): Promise<void> {
  const box = await p.evaluate(() => {
    const el = document.querySelector('[aria-label="Active filters"]')!;
    const items = [...el.querySelectorAll('button, .filter-chip')].map((b) => b.getBoundingClientRect());
    return {
      scroll: el.scrollWidth,
      client: el.clientWidth,
      right: Math.max(...items.map((r) => r.right)),
      left: Math.min(...items.map((r) => r.left)),
      doc: document.documentElement.scrollWidth,
    };
  });
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  expect(box.right).toBeLessThanOrEqual(width);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.doc).toBeLessThanOrEqual(width);
}

describe('active filter chips', () => {
  it('a country opened from Countries shows as a chip; remove it, Back, Clear all', async () => {
    session = await openApp('?view=countries&orphans=hide', { width: 1366, height: 800 });
    const { page } = session;
    await settle(page);
    expect(await chipNames(page)).toEqual(['Remove filter: Hide nodes without links']);
    const before = await page.getByTestId('counts').textContent();

    const at = await nodePoint(page, 'country:SI');
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => viewButton(page, 'Partnerships').getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    expect(await chipNames(page)).toEqual([
      'Remove filter: Country Slovenia',
      'Remove filter: Hide nodes without links',
    ]);
    const back = bar(page).getByRole('button', { name: 'Back to Countries' });
    await expect.poll(() => back.isVisible()).toBe(true);
    await expectBarFits(page, 1366);
    await shot(page, 'filter-chips-desktop');

    await bar(page).getByRole('button', { name: 'Remove filter: Country Slovenia' }).click();
    await expect.poll(() => chipNames(page)).toEqual(['Remove filter: Hide nodes without links']);
    expect(new URL(page.url()).search).not.toContain('countries=');
    expect(await viewButton(page, 'Partnerships').getAttribute('aria-pressed')).toBe('true');

    await back.click();
    await expect.poll(() => viewButton(page, 'Countries').getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    const params = new URL(page.url()).searchParams;
    expect([params.get('view'), params.get('orphans'), params.get('countries')]).toEqual([
      'countries',
      'hide',
      null,
    ]);
    expect(await page.getByTestId('counts').textContent()).toBe(before);
    expect(await back.count()).toBe(0);

    // A drill-down again, then Clear all leaves nothing hidden: no chip, no filter in the address.
    const si = await nodePoint(page, 'country:SI');
    await page.mouse.dblclick(si.x, si.y);
    await expect.poll(() => chipNames(page)).toHaveLength(2);
    await bar(page).getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => bar(page).count()).toBe(0);
    const cleared = new URL(page.url()).searchParams;
    expect(cleared.get('view')).toBe('partnerships');
    for (const name of ['countries', 'orphans', 'types', 'programmes', 'period', 'undated', 'lead', 'min'])
      expect(cleared.get(name)).toBeNull();
    expect(session.problems).toEqual([]);
  });

  it('many chips wrap within a phone screen, in the dark theme too', async () => {
    for (const colorScheme of ['dark', 'light'] as const) {
      session = await openApp(
        '?view=countries&countries=SI,AT,IT&programmes=programme:interreg-central-europe&period=2008-2020&undated=hide&lead=1&min=2&orphans=hide&types=organisation,project,country',
        { width: 390, height: 844 },
        { colorScheme },
      );
      const { page } = session;
      await settle(page);
      const names = await chipNames(page);
      expect(names).toEqual([
        'Remove filter: Country Slovenia',
        'Remove filter: Country Austria',
        'Remove filter: Country Italy',
        'Remove filter: Programme Interreg Central Europe',
        'Remove filter: Period 2008–2020',
        'Remove filter: Hide undated projects',
        'Remove filter: Hide programmes',
        'Remove filter: Lead partners only',
        'Remove filter: At least 2 projects',
        'Remove filter: Hide nodes without links',
      ]);
      await expectBarFits(page, 390);
      await shot(page, `filter-chips-phone-${colorScheme}`);
      // The chips' text and background differ in the theme (not the light one on a dark page).
      const colours = await page.evaluate(() => {
        const chip = document.querySelector('.filter-chip')!;
        const s = getComputedStyle(chip);
        return { fg: s.color, bg: s.backgroundColor, theme: document.documentElement.dataset.theme };
      });
      expect(colours.theme).toBe(colorScheme);
      expect(colours.fg).not.toBe(colours.bg);
      await bar(page).getByRole('button', { name: 'Remove filter: Period 2008–2020' }).click();
      await expect.poll(() => chipNames(page)).toHaveLength(9);
      expect(new URL(page.url()).search).not.toContain('period=');
      expect(session.problems).toEqual([]);
      await session.close();
      session = undefined;
    }
  });
});
