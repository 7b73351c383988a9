import { describe, expect, it } from 'vitest';
import {
  frameIntervals,
  interactiveAt,
  median,
  percentile,
  ratio,
  stepDurations,
  summarise,
} from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('refuses to summarise an empty list or an out-of-range percentile', () => {
    expect(() => median([])).toThrow('median: no values');
    expect(() => percentile([], 50)).toThrow('percentile: no values');
    expect(() => percentile([1], 101)).toThrow('p must be within 0..100');
  });

  it('takes the mean of the two middle values for an even count, unsorted input', () => {
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('uses the nearest rank for percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([16.7, 16.7, 50], 95)).toBe(50);
  });

  it('summarises frame gaps from rAF timestamps', () => {
    expect(() => frameIntervals([10, 5])).toThrow('go back in time at index 1');
    const gaps = frameIntervals([0, 16, 33, 50, 100]);
    expect(gaps).toEqual([16, 17, 17, 50]);
    expect(summarise(gaps)).toEqual({ n: 4, median: 17, p95: 50, max: 50 });
  });

  it('gives no ratio when a side is missing or the reference is zero', () => {
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(10, undefined)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(30, 20)).toBe(1.5);
  });

  it('finds time to interactive after the last long task before a quiet second', () => {
    // Still busy at the end of the recording: not interactive yet.
    expect(interactiveAt(100, [{ start: 900, duration: 300 }], 1500)).toBeNull();
    // No long task after the first frame: interactive at the first frame.
    expect(interactiveAt(100, [{ start: 10, duration: 60 }], 2000)).toBe(100);
    // Two long tasks close together, then quiet: the end of the second.
    const tasks = [
      { start: 200, duration: 100 },
      { start: 600, duration: 200 },
      { start: 3000, duration: 80 },
    ];
    expect(interactiveAt(100, tasks, 4000)).toBe(800);
  });

  it('times each step of a worker job from its progress labels, ignoring an unfinished one', () => {
    expect(stepDurations([{ t: 5, type: 'progress', label: 'Degree' }])).toEqual(new Map());
    const steps = stepDurations([
      { t: 0, type: 'start' },
      { t: 10, type: 'progress', label: 'Degree' },
      { t: 12, type: 'progress', label: 'Degree' },
      { t: 15, type: 'progress', label: 'Betweenness' },
      { t: 95, type: 'progress', label: 'Betweenness' },
      { t: 100, type: 'progress', label: 'PageRank' },
      { t: 130, type: 'progress', label: 'done' },
      { t: 131, type: 'result' },
    ]);
    expect(steps).toEqual(
      new Map([
        ['Degree', 5],
        ['Betweenness', 85],
        ['PageRank', 30],
      ]),
    );
  });
});
