// The bundled data/graph.json, as built by the pipeline, opens in the app with no console problems, and
// its organisations are found by the way people type their names.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drawBudget, fitToBudget } from '../../src/graph/budget';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { parseGraph } from '../../src/graph/schema';
import { sharedPlaces } from '../../src/graph/crossProject';
import { shownGraph } from '../../src/graph/views';
import { drawn, selectedKeys, settle } from './graph-page';
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
    it(`draws data/graph.json on a ${name} screen, all of it on asking, without console errors`, async () => {
      session = await openApp('', viewport);
      await waitForGraph(session.page);
      const page = session.page;
      const parsed = parseGraph(bundled, 'data/graph.json');
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const budget = drawBudget(false, false);
      const fitted = fitToBudget(
        shownGraph(parsed.graph, 'network', { egoRoot: null, egoDepth: 1, limit: budget }, DEFAULT_FILTERS),
        budget,
      );
      // The drawing is staged (nodes, then edges in batches): on a busy machine that takes seconds.
      await expect
        .poll(() => drawn(page), { timeout: 30_000 })
        .toEqual([fitted.graph.order, fitted.graph.size]);
      if (fitted.capped) {
        // The first drawing is the best-connected part; the notice says how much, and draws the rest.
        const notice = page.getByTestId('draw-notice');
        await expect
          .poll(() => notice.textContent())
          .toContain(
            `${fitted.graph.order.toLocaleString('en')} of ${fitted.total.nodes.toLocaleString('en')} nodes`,
          );
        await notice.getByRole('button', { name: /Draw up to/ }).click();
      }
      await expect
        .poll(() => drawn(page), { timeout: 20_000 })
        .toEqual([fitted.total.nodes, fitted.total.edges]);
      expect(fitted.total.nodes).toBe(bundled.nodes.length);
      await screenshot(page, `seed-graph-${name}`);
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
      'agentura ustecky',
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
  const parsed = parseGraph(bundled, 'data/graph.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const regions = sharedPlaces(parsed.graph).filter((p) => p.kind === 'region');
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
        const code = /\(([A-Z]{2}-[A-Z0-9]+)\)/.exec(title)![1];
        const place = regions.find((r) => r.code === code)!;
        await expect
          .poll(() => item(title).locator('.badge').allTextContents())
          .toEqual([`${place.projects.length} projects`, 'through different organisations']);
        const detail = await item(title).locator('.cross-detail').textContent();
        for (const o of organisations) expect(detail, title).toContain(o);
      }
      // Cluj: the county council (SMART+), the university (SMEGONET) and the city (an URBACT network).
      const cluj = regions.find((r) => r.code === 'RO-CJ')!;
      expect(cluj.organisations).toEqual(
        expect.arrayContaining(['org:consiliul-judetean-cluj', 'org:universytatea-babes-bolyai-cluj-napoca']),
      );
      expect(cluj.projects).toEqual(expect.arrayContaining(['project:smart-plus', 'project:smegonet']));
      await item('Region: Cluj (RO-CJ)').scrollIntoViewIfNeeded();
      await screenshot(page, `seed-regions-${name}`);
      await item('Region: Cluj (RO-CJ)').click();
      await expect.poll(() => item('Region: Cluj (RO-CJ)').getAttribute('aria-pressed')).toBe('true');
      // Its organisations and projects are the ones emphasised on the graph.
      // Drawn even when the view was cut to the draw budget without them (it draws more to show them).
      const emphasised = () =>
        page.evaluate(() =>
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
      await expect
        .poll(async () => (await emphasised()).sort())
        .toEqual([...cluj.organisations, ...cluj.projects].sort());
      expect(session.problems).toEqual([]);
    });
  }
});
