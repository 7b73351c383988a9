// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEGEND_STORAGE_KEY, initialLegendOpen } from '../../../src/features/legend/Legend';

function screen(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
  }));
}

describe('initialLegendOpen', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('ignores a kept value it does not know and falls back to the screen size', () => {
    window.localStorage.setItem(LEGEND_STORAGE_KEY, 'maybe');
    screen(true);
    expect(initialLegendOpen()).toBe(false);
    screen(false);
    expect(initialLegendOpen()).toBe(true);
  });

  it('is folded on a phone and open on a laptop when nothing is kept', () => {
    screen(true);
    expect(initialLegendOpen()).toBe(false);
    screen(false);
    expect(initialLegendOpen()).toBe(true);
  });

  it('follows the remembered choice whatever the screen', () => {
    window.localStorage.setItem(LEGEND_STORAGE_KEY, 'open');
    screen(true);
    expect(initialLegendOpen()).toBe(true);
    window.localStorage.setItem(LEGEND_STORAGE_KEY, 'closed');
    screen(false);
    expect(initialLegendOpen()).toBe(false);
  });
});
