// The bundled data/graph.json, as built by the pipeline, opens in the app with no console problems, and
// its organisations are found by the way people type their names.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { selectedKeys, settle } from './graph-page';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const bundled = JSON.parse(readFileSync('data/graph.json', 'utf8')) as { nodes: unknown[] };

describe('the bundled seed graph', () => {
  for (const [name, viewport] of [
    ['laptop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`draws every node of data/graph.json on a ${name} screen without console errors`, async () => {
      session = await openApp('', viewport);
      await waitForGraph(session.page);
      const count = await session.page.evaluate(
        () => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length,
      );
      expect(count).toBe(bundled.nodes.length);
      await screenshot(session.page, `seed-graph-${name}`);
      expect(session.problems).toEqual([]);
    });
  }
});

describe('search on the bundled seed graph', () => {
  let searching: AppSession;
  beforeAll(async () => {
    searching = await openApp('', { width: 1280, height: 800 });
    await waitForGraph(searching.page);
    await settle(searching.page);
  });
  afterAll(async () => {
    await searching?.close();
  });

  it.each([
    [
      'ustecky',
      'org:regionalni-rozvojova-agentura-usteckeho-kraje-a-s',
      'Regionální rozvojová agentura Ústeckého kraje, a.s.',
    ],
    ['babes bolyai', 'org:universytatea-babes-bolyai-cluj-napoca', 'Universytatea Babes-Bolyai Cluj Napoca'],
    ['zelena sinergia', 'org:klaster-zelena-sinergia', 'Клъстер Зелена синергия'],
  ])('"%s" typed after "/" suggests %s first, and choosing it selects it', async (query, key, label) => {
    const page = searching.page;
    const search = page.getByRole('combobox', { name: /Search/ });
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill(query);
    const first = page.getByRole('option').first();
    await expect
      .poll(
        () =>
          first
            .locator('.hit-label')
            .textContent({ timeout: 1000 })
            .catch(() => null),
        {
          timeout: 10_000,
        },
      )
      .toBe(label);
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedKeys(page)).toEqual([key]);
    await expect
      .poll(() => page.getByRole('article').getByRole('heading', { level: 2 }).textContent())
      .toBe(label);
    expect(searching.problems).toEqual([]);
  });
});

describe('regions in several consortia on the bundled seed graph', () => {
  for (const [name, viewport] of [
    ['laptop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`lists Cluj, Western Macedonia and Aragón with their organisations and projects on a ${name} screen`, async () => {
      session = await openApp('', viewport);
      const { page } = session;
      await waitForGraph(page);
      if (name === 'phone') await page.getByRole('button', { name: 'Details' }).click();
      await page.getByRole('tab', { name: 'Cross-project' }).click();
      const places = page.locator('.cross-section', {
        has: page.getByRole('button', { name: /^Places in several consortia/ }),
      });
      const item = (title: string) => places.locator('.cross-item', { hasText: title });
      for (const [title, organisations] of [
        [
          'Region: Cluj (RO-CJ)',
          ['Consiliul Judeţean Cluj (SMART+)', 'Universytatea Babes-Bolyai Cluj Napoca ('],
        ],
        [
          'Region: Dytikí Makedonía (GR-C)',
          ['Regiunea Macedonia de Vest (SMART+)', 'University of Western Macedonia – Reaserch Committee ('],
        ],
        ['Region: Aragón (ES-AR)', ['Cluser de empresas biotecnologicas de Aragon (']],
      ] as const) {
        await item(title).waitFor();
        await expect
          .poll(() => item(title).locator('.badge').allTextContents())
          .toEqual(['2 projects', 'through different organisations']);
        const detail = await item(title).locator('.cross-detail').textContent();
        for (const o of organisations) expect(detail, title).toContain(o);
      }
      await item('Region: Cluj (RO-CJ)').scrollIntoViewIfNeeded();
      await screenshot(page, `seed-regions-${name}`);
      await item('Region: Cluj (RO-CJ)').click();
      await expect.poll(() => item('Region: Cluj (RO-CJ)').getAttribute('aria-pressed')).toBe('true');
      // Its organisations and projects are the ones emphasised on the graph.
      const emphasised = await page.evaluate(() =>
        (
          window as unknown as {
            cy: {
              nodes(): {
                filter(f: (n: { hasClass(c: string): boolean }) => boolean): {
                  map<T>(f: (n: { id(): string }) => T): T[];
                };
              };
            };
          }
        ).cy
          .nodes()
          .filter((n) => n.hasClass('emphasised'))
          .map((n) => n.id()),
      );
      expect(emphasised.sort()).toEqual([
        'org:consiliul-judetean-cluj',
        'org:universytatea-babes-bolyai-cluj-napoca',
        'project:smart-plus',
        'project:smegonet',
      ]);
      expect(session.problems).toEqual([]);
    });
  }
});
