// Each view draws its projection of the fixture graph; switching keeps selection and filters;
// layouts rearrange; screenshots of every view at desktop and phone size (docs/screenshots with
// UPDATE_SCREENSHOTS=1, see `npm run screenshots`).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { parseGraph } from '../../src/graph/schema';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { drawBudget, fitToBudget } from '../../src/graph/budget';
import { shownGraph, VIEWS } from '../../src/graph/views';
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

const viewButton = (name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

describe('views', () => {
  it('first paint uses the precomputed positions (no layout run)', async () => {
    expect(await waitDrawn(page, 29, 35)).toEqual([29, 35]);
    const position = await page.evaluate(() =>
      (
        window as unknown as { cy: { getElementById(id: string): { position(): { x: number; y: number } } } }
      ).cy
        .getElementById('project:clusters-cord')
        .position(),
    );
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
      nodes: Array<{ key: string; attributes: { x: number; y: number } }>;
    };
    const given = fixture.nodes.find((n) => n.key === 'project:clusters-cord')!.attributes;
    expect(position).toEqual({ x: given.x, y: given.y });
    expect(await page.getByTestId('counts').textContent()).toBe('29 of 29 nodes · 35 links');
    await shot(page, 'network-desktop');
    expect(session.problems).toEqual([]);
  });

  it.each([
    ['Partnerships', 17, 17],
    ['Co-partners', 12, 27],
    ['Countries', 8, 22],
    ['Projects', 5, 6],
    ['Network', 29, 35],
  ])('%s draws %i nodes and %i links', async (name, nodes, edges) => {
    await viewButton(name).click();
    expect(await waitDrawn(page, nodes, edges)).toEqual([nodes, edges]);
    await expect.poll(() => viewButton(name).getAttribute('aria-pressed')).toBe('true');
    if (name !== 'Network') await shot(page, `${name.toLowerCase()}-desktop`);
    expect(session.problems).toEqual([]);
  });

  it('the small graph keeps its edges while panning (level of detail is for large graphs only)', async () => {
    const flags = await page.evaluate(() => {
      const r = (window.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      return [r.hideEdgesOnViewport, r.textureOnViewport];
    });
    expect(flags).toEqual([false, false]);
  });

  it('co-partner links carry the number of shared projects and list them', async () => {
    await viewButton('Co-partners').click();
    await waitDrawn(page, 12, 27);
    const data = await page.evaluate(() =>
      (window as unknown as { cy: { getElementById(id: string): { data(): Record<string, unknown> } } }).cy
        .getElementById('org:cluj-county-council--org:malopolska-region')
        .data(),
    );
    expect(data).toMatchObject({ weight: 2, via: 'Clusters Cord · SMART+' });
    // Hovering the link shows the same in a tooltip.
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const mid = await page.evaluate(() =>
      (
        window as unknown as {
          cy: { getElementById(id: string): { renderedMidpoint(): { x: number; y: number } } };
        }
      ).cy
        .getElementById('org:cluj-county-council--org:malopolska-region')
        .renderedMidpoint(),
    );
    await page.mouse.move(box.x + mid.x, box.y + mid.y);
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toBe('2 shared projects: Clusters Cord · SMART+');
    await page.mouse.move(box.x + 3, box.y + 3);
    expect(session.problems).toEqual([]);
  });

  it('the countries view places countries by their coordinates', async () => {
    await viewButton('Countries').click();
    await waitDrawn(page, 8, 22);
    const p = await page.evaluate(() => {
      const cy = (
        window as unknown as { cy: { getElementById(id: string): { position(): { x: number; y: number } } } }
      ).cy;
      return {
        es: cy.getElementById('country:ES').position(),
        bg: cy.getElementById('country:BG').position(),
        pl: cy.getElementById('country:PL').position(),
      };
    });
    expect(p.es.x).toBeLessThan(p.bg.x); // Spain west of Bulgaria
    expect(p.pl.y).toBeLessThan(p.bg.y); // Poland north of Bulgaria
    expect(session.problems).toEqual([]);
  });

  it('double-click opens a project consortium; depth grows an organisation neighbourhood', async () => {
    await viewButton('Network').click();
    await waitDrawn(page, 29, 35);
    const at = await nodePoint(page, 'project:clusters-cord');
    await page.mouse.dblclick(at.x, at.y);
    expect(await waitDrawn(page, 14, 13)).toEqual([14, 13]);
    await expect
      .poll(() => viewButton('Consortium: Clusters Cord').getAttribute('aria-pressed'))
      .toBe('true');
    await page.mouse.move(5, 300); // off the graph, so hovering fades nothing
    await settle(page);
    await shot(page, 'consortium-desktop');
    // From the details panel: an organisation's neighbourhood, depth 1 then 2.
    await page.getByRole('tabpanel').getByRole('button', { name: 'ZRS Bistra Ptuj' }).click();
    await page.getByRole('button', { name: 'Open neighbourhood' }).click();
    expect(await waitDrawn(page, 17, 18)).toEqual([17, 18]);
    await page.getByLabel('Depth', { exact: true }).selectOption('2');
    expect(await waitDrawn(page, 26, 29)).toEqual([26, 29]);
    expect(session.problems).toEqual([]);
  });

  it('switching views keeps the selection and the filters', async () => {
    await viewButton('Network').click();
    await waitDrawn(page, 29, 35);
    const at = await nodePoint(page, 'org:zrs-bistra-ptuj');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedKeys(page)).toEqual(['org:zrs-bistra-ptuj']);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByLabel('Hide nodes without links', { exact: true }).check();
    await viewButton('Co-partners').click();
    await settle(page);
    expect(await selectedKeys(page)).toEqual(['org:zrs-bistra-ptuj']);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await page.getByLabel('Hide nodes without links', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(session.problems).toEqual([]);
  });

  it('the circle layout puts every node at the same distance from the centre', async () => {
    await viewButton('Co-partners').click();
    await waitDrawn(page, 12, 27);
    await page.getByLabel('Layout', { exact: true }).selectOption('circle');
    await settle(page);
    await page.waitForTimeout(600); // the animation
    const spread = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: {
            nodes(): {
              map(
                f: (n: { position(): { x: number; y: number } }) => { x: number; y: number },
              ): Array<{ x: number; y: number }>;
            };
          };
        }
      ).cy;
      const ps = cy.nodes().map((n) => n.position());
      const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
      const cyy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
      const r = ps.map((p) => Math.hypot(p.x - cx, p.y - cyy));
      return (Math.max(...r) - Math.min(...r)) / Math.max(...r);
    });
    expect(spread).toBeLessThan(0.02);
    expect(session.problems).toEqual([]);
  });

  it('every view at phone size: panels collapse into a bottom sheet', async () => {
    const phone = await openPage(session.browser, '', { width: 390, height: 844 }, session.problems);
    await settle(phone);
    const nav = phone.getByRole('navigation', { name: 'Views' });
    for (const name of ['Network', 'Partnerships', 'Co-partners', 'Countries', 'Projects']) {
      await nav.getByRole('button', { name, exact: true }).click();
      await settle(phone);
      await phone.waitForTimeout(500);
      await shot(phone, `${name.toLowerCase()}-phone`);
    }
    await phone.goto(new URL('?view=ego&ego=project:clusters-cord', phone.url()).toString());
    expect(await waitDrawn(phone, 14, 13)).toEqual([14, 13]);
    await phone.waitForTimeout(500);
    await shot(phone, 'consortium-phone');
    const panel = phone.locator('#side-panel');
    expect(await panel.isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    await phone.waitForTimeout(300);
    await shot(phone, 'details-phone');
    await phone.context().close();
    expect(session.problems).toEqual([]);
  });

  it('the frame fits at laptop and phone size: no overlap in the header, no sideways scrolling, all tabs in view', async () => {
    const longest = 'org:piestanska-regionalna-rozvojova-agentura-trnavskeho-samospravneho-kraje';
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const p = await openPage(
        session.browser,
        `?view=ego&ego=${longest}`,
        viewport,
        session.problems,
        'data/graph.json',
      );
      await settle(p);
      const frame = await p.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
        const overlap = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const bar = document.querySelector('.view-bar')!;
        const named = document.querySelector<HTMLElement>('.view-tab-named')!;
        return {
          brandOverTools: overlap(box('.brand'), box('.header-tools')),
          countsOverTools: overlap(box('[data-testid="counts"]'), box('.header-tools')),
          barScrolls: bar.scrollWidth > bar.clientWidth + 1,
          toolsRight: box('.view-tools').right,
          namedTitle: named.title,
          namedCut: named.scrollWidth > named.clientWidth,
          width: window.innerWidth,
        };
      });
      expect(frame.brandOverTools).toBe(false);
      expect(frame.countsOverTools).toBe(false);
      expect(frame.barScrolls).toBe(false);
      expect(frame.toolsRight).toBeLessThanOrEqual(frame.width);
      expect(frame.namedTitle).toContain(
        'Pieštanská regionálna Rozvojová agentúra Trnavského samosprávneho kraje',
      );
      // The header's icon-only buttons on a phone keep their names.
      await p.getByRole('button', { name: 'Open data' }).waitFor();
      await p.getByRole('button', { name: 'Export' }).waitFor();
      if (viewport.width === 1280) {
        expect(frame.namedCut).toBe(true);
        // All five side panel tabs lie inside the panel.
        const tabs = await p.evaluate(() => {
          const panel = document.querySelector('#side-panel')!.getBoundingClientRect();
          return [...document.querySelectorAll('[role="tab"]')].map((t) => {
            const r = t.getBoundingClientRect();
            return r.left >= panel.left && r.right <= panel.right + 0.5 && t.scrollWidth <= t.clientWidth;
          });
        });
        expect(tabs).toEqual([true, true, true, true, true]);
      }
      await p.context().close();
    }
    expect(session.problems).toEqual([]);
  });

  it('the legend folds and unfolds, folded by default on a phone, and remembers the choice', async () => {
    const phone = await openPage(session.browser, '', { width: 390, height: 844 }, session.problems);
    await settle(phone);
    const toggle = phone.getByRole('button', { name: 'Legend' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await phone.locator('#legend-body').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await phone.locator('#legend-body').textContent()).toContain('Organisation');
    await phone.reload();
    await settle(phone);
    expect(await phone.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('true');
    await phone.context().close();
    expect(session.problems).toEqual([]);
  });

  it('the bundled graph: every view draws its projection, shown at desktop and phone size', async () => {
    const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'data/graph.json');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const graph = parsed.graph;
    // The consortium view opens on the project with the most partners.
    const biggest = graph
      .filterNodes((_, a) => a.type === 'project')
      .sort((a, b) => graph.inDegree(b) - graph.inDegree(a))[0]!;
    for (const [size, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const real = await openPage(session.browser, '', viewport, session.problems, 'data/graph.json');
      await settle(real);
      for (const view of VIEWS) {
        // Past the draw budget the canvas draws the view's best-connected part (and says so).
        const budget = drawBudget(view.id === 'ego', false);
        const expected = fitToBudget(
          shownGraph(graph, view.id, { egoRoot: biggest, egoDepth: 1, limit: budget }, DEFAULT_FILTERS),
          budget,
        ).graph;
        const query =
          view.id === 'ego' ? `?view=ego&ego=${biggest}` : view.id === 'network' ? '' : `?view=${view.id}`;
        await real.goto(new URL(query, real.url()).toString());
        expect(await waitDrawn(real, expected.order, expected.size)).toEqual([expected.order, expected.size]);
        // A view cut to the draw budget is laid out in a worker first; the picture is of the finished drawing.
        // (It starts a moment after the drawing: wait for it to start, then to end.)
        await real.waitForTimeout(500);
        await real.getByText(/^Laying out/).waitFor({ state: 'hidden', timeout: 90_000 });
        await settle(real);
        await real.waitForTimeout(600); // layout animation
        await shot(real, `${view.id === 'ego' ? 'consortium' : view.id}-${size}`, SCREENSHOTS);
      }
      await real.context().close();
    }
    expect(session.problems).toEqual([]);
    // Fourteen drawings, the cut ones laid out in a worker: about two minutes on two busy cores.
  }, 300_000);
});
