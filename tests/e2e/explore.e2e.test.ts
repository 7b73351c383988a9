// Finding and understanding: search, details with quotes, hover, filters, shortest path, table,
// URL round-trip with back/forward, keyboard shortcuts and the theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, type AppSession } from './harness';
import {
  FIXTURE,
  nodePoint,
  openPage,
  SCREENSHOTS,
  selectedKeys,
  settle,
  shot,
  waitDrawn,
} from './graph-page';

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await openApp('', { width: 1280, height: 800 }, { graph: FIXTURE });
  page = session.page;
  await settle(page);
});
afterAll(async () => {
  await session?.close();
});

const search = () => page.getByRole('combobox', { name: /Search/ });
const details = () => page.getByRole('article');

describe('search', () => {
  it.each([
    ['ustecky', 'org:rra-usteckeho-kraje', 'Regionální rozvojová agentura Ústeckého kraje'],
    ['babes bolyai', 'org:babes-bolyai-university', 'Universitatea Babeş-Bolyai'],
    ['zelena sinergia', 'org:zelena-sinergia', 'Клъстер Зелена синергия'],
  ])('"%s" suggests %s; choosing it selects and centres it', async (query, key, label) => {
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect.poll(() => search().evaluate((el) => el === document.activeElement)).toBe(true);
    await search().fill(query);
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain(label);
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedKeys(page)).toEqual([key]);
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe(label);
    // The centring animates; under load it takes longer, so wait for it to arrive rather than a fixed time.
    const offCentre = () =>
      page.evaluate((k) => {
        const cy = (
          window as unknown as {
            cy: {
              width(): number;
              height(): number;
              getElementById(id: string): { renderedPosition(): { x: number; y: number } };
            };
          }
        ).cy;
        const p = cy.getElementById(k).renderedPosition();
        return Math.max(Math.abs(p.x - cy.width() / 2), Math.abs(p.y - cy.height() / 2));
      }, key);
    await expect.poll(offCentre, { timeout: 10_000 }).toBeLessThan(3);
    expect(session.problems).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    await search().fill('qqxxzz');
    await expect.poll(() => page.getByRole('listbox').textContent()).toContain('No node has a name like');
    await search().fill('');
    expect(session.problems).toEqual([]);
  });
});

describe('details and hover', () => {
  it('clicking a node lists its projects with roles, partners and the source quote in its language', async () => {
    await page.goto(page.url().split('?')[0]!);
    await settle(page);
    const at = await nodePoint(page, 'org:zrs-bistra-ptuj');
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => details().getByRole('heading', { level: 2 }).textContent())
      .toBe('ZRS Bistra Ptuj');
    const panel = details();
    expect(await panel.getByText('Lead partner').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: 'Sm@rt Region' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Government of Styria' }).count()).toBe(1);
    const quote = panel.locator('blockquote', { hasText: 'vodilni partner' });
    expect(await quote.getAttribute('lang')).toBe('sl');
    expect(await quote.textContent()).toBe('ZRS Bistra Ptuj (Slovenija) – vodilni partner');
    expect(
      await panel
        .locator('.quotes li', { has: page.locator('blockquote', { hasText: 'vodilni partner' }) })
        .locator('cite')
        .textContent(),
    ).toBe('001_smart_region.txt');
    await shot(page, 'details-desktop', SCREENSHOTS);
    expect(session.problems).toEqual([]);
  });

  it('hovering a node fades everything outside its neighbourhood', async () => {
    const at = await nodePoint(page, 'project:sm-rt-region');
    await page.mouse.move(at.x, at.y);
    const faded = await page.waitForFunction(() => {
      const cy = (
        window as unknown as {
          cy: {
            elements(s: string): { length: number };
            getElementById(id: string): { closedNeighborhood(): { length: number } };
          };
        }
      ).cy;
      const n = cy.elements('.faded').length;
      return n > 0
        ? [n, cy.elements('*').length - cy.getElementById('project:sm-rt-region').closedNeighborhood().length]
        : null;
    });
    const [n, expected] = (await faded.jsonValue()) as [number, number];
    expect(n).toBe(expected);
    await page.mouse.move(3, 400);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { cy: { elements(s: string): { length: number } } }).cy.elements('.faded')
              .length,
        ),
      )
      .toBe(0);
    expect(session.problems).toEqual([]);
  });
});

