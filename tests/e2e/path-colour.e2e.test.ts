// The shortest path has a colour of its own in both themes, named in the legend (issue 25, point 4).
import { afterEach, describe, expect, it } from 'vitest';
import { partnerPath } from '../../src/graph/path';
import { bundled, bundledNetwork as network } from './bundled';
import { settle } from './graph-page';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LAPTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };

type Cy = { edges(selector: string): { length: number } };

/** Two organisations of the drawn Network view joined through two projects, every step drawn. */
function drawnPathEnds(): [string, string] {
  const orgs = network.graph.filterNodes((_, a) => a.type === 'organisation').sort();
  for (const from of orgs)
    for (const to of orgs) {
      if (from >= to) continue;
      const path = partnerPath(bundled, from, to);
      if (path?.length === 5 && path.every((s) => network.graph.hasNode(s.key))) return [from, to];
    }
  throw new Error('no path of two projects in the drawn Network view');
}

describe('the shortest path', () => {
  const [from, to] = drawnPathEnds();
  for (const [theme, viewport] of [
    ['light', LAPTOP],
    ['dark', PHONE],
  ] as const)
    it(`has a colour of its own, named in the legend (${theme} theme)`, async () => {
      session = await openApp('', viewport, { colorScheme: theme });
      const { page } = session;
      await waitForGraph(page);
      await settle(page);
      const legend = page.getByTestId('legend');
      if ((await legend.locator('.legend-toggle').getAttribute('aria-expanded')) !== 'true')
        await legend.locator('.legend-toggle').click();
      await expect(legend.getByText('Shortest path').count()).resolves.toBe(0);
      if (viewport === PHONE) await page.getByRole('button', { name: 'Details' }).click();
      await page.getByRole('tab', { name: 'Path' }).click();
      await page.getByLabel('From', { exact: true }).selectOption(from);
      await page.getByLabel('To', { exact: true }).selectOption(to);
      if (viewport === PHONE) {
        await page.getByRole('button', { name: 'Close panel' }).click();
        await page.locator('#side-panel').waitFor({ state: 'hidden' });
      }
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges('.path').length))
        .toBe(4);
      const colours = await page.evaluate(() => {
        type El = { style(p: string): string; hasClass(c: string): boolean; selected(): boolean };
        const cy = (window as unknown as { cy: { elements(s: string): { toArray(): El[] } } }).cy;
        // The colour of the first element of `selector` that is neither on the path nor selected.
        const style = (selector: string, property: string, onPath = false) => {
          const el = cy
            .elements(selector)
            .toArray()
            .find((e) => e.hasClass('path') === onPath && !e.selected());
          return el ? el.style(property) : null;
        };
        return {
          path: style('edge.path', 'line-color', true),
          pathRing: style('node.path', 'border-color', true),
          lead: style('edge[role = "lead"]', 'line-color'),
          leadRing: style('node[?lead]', 'border-color'),
          kinds: ['organisation', 'project', 'programme', 'country'].map((t) =>
            style(`node[type = "${t}"]`, 'background-color'),
          ),
          edge: style('edge[role = "partner"]', 'line-color'),
        };
      });
      expect(colours.path).toBe(colours.pathRing);
      const others = [colours.lead, colours.leadRing, colours.edge, ...colours.kinds].filter(Boolean);
      expect(others.length).toBeGreaterThanOrEqual(6);
      expect(others).not.toContain(colours.path);
      // The legend names the path's colour while a path is shown, with the same colour.
      const entry = legend.locator('li', { hasText: 'Shortest path' });
      await entry.waitFor();
      const swatch = await entry
        .locator('.path-line')
        .evaluate((el) => getComputedStyle(el).borderTopColor.replace(/\s/g, ''));
      expect(swatch).toBe(colours.path!.replace(/\s/g, ''));
      await screenshot(page, `path-${theme}-${viewport === PHONE ? 'phone' : 'laptop'}`);
      expect(session.problems).toEqual([]);
    });
});
