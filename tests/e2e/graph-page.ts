// Helpers for browser tests of the graph views: more pages in one browser, waiting for the canvas
// to settle, counting what cytoscape draws.
import { mkdirSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, GRAPH_URL } from './harness';

export const FIXTURE = 'tests/fixtures/graph.json';
/**
 * Where the screenshots shown in the README go. They are committed, so a plain `npm test` must not
 * rewrite them: only `npm run screenshots` (UPDATE_SCREENSHOTS=1) writes docs/screenshots; otherwise
 * they land in the git-ignored artifacts folder.
 */
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
export const SCREENSHOTS = UPDATE_SCREENSHOTS ? 'docs/screenshots' : `${ARTIFACTS}/screenshots`;

/** A further page in the same browser (own context), serving `graph`, recording problems into `problems`. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number },
  problems: string[],
  graph = FIXTURE,
  /** Script run in the page before the app's own (addInitScript). */
  initScript?: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  if (initScript) await context.addInitScript(initScript);
  const body = readFileSync(graph, 'utf8');
  await context.route(GRAPH_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(new URL(path, inject('baseUrl')).toString());
  return page;
}

/** Waits until the canvas has elements and no layout is running. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    const canvas = document.querySelector('[data-testid="canvas"]');
    return !!cy && canvas?.getAttribute('data-layout') === 'idle';
  });
  await page.waitForTimeout(60);
}

/** [nodes, edges] drawn by cytoscape. */
export function drawn(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: { nodes(): { length: number }; edges(): { length: number } } }).cy;
    return [cy.nodes().length, cy.edges().length] as [number, number];
  });
}

/** Waits until cytoscape draws exactly this many nodes and edges (React renders asynchronously). */
export async function waitDrawn(page: Page, nodes: number, edges: number): Promise<[number, number]> {
  await page
    .waitForFunction(
      ([n, e]) => {
        const cy = (
          window as unknown as { cy?: { nodes(): { length: number }; edges(): { length: number } } }
        ).cy;
        return !!cy && cy.nodes().length === n && cy.edges().length === e;
      },
      [nodes, edges],
      // The drawing is staged (nodes, then edges in batches); under a full test run on two cores the last
      // batch of a large view can come after 5 s.
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  await settle(page);
  return drawn(page);
}

/** Screen position of a node, for mouse actions. */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('canvas').boundingBox();
  const p = await page.evaluate((k) => {
    const cy = (
      window as unknown as {
        cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
      }
    ).cy;
    return cy.getElementById(k).renderedPosition();
  }, key);
  return { x: box!.x + p.x, y: box!.y + p.y };
}

export function selectedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as { cy: { nodes(s: string): { map(f: (n: { id(): string }) => string): string[] } } }
    ).cy;
    return cy.nodes(':selected').map((n) => n.id());
  });
}

/** Screenshot into the git-ignored artifacts folder, or into `dir` (pass SCREENSHOTS for the README's pictures). */
export async function shot(page: Page, name: string, dir: string = ARTIFACTS): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}

/** The metrics worker has finished for the view drawn when the statistics count the nodes the canvas shows. */
export async function waitForMetricsOfShownView(page: Page) {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    const stats = [...document.querySelectorAll('.metrics-graph div')];
    const nodes = stats.find((d) => d.querySelector('dt')?.textContent === 'Nodes');
    return (
      !!cy &&
      !document.querySelector('.metrics-progress') &&
      nodes?.querySelector('dd')?.textContent === String(cy.nodes().length)
    );
  });
}