describe('filters', () => {
  it('lead partners only, a country and a minimum update the graph and every count together', async () => {
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Lead partners only', { exact: true }).check();
    expect(await waitDrawn(page, 15, 13)).toEqual([15, 13]);
    expect(await page.getByTestId('counts').textContent()).toBe('15 of 29 nodes · 13 links');
    expect(await page.getByTestId('shown-nodes').textContent()).toBe('15');
    await page.getByLabel('Lead partners only', { exact: true }).uncheck();
    await page.getByRole('checkbox', { name: /^Czechia/ }).check();
    expect(await waitDrawn(page, 4, 3)).toEqual([4, 3]);
    await page.getByRole('checkbox', { name: /^Czechia/ }).uncheck();
    await page.getByLabel('At least').fill('2');
    expect(await waitDrawn(page, 18, 19)).toEqual([18, 19]);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await waitDrawn(page, 29, 35)).toEqual([29, 35]);
    expect(session.problems).toEqual([]);
  });

  it('a programme and a period keep their projects; node types hide the rest', async () => {
    await page.getByRole('checkbox', { name: /^Interreg IVC/ }).check();
    expect(await waitDrawn(page, 15, 17)).toEqual([15, 17]);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByLabel('From').fill('2015');
    expect(await waitDrawn(page, 4, 3)).toEqual([4, 3]);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('checkbox', { name: 'Country', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Programme', exact: true }).uncheck();
    expect(await waitDrawn(page, 17, 18)).toEqual([17, 18]);
    await shot(page, 'filters-desktop', SCREENSHOTS);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(session.problems).toEqual([]);
  });
});

describe('shortest path', () => {
  it('draws the chain between two organisations and lists the shared projects', async () => {
    await page.getByRole('tab', { name: 'Path' }).click();
    await page.getByLabel('From', { exact: true }).selectOption('org:gea-college');
    await page.getByLabel('To', { exact: true }).selectOption('org:rra-usteckeho-kraje');
    const chain = page.getByRole('list', { name: 'Path' }).getByRole('listitem');
    await expect.poll(() => chain.count()).toBe(5);
    const items = await chain.allTextContents();
    expect(items[0]).toContain('GEA College');
    expect(items[1]).toContain('Sm@rt Region');
    expect(items[3]).toContain('Clusters Cord');
    expect(items[4]).toContain('Regionální rozvojová agentura Ústeckého kraje');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as {
                cy: { nodes(s: string): { length: number }; edges(s: string): { length: number } };
              }
            ).cy.nodes('.path').length,
        ),
      )
      .toBe(5);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.path').length,
      ),
    ).toBe(4);
    await shot(page, 'path-desktop', SCREENSHOTS);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(session.problems).toEqual([]);
  });
});

