// Overviews expand: double-clicking a country opens its partnerships, Back returns; a large dataset
// opens on the overview by country with a notice. Screenshots of the Programmes view and the notice.
import { writeFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openApp, type AppSession } from './harness';
import {
  drawn as drawnCounts,
  FIXTURE,
  nodePoint,
  openPage,
  selectedKeys,
  settle,
  shot,
  waitDrawn,
} from './graph-page';
import { DRAW_BUDGET, EGO_DRAW_BUDGET, fitToBudget } from '../../src/graph/budget';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { shownGraph } from '../../src/graph/views';
import { build, pairsPastLarge } from '../graph/build';
import { hash01 } from '../../src/graph/geometry';

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await openApp('?view=countries', { width: 1280, height: 800 }, { graph: FIXTURE });
  page = session.page;
  await settle(page);
});
afterAll(async () => {
  await session?.close();
});

const viewButton = (p: Page, name: string) =>
  p.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

/** Over the large-dataset threshold: thousands of Austrian organisations in pairs, two Slovenian ones. */
function largeGraphFile(): string {
  return largeGraph().file;
}

function largeGraph() {
  const pairs = pairsPastLarge(() => 'AT');
  const spec = { projects: pairs.projects, countries: { s0: 'SI', s1: 'SI', ...pairs.countries } };
  spec.projects.alps = {
    programme: 'programme:y',
    members: [
      ['s0', 'lead'],
      ['s1', 'partner'],
      ['o0', 'partner'],
    ],
  };
  const graph = build(spec);
  graph.setAttribute('name', 'Large test graph');
  graph.forEachNode((key, a) => {
    if (a.type === 'country') graph.setNodeAttribute(key, 'names', [a.label]);
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/overview-large.json`;
  writeFileSync(file, JSON.stringify(graph.export()));
  return { file, graph };
}

/** The large graph with a hub: o0 also joins the first 200 projects (its neighbourhood is a large drawing). */
function largeGraphWithHub() {
  const pairs = pairsPastLarge(() => 'AT');
  for (let i = 2; i < 400; i += 2) pairs.projects[`p${i}`]!.members.push(['o0', 'partner']);
  // A second hub, among the first one's partners, in 150 other projects.
  for (let i = 400; i < 700; i += 2) pairs.projects[`p${i}`]!.members.push(['o2', 'partner']);
  const graph = build(pairs);
  graph.setAttribute('name', 'Large test graph with a hub');
  graph.mergeNodeAttributes('org:o0', { label: 'Hub Agency', names: ['Hub Agency'] });
  graph.mergeNodeAttributes('org:o2', { label: 'Second Hub', names: ['Second Hub'] });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/overview-large-hub.json`;
  writeFileSync(file, JSON.stringify(graph.export()));
  return { file, graph };
}

/** Counts the nodes cytoscape moves after an edge came, from now until the next call (then starts again). */
const movedAfterEdges = (p: Page): Promise<number> =>
  p.evaluate(() => {
    type Cy = { on(events: string, selector: string, f: () => void): void };
    const w = window as unknown as { cy: Cy; moves?: { edgesIn: boolean; moved: number; hooked?: boolean } };
    const before = w.moves?.moved ?? 0;
    w.moves = { edgesIn: false, moved: 0, hooked: w.moves?.hooked };
    if (!w.moves.hooked) {
      w.moves.hooked = true;
      w.cy.on('add', 'edge', () => void (w.moves!.edgesIn = true));
      w.cy.on('position', 'node', () => void (w.moves!.edgesIn && w.moves!.moved++));
    }
    return before;
  });

/**
 * Waits until cytoscape holds the whole view the canvas names, one with node `key` (a large view comes
 * in slices, and the canvas names the previous view until the next one arrives).
 */
async function allDrawn(p: Page, key: string): Promise<void> {
  await expect
    .poll(
      () =>
        p.evaluate((k) => {
          const cy = (
            window as unknown as {
              cy: {
                nodes(): { length: number };
                edges(): { length: number };
                getElementById(k: string): { length: number };
              };
            }
          ).cy;
          const label = document.querySelector('[data-testid="canvas"]')?.getAttribute('aria-label') ?? '';
          const m = /(\d+) nodes and (\d+) links/.exec(label);
          return (
            !!m &&
            cy.getElementById(k).length === 1 &&
            cy.nodes().length === Number(m[1]) &&
            cy.edges().length === Number(m[2])
          );
        }, key),
      { timeout: 15_000 },
    )
    .toBe(true);
}

type Positions = Record<string, { x: number; y: number }>;
const positions = (p: Page): Promise<Positions> =>
  p.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: {
          nodes(): { forEach(f: (n: { id(): string; position(): { x: number; y: number } }) => void): void };
        };
      }
    ).cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => (out[n.id()] = { ...n.position() }));
    return out;
  });

