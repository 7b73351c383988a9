// The bundled data/graph.json, as built by the pipeline, opens in the app with no console problems.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
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
