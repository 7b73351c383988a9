import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppSession } from './harness';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the app shell', () => {
  it('opens with its name and no console errors or warnings', async () => {
    session = await openApp();
    await session.page.getByRole('heading', { name: 'Consortia' }).waitFor();
    await screenshot(session.page, 'shell-desktop');
    expect(session.problems).toEqual([]);
  });
});
