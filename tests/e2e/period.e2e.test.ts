// The period filter and projects without dates: kept by default and counted, left out on request, and the
// choice kept in the address, on the bundled graph and on an imported table.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { drawBudget, fitToBudget } from '../../src/graph/budget';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filters';
import { parseGraph } from '../../src/graph/schema';
import { shownGraph } from '../../src/graph/views';
import { FIXTURE, settle, shot, waitDrawn } from './graph-page';
import { openApp, waitForGraph, type AppSession } from './harness';
import { importTable } from './files';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const undatedBox = (page: Page) => page.getByRole('checkbox', { name: /^Include projects without dates/ });

/** Keys and labels of the projects the canvas draws. */
function drawnProjects(page: Page): Promise<Array<{ key: string; label: string }>> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } };
      }
    ).cy;
    return cy
      .nodes('[type = "project"]')
      .map((n) => ({ key: String(n.data('id')), label: String(n.data('label')) }));
  });
}

/** The bundled graph as the app opens it, and what its network view draws under `filters`. */
function bundled() {
  const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'data/graph.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const graph = parsed.graph;
  const projects = graph.filterNodes((_, a) => a.type === 'project');
  const undated = projects.filter((key) => {
    const a = graph.getNodeAttributes(key);
    return a.type === 'project' && !a.start && !a.end;
  });
  const budget = drawBudget(false, false);
  const expected = (filters: Partial<FilterState>) => {
    const fitted = fitToBudget(
      shownGraph(
        graph,
        'network',
        { egoRoot: null, egoDepth: 1, limit: budget },
        { ...DEFAULT_FILTERS, ...filters },
      ),
      budget,
    );
    return [fitted.graph.order, fitted.graph.size] as [number, number];
  };
  return { projects: projects.length, undated: new Set(undated), expected };
}

describe('period filter on the bundled graph', () => {
  it('keeps projects without dates by default and says how many there are; leaving them out is kept in the address', async () => {
    const data = bundled();
    expect(data.undated.size).toBeGreaterThan(0);
    session = await openApp('', { width: 1366, height: 800 });
    const { page } = session;
    await waitForGraph(page);
    await settle(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await undatedBox(page).isChecked({ timeout: 5000 })).toBe(true);
    expect(await page.locator('.filters').textContent()).toContain(
      `${data.undated.size} of ${data.projects} projects have no dates`,
    );
    await page.getByLabel('From').fill('2015');
    const withUndated = data.expected({ period: [2015, 2028] });
    expect(await waitDrawn(page, ...withUndated)).toEqual(withUndated);
    expect((await drawnProjects(page)).some((p) => data.undated.has(p.key))).toBe(true);
    expect(new URL(page.url()).searchParams.get('undated')).toBeNull();
    await shot(page, 'period-undated-desktop');

    await undatedBox(page).uncheck();
    const withoutUndated = data.expected({ period: [2015, 2028], includeUndated: false });
    expect(withoutUndated).not.toEqual(withUndated);
    expect(await waitDrawn(page, ...withoutUndated)).toEqual(withoutUndated);
    expect((await drawnProjects(page)).some((p) => data.undated.has(p.key))).toBe(false);
    expect((await drawnProjects(page)).length).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('undated')).toBe('hide');

    // The shared link reopens the same choice.
    await page.reload();
    await waitForGraph(page);
    await settle(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await undatedBox(page).isChecked()).toBe(false);
    expect(await waitDrawn(page, ...withoutUndated)).toEqual(withoutUndated);
    expect(session.problems).toEqual([]);
  });

  it('shows the choice on a phone', async () => {
    session = await openApp('', { width: 390, height: 844 });
    const { page } = session;
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('tab', { name: 'Filters' }).click();
    await undatedBox(page).scrollIntoViewIfNeeded();
    await shot(page, 'period-undated-phone');
    expect(await undatedBox(page).isChecked()).toBe(true);
    expect(session.problems).toEqual([]);
  });
});

const TABLE = [
  'Project acronym;Project name;Partner name;Partner country;Lead partner;Start date;End date',
  'ALPHA;Alpha Cooperation;Regional Agency Ptuj;SI;yes;2016-01-01;2018-12-31',
  'ALPHA;Alpha Cooperation;Chamber of Graz;AT;no;2016-01-01;2018-12-31',
  'BETA;Beta Network;Regional Agency Ptuj;SI;no;;',
  'BETA;Beta Network;Brno Cluster;CZ;yes;;',
  'GAMMA;Gamma Link;Pécs University;HU;yes;2009-01-01;2011-06-30',
].join('\n');

describe('period filter on an imported table', () => {
  it('keeps the undated project under a period unless asked to leave it out', async () => {
    session = await openApp('', { width: 1366, height: 800 }, { graph: FIXTURE });
    const { page } = session;
    await waitForGraph(page);
    await importTable(page, 'dated.csv', TABLE);
    await settle(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await undatedBox(page).isChecked()).toBe(true);
    expect(await page.locator('.filters').textContent()).toContain('1 of 3 projects have no dates');
    await page.getByLabel('From').fill('2015');
    const labels = async () => (await drawnProjects(page)).map((p) => p.label).sort();
    await expect.poll(labels).toEqual(['Alpha Cooperation', 'Beta Network']);
    await undatedBox(page).uncheck();
    await expect.poll(labels).toEqual(['Alpha Cooperation']);
    await expect.poll(() => new URL(page.url()).searchParams.get('undated')).toBe('hide');
    expect(session.problems).toEqual([]);
  });
});