describe('URL state', () => {
  it('a link reopens the same view, selection, filters and layout; back and forward work', async () => {
    await page.goto(page.url().split('?')[0]!);
    await settle(page);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Co-partners', exact: true })
      .click();
    await waitDrawn(page, 12, 27);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Hide nodes without links', { exact: true }).check();
    await page.getByLabel('Layout', { exact: true }).selectOption('grid');
    await settle(page);
    const at = await nodePoint(page, 'org:gea-college');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.url()).toContain('sel=org:gea-college');
    const zoom = await page.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom());
    // The zoom/pan report is debounced: wait until the address carries the zoom on screen.
    await expect
      .poll(() => Number(new URL(page.url()).searchParams.get('zoom')), { timeout: 5000 })
      .toBeCloseTo(zoom, 1);
    const url = page.url();
    expect(url).toContain('view=co-partners');
    expect(url).toContain('layout=grid');
    expect(url).toContain('orphans=hide');

    const other = await openPage(
      session.browser,
      url.slice(url.indexOf('?')),
      { width: 1280, height: 800 },
      session.problems,
    );
    await settle(other);
    expect(await waitDrawn(other, 12, 27)).toEqual([12, 27]);
    expect(await selectedKeys(other)).toEqual(['org:gea-college']);
    expect(await other.getByLabel('Layout', { exact: true }).inputValue()).toBe('grid');
    expect(
      await other.getByRole('button', { name: 'Co-partners', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await other.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom()),
    ).toBeCloseTo(zoom, 1);
    await other.context().close();

    await page.goBack();
    await expect.poll(() => selectedKeys(page)).toEqual([]);
    await page.goBack(); // before the layout change
    await expect.poll(() => page.getByLabel('Layout', { exact: true }).inputValue()).toBe('fcose');
    await page.goForward();
    await expect.poll(() => page.getByLabel('Layout', { exact: true }).inputValue()).toBe('grid');
    expect(session.problems).toEqual([]);
  });

  it('bad values in the address are ignored with a notice that names them', async () => {
    const bad = await openPage(
      session.browser,
      '?view=galaxy&min=-3&sel=org:nobody',
      { width: 1280, height: 800 },
      session.problems,
    );
    await settle(bad);
    expect(await waitDrawn(bad, 29, 35)).toEqual([29, 35]);
    const notices = await bad.getByRole('status').textContent();
    expect(notices).toContain('Ignored “view=galaxy”');
    expect(notices).toContain('Ignored “min=-3”');
    expect(notices).toContain('Ignored “sel=org:nobody”');
    await bad.context().close();
    expect(session.problems).toEqual([]);
  });
});

describe('table, keyboard and theme', () => {
  it('the table lists what the graph shows, sortable, with the same filters', async () => {
    await page.goto(page.url().split('?')[0]!);
    await settle(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('table.data-table tbody tr');
    await expect.poll(() => rows.count()).toBe(29);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Lead partners only', { exact: true }).check();
    await expect.poll(() => rows.count()).toBe(15);
    await page.getByRole('button', { name: /^Name/ }).click();
    const header = page.getByRole('columnheader', { name: /^Name/ });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: /^Name/ }).click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const names = await page.locator('table.data-table tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await shot(page, 'table-desktop', SCREENSHOTS);
    await page.getByRole('button', { name: /^Links \(/ }).click();
    await expect.poll(() => rows.count()).toBe(13);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    expect(session.problems).toEqual([]);
  });

  it('"f" fits the graph, and the theme toggle switches to dark', async () => {
    await settle(page);
    await page.evaluate(() => {
      // Braces: returning the cytoscape instance would make playwright serialise all of it.
      (window as unknown as { cy: { zoom(z: number): void } }).cy.zoom(4);
    });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('f');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom()))
      .toBeLessThan(2);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.waitForTimeout(300);
    await shot(page, 'network-dark-desktop', SCREENSHOTS);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(session.problems).toEqual([]);
  });

  it('right-click opens a menu whose "Open consortium" shows the project\'s consortium', async () => {
    await page.goto(page.url().split('?')[0]!);
    await settle(page);
    const at = await nodePoint(page, 'project:sm-rt-region');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for Sm@rt Region' });
    await page.keyboard.press('Tab'); // focus stays in reach of the keyboard
    await menu.getByRole('menuitem', { name: 'Open consortium' }).click();
    const [nodes, edges] = await waitDrawn(page, 7, 7);
    expect([nodes, edges]).toEqual([7, 7]);
    expect(session.problems).toEqual([]);
  });

  it('has no serious accessibility violations (axe), graph and table', async () => {
    await page.goto(page.url().split('?')[0]!);
    await settle(page);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    // The details panel with its quotes, in the dark theme.
    await page.goto(`${page.url().split('?')[0]!}?sel=org:zrs-bistra-ptuj`);
    await settle(page);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect
      .poll(() => details().getByRole('heading', { level: 2 }).textContent())
      .toBe('ZRS Bistra Ptuj');
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(session.problems).toEqual([]);
  });
});