/** Types `name` into the search box and picks its first hit with Enter. */
async function pickSearchHit(p: Page, name: string): Promise<void> {
  await p.getByRole('combobox', { name: /Search/ }).fill(name);
  await expect.poll(() => p.getByRole('option').first().textContent()).toContain(name);
  await p.keyboard.press('Enter');
}

/**
 * Waits for the consortium view of `name` to be the view, drawn whole (`key`, a node only it has, in),
 * as large as a neighbourhood is drawn (its budget's nodes, of many more), and still.
 */
async function neighbourhoodDrawn(p: Page, name: string, key: string): Promise<void> {
  await expect.poll(() => viewButton(p, `Consortium: ${name}`).getAttribute('aria-pressed')).toBe('true');
  await allDrawn(p, key);
  expect((await drawnCounts(p))[0]).toBe(EGO_DRAW_BUDGET.nodes);
  await settle(p);
}

/** Presses "Run the layout again" and returns the nodes it moved by more than half a pixel from `before`. */
async function movedByRunningAgain(p: Page, before: Positions): Promise<string[]> {
  await p.getByRole('button', { name: 'Run the layout again' }).click();
  await settle(p);
  const after = await positions(p);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  return Object.keys(before).filter(
    (k) => Math.abs(before[k]!.x - after[k]!.x) > 0.5 || Math.abs(before[k]!.y - after[k]!.y) > 0.5,
  );
}

