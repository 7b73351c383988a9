import { describe, expect, it } from 'vitest';
import {
  frameIntervals,
  interactiveAt,
  median,
  percentile,
  boundedRatio,
  ratio,
  stepDurations,
  summarise,
} from '../../scripts/bench/stats';
import { onWorkerClock, summariseReplays } from '../../scripts/bench/metrics-replay';
import { busiestPartner } from '../../scripts/bench/partner-table';
import { rssKiB } from '../../scripts/bench/browser';

describe('bench statistics', () => {
  it("times a job's steps by the worker's clock when every progress message carries it", () => {
    const arrived = [
      { t: 100, type: 'progress', label: 'Degree' },
      { t: 109, type: 'progress', label: 'PageRank' },
      { t: 112, type: 'result' },
    ];
    expect(onWorkerClock(arrived)).toEqual(arrived);
    const stamped = [
      { t: 100, at: 20, type: 'progress', label: 'Degree' },
      { t: 109, at: 21, type: 'progress', label: 'PageRank' },
      { t: 110, at: 26, type: 'progress', label: 'done' },
      { t: 112, type: 'result' },
    ];
    expect(stepDurations(onWorkerClock(stamped))).toEqual(
      new Map([
        ['Degree', 1],
        ['PageRank', 5],
      ]),
    );
  });

  it('divides two times only above the timer floor, else gives a bound or nothing', () => {
    expect(boundedRatio(null, 2)).toBeNull();
    expect(boundedRatio(3, Number.NaN)).toBeNull();
    expect(boundedRatio(0.6, 0.1)).toEqual({ ratio: null, bound: 'under floor' });
    expect(boundedRatio(1.9, 0.5)).toEqual({ ratio: 1.9, bound: 'at least' });
    expect(boundedRatio(0.5, 4)).toEqual({ ratio: 0.25, bound: 'at most' });
    expect(boundedRatio(6, 4)).toEqual({ ratio: 1.5, bound: 'exact' });
    expect(boundedRatio(6, 4, 5)).toEqual({ ratio: 6 / 5, bound: 'at least' });
  });

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

describe('bench metrics replays and hub', () => {
  it('gives no hub for an empty table and breaks count ties by name', () => {
    expect(busiestPartner([])).toBeNull();
    expect(busiestPartner([{ partner: '' }])).toBeNull();
    const rows = ['Žilina', 'Agentia', 'Žilina', 'Agentia', 'Brno'].map((partner) => ({ partner }));
    expect(busiestPartner(rows)).toBe('Agentia');
    expect(busiestPartner([...rows, { partner: 'Žilina' }])).toBe('Žilina');
  });

  it('takes the median per metric and for the job, and lists what was sampled once', () => {
    expect(summariseReplays([], null).job.totalMs).toEqual({ missing: 'no runs' });
    const run = (total: number, pagerank: number, approximated: string[] = []) => ({
      postMs: 2,
      startMs: total / 10,
      totalMs: total,
      steps: { PageRank: pagerank, Degree: 1 },
      approximated,
    });
    const { perMetric, job } = summariseReplays(
      [run(100, 40, ['betweenness']), run(300, 60), run(200, 50, ['betweenness'])],
      { nodes: 10, edges: 20, view: '' },
    );
    expect(perMetric.get('PageRank')).toEqual({ value: 50 });
    expect(job).toMatchObject({
      runs: 3,
      totalMs: { value: 200 },
      startMs: { value: 20 },
      stepsMs: { value: 51 },
      sampled: ['betweenness'],
    });
  });

  it('reads a process RSS from /proc status, and nothing when it is gone', () => {
    expect(
      rssKiB(1, () => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
    expect(rssKiB(1, () => 'Name:\tchromium\nVmRSS:\t  123456 kB\n')).toBe(123456);
  });
});
