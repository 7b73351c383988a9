import { describe, expect, it } from 'vitest';
import { labelWidth, pickLabels, type LabelBox } from '../../src/render/labels';
import { labelScale } from '../../src/render/adapter';

const box = (id: string, x: number, top: number, priority: number, width = 60): LabelBox => ({
  id,
  x,
  top,
  width,
  height: 14,
  priority,
});

describe('label decluttering', () => {
  it('keeps nothing from nothing', () => {
    expect(pickLabels([])).toEqual(new Set());
  });

  it('drops the lower-priority label of two that overlap, keeps labels that do not', () => {
    const kept = pickLabels([box('org', 100, 100, 1), box('project', 120, 105, 5), box('far', 400, 100, 0)]);
    expect([...kept].sort()).toEqual(['far', 'project']);
  });

  it('labels side by side with room between them both stay', () => {
    expect(pickLabels([box('a', 100, 100, 1), box('b', 170, 100, 1)]).size).toBe(2);
    expect(pickLabels([box('a', 100, 100, 1), box('b', 150, 100, 1)]).size).toBe(1);
  });

  it('no two kept labels overlap in a crowd', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 37) % 500, (i * 53) % 300, i % 7));
    const kept = crowd.filter((b) => pickLabels(crowd).has(b.id));
    for (const a of kept)
      for (const b of kept) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) * 2 >= a.width + b.width ||
          a.top >= b.top + b.height ||
          b.top >= a.top + a.height;
        expect(apart).toBe(true);
      }
    expect(kept.length).toBeGreaterThan(10);
  });

  it('label width grows with zoom and stops at the maximum width', () => {
    expect(labelWidth('SMART+', 2)).toBeCloseTo(2 * labelWidth('SMART+', 1));
    expect(labelWidth('x'.repeat(200), 1)).toBe(140);
  });
});

describe('labelScale', () => {
  it('keeps labels at their size from zoom 1 up, and on large graphs at any zoom', () => {
    expect(labelScale(1, false)).toBe(1);
    expect(labelScale(2.5, false)).toBe(1);
    expect(labelScale(0.25, true)).toBe(1);
  });

  it('grows labels by 1/zoom when a small graph is zoomed out, so they keep their size on screen', () => {
    expect(labelScale(0.5, false)).toBe(2);
    expect(labelScale(0.25, false) * 0.25 * 11).toBeCloseTo(11);
  });
});
