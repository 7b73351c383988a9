import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, waitForGraph, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the app shell', () => {
  it('opens with its name and the graph drawn, and no console errors or warnings', async () => {
    session = await openApp('', undefined, { graph: 'tests/fixtures/graph.json' });
    await session.page.getByRole('heading', { name: 'Consortia', exact: true }).waitFor();
    await waitForGraph(session.page);
    await screenshot(session.page, 'shell-desktop');
    expect(session.problems).toEqual([]);
  });
});