describe('overviews expand', () => {
  it('double-clicking a country opens the partnerships of its organisations, and Back returns', async () => {
    expect(await waitDrawn(page, 8, 22)).toEqual([8, 22]);
    const at = await nodePoint(page, 'country:SI');
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => viewButton(page, 'Partnerships').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toContain('countries=SI');
    await settle(page);
    const types = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(s?: string): { map(f: (n: { data(k: string): string }) => string): string[] } };
        }
      ).cy;
      return [...new Set(cy.nodes().map((n) => n.data('type')))].sort();
    });
    expect(types).toEqual(['organisation', 'project']);
    expect(await selectedKeys(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => viewButton(page, 'Countries').getAttribute('aria-pressed')).toBe('true');
    expect(await waitDrawn(page, 8, 22)).toEqual([8, 22]);
    expect(new URL(page.url()).search).not.toContain('countries=');
    expect(session.problems).toEqual([]);
  });

  it('the context menu of a country offers its organisations', async () => {
    const at = await nodePoint(page, 'country:RO');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Show its organisations' }).click();
    await expect.poll(() => viewButton(page, 'Partnerships').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toContain('countries=RO');
    await page.goBack();
    await expect.poll(() => viewButton(page, 'Countries').getAttribute('aria-pressed')).toBe('true');
    expect(session.problems).toEqual([]);
  });

  it('Enter on a country row of the table opens its partnerships', async () => {
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const open = page.getByRole('button', { name: 'Show the organisations of Slovenia' });
    await open.focus();
    await shot(page, 'overview-table-desktop');
    const phoneProblems: string[] = [];
    const phone = await openPage(
      session.browser,
      '?view=countries',
      { width: 390, height: 844 },
      phoneProblems,
    );
    await settle(phone);
    await phone.getByRole('button', { name: 'Table', exact: true }).click();
    await phone.getByRole('button', { name: 'Show the organisations of Slovenia' }).waitFor();
    await shot(phone, 'overview-table-phone');
    await phone.context().close();
    expect(phoneProblems).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => viewButton(page, 'Partnerships').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toContain('countries=SI');
    await page.goBack();
    await expect.poll(() => viewButton(page, 'Countries').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    expect(session.problems).toEqual([]);
  });

  it('the Programmes view links programmes by shared organisations', async () => {
    await viewButton(page, 'Programmes').click();
    await expect.poll(() => viewButton(page, 'Programmes').getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    const types = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } };
        }
      ).cy;
      return [...new Set(cy.nodes().map((n) => n.data('type')))];
    });
    expect(types).toEqual(['programme']);
    await shot(page, 'overview-programmes-desktop');
    const phoneProblems: string[] = [];
    const phone = await openPage(
      session.browser,
      '?view=programmes',
      { width: 390, height: 844 },
      phoneProblems,
    );
    await settle(phone);
    await shot(phone, 'overview-programmes-phone');
    await phone.context().close();
    expect(phoneProblems).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('a large dataset opens on the overview by country, says so, and a country opens', async () => {
    const file = largeGraphFile();
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const problems: string[] = [];
      const large = await openPage(session.browser, '', viewport, problems, file);
      await large.getByText('showing the overview by country').waitFor({ timeout: 30_000 });
      await expect.poll(() => viewButton(large, 'Countries').getAttribute('aria-pressed')).toBe('true');
      expect(await waitDrawn(large, 2, 1)).toEqual([2, 1]);
      expect(await large.locator('.notices').textContent()).toContain(
        '5,717 organisations in 2,858 projects: showing the overview by country. Double-click a country to open its partnerships.',
      );
      await shot(large, `overview-notice-${name}`);
      // The notice leaves the legend and, on a phone, the Details button in reach.
      const reachable = async (selector: string) =>
        large.locator(selector).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return hit !== null && el.contains(hit);
        });
      expect(await reachable('[data-testid="legend"] button')).toBe(true);
      if (name === 'phone') expect(await reachable('.drawer-toggle')).toBe(true);
      if (name === 'desktop') {
        const si = await nodePoint(large, 'country:SI');
        await large.mouse.dblclick(si.x, si.y);
        await expect.poll(() => viewButton(large, 'Partnerships').getAttribute('aria-pressed')).toBe('true');
        expect(await waitDrawn(large, 3, 2)).toEqual([3, 2]);
        // Leaving the overview withdraws its notice.
        await expect.poll(() => large.getByText('showing the overview by country').count()).toBe(0);
        await large.goBack();
        await expect.poll(() => viewButton(large, 'Countries').getAttribute('aria-pressed')).toBe('true');
      }
      await large.context().close();
      expect(problems).toEqual([]);
    }
  });

  it('a view of a large dataset cut to the draw budget comes laid out, without a layout run on the page', async () => {
    const { file, graph } = largeGraph();
    const params = { egoRoot: null, egoDepth: 1 as const, limit: DRAW_BUDGET };
    const cut = fitToBudget(shownGraph(graph, 'network', params, DEFAULT_FILTERS), DRAW_BUDGET);
    const problems: string[] = [];
    const large = await openPage(session.browser, '', { width: 1280, height: 800 }, problems, file);
    await large.getByText('showing the overview by country').waitFor({ timeout: 30_000 });
    await waitDrawn(large, 2, 1);
    // Jobs started from now on (a layout job on the page would be one).
    await large.evaluate(() => {
      const w = window as unknown as { started: string[] };
      w.started = [];
      const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const job = (args[0] as { job?: unknown } | null)?.job;
        if (typeof job === 'string') w.started.push(job);
        post.apply(this, args);
      } as typeof Worker.prototype.postMessage;
    });
    await viewButton(large, 'Network').click();
    expect(await waitDrawn(large, cut.graph.order, cut.graph.size)).toEqual([
      cut.graph.order,
      cut.graph.size,
    ]);
    expect(await large.getByLabel('Layout', { exact: true }).locator('option:checked').textContent()).toBe(
      'Force (auto)',
    );
    const spread = await large.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(): { map<T>(f: (n: { position(): { x: number; y: number } }) => T): T[] } };
        }
      ).cy;
      return new Set(cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`))
        .size;
    });
    // Every node has a place of its own (not piled up where a missing layout would leave them).
    expect(spread).toBeGreaterThan(cut.graph.order * 0.9);
    // (Metrics jobs may start for the new view; no layout job does.)
    expect(await large.evaluate(() => (window as unknown as { started: string[] }).started)).not.toContain(
      'layout',
    );
    await shot(large, 'large-network-cut-desktop');
    await large.context().close();
    expect(problems).toEqual([]);
  });

  it("a hub's neighbourhood in a large dataset comes in concentric rings, as the layout run again puts it", async () => {
    const { file } = largeGraphWithHub();
    const problems: string[] = [];
    const large = await openPage(session.browser, '', { width: 1280, height: 800 }, problems, file);
    await large.getByText('showing the overview by country').waitFor({ timeout: 30_000 });
    await waitDrawn(large, 2, 1);
    await movedAfterEdges(large);
    // Picking an organisation the overview does not draw opens its neighbourhood.
    await pickSearchHit(large, 'Hub Agency');
    // The hub, its 200 projects, their 399 organisations (the hub's own one among them), the programme and the country.
    await neighbourhoodDrawn(large, 'Hub Agency', 'org:o0');
    expect(await large.getByLabel('Layout', { exact: true }).locator('option:checked').textContent()).toBe(
      'Concentric (by links)',
    );
    const before = await positions(large);
    // Its nodes took their places before its edges came (moving them after has cytoscape redo them all).
    expect(await movedAfterEdges(large)).toBe(0);
    const hub = before['org:o0']!;
    const xs = Object.values(before).map((p) => p.x);
    const ys = Object.values(before).map((p) => p.y);
    // The hub (the focus) alone in the middle ring.
    expect(Math.abs(hub.x - (Math.min(...xs) + Math.max(...xs)) / 2)).toBeLessThan(1);
    expect(Math.abs(hub.y - (Math.min(...ys) + Math.max(...ys)) / 2)).toBeLessThan(1);
    // Laid out as its nodes came, before its edges: the same rings cytoscape draws with the edges in.
    expect(await movedByRunningAgain(large, before)).toEqual([]);
    await shot(large, 'large-hub-neighbourhood-desktop');
    // Fitted, its labels at their model size would be too small to draw; the hub and a few of the most
    // important are labelled all the same, drawn at a readable size.
    const labels = await large.evaluate(() => {
      type Node = {
        id(): string;
        hasClass(c: string): boolean;
        style(p: string): string;
        data(k: string): unknown;
      };
      const cy = (
        window as unknown as {
          cy: { zoom(): number; nodes(s?: string): Node[] & { map<T>(f: (n: Node) => T): T[] } };
        }
      ).cy;
      const px = (n: Node) => parseFloat(n.style('font-size')) * cy.zoom();
      return {
        zoom: cy.zoom(),
        shown: cy
          .nodes('.label-shown')
          .map((n) => ({ id: n.id(), px: px(n), scaled: n.data('labelScale') !== undefined })),
      };
    });
    expect(labels.zoom * 11).toBeLessThan(10);
    expect(labels.shown.map((l) => l.id)).toContain('org:o0');
    expect(labels.shown.length).toBeLessThanOrEqual(16);
    for (const l of labels.shown) {
      expect(l.scaled).toBe(true);
      expect(l.px).toBeCloseTo(12, 0);
    }

    // From one neighbourhood to the next (the same view, another root): laid out as it comes, too.
    await pickSearchHit(large, 'Second Hub');
    await expect.poll(() => selectedKeys(large)).toEqual(['org:o2']);
    await movedAfterEdges(large);
    await large.getByRole('button', { name: 'Open neighbourhood' }).click();
    await neighbourhoodDrawn(large, 'Second Hub', 'org:o400');
    const second = await positions(large);
    expect(await movedAfterEdges(large)).toBe(0);
    expect(Object.keys(second)).toContain('org:o2');
    expect(Object.keys(second)).not.toContain('org:o4');
    expect(await movedByRunningAgain(large, second)).toEqual([]);
    await large.context().close();
    expect(problems).toEqual([]);
  });
});

/**
 * Before the app's scripts: records, from the first edge cytoscape gets on, every node that moves or
 * changes class (a label chosen) and every change of the viewport, in window.afterEdges.
 */
const RECORD_AFTER_EDGES = `(() => {
  const seen = { edges: 0, moved: 0, restyled: 0, viewport: 0 };
  window.afterEdges = seen;
  const define = Object.defineProperty;
  Object.defineProperty = function (target, key, descriptor) {
    const out = define.call(Object, target, key, descriptor);
    if (target === window && key === 'cy' && descriptor && descriptor.get) {
      const cy = descriptor.get();
      cy.on('add', 'edge', () => void seen.edges++);
      cy.on('position', 'node', () => void (seen.edges && seen.moved++));
      cy.on('class', 'node', () => void (seen.edges && seen.restyled++));
      cy.on('viewport', () => void (seen.edges && seen.viewport++));
    }
    return out;
  };
})();`;

type AfterEdges = { edges: number; moved: number; restyled: number; viewport: number };
const afterEdges = (p: Page): Promise<AfterEdges> =>
  p.evaluate(() => (window as unknown as { afterEdges: AfterEdges }).afterEdges);

/** 300 organisations in pairs (150 projects), every node at a built position: a large Network drawing. */
function placedGraphFile(): string {
  const projects: Record<string, { programme: string; members: Array<[string, 'lead' | 'partner']> }> = {};
  const countries: Record<string, string> = {};
  for (let i = 0; i < 300; i += 2) {
    projects[`p${i}`] = {
      programme: 'programme:x',
      members: [
        [`o${i}`, 'lead'],
        [`o${i + 1}`, 'partner'],
      ],
    };
    countries[`o${i}`] = 'AT';
    countries[`o${i + 1}`] = 'SI';
  }
  const graph = build({ projects, countries });
  graph.setAttribute('name', 'Placed test graph');
  graph.forEachNode((key) =>
    graph.mergeNodeAttributes(key, { x: hash01(`x${key}`) * 2000, y: hash01(`y${key}`) * 1200 }),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/placed-large.json`;
  writeFileSync(file, JSON.stringify(graph.export()));
  return file;
}

