// Search reads symbols in names as people type them: "@" as "a", "+" as "plus", "&" as "and", in the
// names and in the query alike, on the bundled graph and on an imported table.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, settle, shot } from './graph-page';
import { openApp, waitForGraph, type AppSession } from './harness';
import { importTable } from './files';

/** The labels the search box suggests for `query`, in order, once it has answered. */
async function suggestions(page: Page, query: string): Promise<string[]> {
  const search = page.getByRole('combobox', { name: /Search/ });
  await search.fill(query);
  // The index is built on first use: wait until the list has an answer for this query.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role=option] .hit-label').length > 0 ||
      /No node has a name like/.test(document.querySelector('[role=listbox]')?.textContent ?? ''),
    undefined,
    { timeout: 10_000 },
  );
  return page.locator('[role=option] .hit-label').allTextContents();
}

describe('search folds symbols on the bundled graph', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp('', { width: 1366, height: 800 });
    await waitForGraph(session.page);
    await settle(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['smart region', 'Sm@rt Region'],
    ['Sm@rt Region', 'Sm@rt Region'],
    ['smart plus', 'SMART+'],
    ['SMART+', 'SMART+'],
    ['erasmus plus', 'Erasmus+'],
    ['fish and chips', 'Fish & Chips'],
  ])('"%s" suggests %s first', async (query, label) => {
    await expect.poll(async () => (await suggestions(session.page, query))[0]).toBe(label);
    expect(session.problems).toEqual([]);
  });

  it('"smart" suggests both SMART+ and Sm@rt Region', async () => {
    const { page } = session;
    await expect
      .poll(async () => await suggestions(page, 'smart'))
      .toEqual(expect.arrayContaining(['SMART+', 'Sm@rt Region']));
    await shot(page, 'search-symbols-desktop');
    expect(session.problems).toEqual([]);
  });
});

describe('search folds symbols on a phone', () => {
  it('"smart region" suggests Sm@rt Region', async () => {
    const session = await openApp('', { width: 390, height: 844 });
    try {
      await waitForGraph(session.page);
      await expect
        .poll(async () => (await suggestions(session.page, 'smart region'))[0])
        .toBe('Sm@rt Region');
      await shot(session.page, 'search-symbols-phone');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

const TABLE = [
  'Project name;Partner name;Partner country;Lead partner',
  'DAIRY+;Mlékárna Kunín;CZ;yes',
  'DAIRY+;Agentia Regionala Bacau;RO;no',
  'Sm@rt Villages;Ústecký kraj;CZ;yes',
  'Sm@rt Villages;Agentia Regionala Bacau;RO;no',
  'Food & Crafts;Agentia Regionala Bacau;RO;yes',
].join('\n');

describe('search folds symbols on an imported table', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp('', { width: 1366, height: 800 }, { graph: FIXTURE });
    await waitForGraph(session.page);
    await importTable(session.page, 'symbols.csv', TABLE);
    await settle(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['dairy plus', 'DAIRY+'],
    ['smart villages', 'Sm@rt Villages'],
    ['food and crafts', 'Food & Crafts'],
    ['mlekarna kunin', 'Mlékárna Kunín'],
  ])('"%s" suggests %s first', async (query, label) => {
    await expect.poll(async () => (await suggestions(session.page, query))[0]).toBe(label);
    expect(session.problems).toEqual([]);
  });
});
