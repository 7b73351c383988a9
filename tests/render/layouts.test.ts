import { describe, expect, it } from 'vitest';
import { layoutLabel } from '../../src/render/layouts';

describe('layoutLabel', () => {
  it('does not call a drawing laid out for its own view "As built"', () => {
    expect(layoutLabel('preset', true)).toBe('Force (auto)');
  });

  it('keeps "As built" while the built positions are drawn, and other layouts their names', () => {
    expect(layoutLabel('preset', false)).toBe('As built');
    expect(layoutLabel('fcose', true)).toBe('Force');
  });
});
