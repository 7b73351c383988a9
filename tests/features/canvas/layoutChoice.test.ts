import { describe, expect, it } from 'vitest';
import { layoutToRun, type LayoutSituation } from '../../../src/features/canvas/layoutChoice';

const base: LayoutSituation = {
  layout: 'preset',
  placed: false,
  capped: false,
  asked: false,
  hasPositions: true,
};

describe('layoutToRun', () => {
  it('lays out by force a view without any position, even "As built"', () => {
    expect(layoutToRun({ ...base, hasPositions: false })).toBe('fcose');
  });

  it('lays out by force a cut view the worker did not place (computed on the page)', () => {
    expect(layoutToRun({ ...base, capped: true })).toBe('fcose');
  });

  it('draws the places the view worker gave a cut view, as built or on opening on Force', () => {
    expect(layoutToRun({ ...base, capped: true, placed: true })).toBe('preset');
    expect(layoutToRun({ ...base, capped: true, placed: true, asked: true })).toBe('preset');
    expect(layoutToRun({ ...base, layout: 'fcose', capped: true, placed: true })).toBe('preset');
  });

  it('runs Force when the person asks for it, and any other layout picked', () => {
    expect(layoutToRun({ ...base, layout: 'fcose', capped: true, placed: true, asked: true })).toBe('fcose');
    expect(layoutToRun({ ...base, layout: 'concentric', placed: true })).toBe('concentric');
    expect(layoutToRun({ ...base, layout: 'geographic' })).toBe('geographic');
    expect(layoutToRun(base)).toBe('preset');
  });
});