describe('a large drawing opens where its nodes stand', () => {
  // 300 organisations, 150 projects, a programme and two countries; 300 + 300 + 150 links.
  const NODES = 453;
  const EDGES = 750;

  let file: string;
  beforeAll(() => {
    file = placedGraphFile();
  });

  /**
   * Opens the placed graph at `path`, waits for it drawn whole and still, and checks that once its links
   * were in no node moved, no label was chosen anew and the viewport stayed put: each of them had
   * cytoscape work out every link again.
   */
  async function openDrawnStill(path: string): Promise<{ page: Page; problems: string[] }> {
    const problems: string[] = [];
    const page = await openPage(
      session.browser,
      path,
      { width: 1280, height: 800 },
      problems,
      file,
      RECORD_AFTER_EDGES,
    );
    expect(await waitDrawn(page, NODES, EDGES)).toEqual([NODES, EDGES]);
    await settle(page);
    const seen = await afterEdges(page);
    expect(seen.edges).toBe(EDGES);
    expect({ moved: seen.moved, restyled: seen.restyled, viewport: seen.viewport }).toEqual({
      moved: 0,
      restyled: 0,
      viewport: 0,
    });
    return { page, problems };
  }

  it('fitted to them before they come, and nothing moves once its links are in', async () => {
    const { page, problems } = await openDrawnStill('?view=network');
    const view = await page.evaluate(() => {
      type Box = { x1: number; y1: number; x2: number; y2: number };
      const cy = (
        window as unknown as {
          cy: {
            nodes(): { boundingBox(): Box };
            extent(): Box;
          };
        }
      ).cy;
      return { nodes: cy.nodes().boundingBox(), extent: cy.extent() };
    });
    // The whole drawing on screen, filling it (the fit).
    expect(view.nodes.x1).toBeGreaterThanOrEqual(view.extent.x1);
    expect(view.nodes.x2).toBeLessThanOrEqual(view.extent.x2);
    expect(view.nodes.y1).toBeGreaterThanOrEqual(view.extent.y1);
    expect(view.nodes.y2).toBeLessThanOrEqual(view.extent.y2);
    expect(view.nodes.x2 - view.nodes.x1).toBeGreaterThan((view.extent.x2 - view.extent.x1) * 0.8);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('at the zoom and pan the address gives', async () => {
    const { page, problems } = await openDrawnStill('?view=network&zoom=0.8&pan=120,-40');
    const viewport = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { zoom(): number; pan(): { x: number; y: number }; nodes(s: string): { length: number } };
        }
      ).cy;
      return { zoom: cy.zoom(), pan: cy.pan(), labels: cy.nodes('.label-shown').length };
    });
    // Zoomed in that far, the labels that fit were chosen as the nodes came.
    expect(viewport.labels).toBeGreaterThan(0);
    expect(viewport.zoom).toBeCloseTo(0.8, 5);
    expect(viewport.pan.x).toBeCloseTo(120, 5);
    expect(viewport.pan.y).toBeCloseTo(-40, 5);
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
