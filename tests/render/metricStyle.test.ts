import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/graph/metrics';
import { ordinal, rankOf } from '../../src/graph/metrics/ranks';
import {
  CATEGORICAL,
  metricStyles,
  OTHER_CATEGORY,
  rampColour,
  SEQUENTIAL,
  SIZE_RANGE,
} from '../../src/render/metricStyle';
import { fixtureGraph, loadFixture } from '../graph/metrics/fixtures';

const karate = computeMetrics(fixtureGraph(loadFixture('karate')));
const at = (key: string) => karate.keys.indexOf(key);

describe('metric styles', () => {
  it('refuses an output that is not in the metric list', () => {
    expect(() => metricStyles(karate, 'fame', null)).toThrow('metricStyle: unknown metric output "fame"');
  });

  it('sizes from the smallest to the largest value, area following the value', () => {
    const { nodes, legends } = metricStyles(karate, 'pagerank', null);
    const values = karate.nodes.pagerank as number[];
    const max = values.indexOf(Math.max(...values));
    const min = values.indexOf(Math.min(...values));
    expect(nodes.get(karate.keys[max]!)!.size).toBe(SIZE_RANGE.max);
    expect(nodes.get(karate.keys[min]!)!.size).toBe(SIZE_RANGE.min);
    expect(legends).toEqual([expect.objectContaining({ kind: 'size', min: values[min], max: values[max] })]);
    expect(nodes.get('0')!.color).toBeUndefined();
  });

  it('colours communities by category, largest first, with a legend entry per community', () => {
    const { nodes, legends } = metricStyles(karate, null, 'community');
    const community = karate.nodes.community!;
    expect(nodes.get('0')!.color).toBe(CATEGORICAL[community[at('0')]!] ?? OTHER_CATEGORY);
    const legend = legends[0]!;
    if (legend.kind !== 'categorical') throw new Error('expected categories');
    expect(legend.entries.reduce((sum, e) => sum + e.count, 0)).toBe(34);
    expect(legend.entries[0]!.count).toBeGreaterThanOrEqual(legend.entries.at(-1)!.count);
  });

  it('colours scores along the sequential ramp', () => {
    expect(rampColour(0)).toBe(SEQUENTIAL[0]);
    expect(rampColour(1)).toBe(SEQUENTIAL[4]);
    expect(rampColour(0.5)).toBe(SEQUENTIAL[2]);
    const { legends } = metricStyles(karate, null, 'betweenness');
    expect(legends[0]).toMatchObject({ kind: 'sequential', min: 0 });
  });
});

describe('ranks', () => {
  it('has no rank for an unknown node or a metric that does not apply', () => {
    expect(rankOf(karate, 'betweenness', 'nobody')).toBeNull();
    expect(rankOf(karate, 'projects', '0')).toBeNull();
  });

  it('ranks the karate instructor 1st of 34 by betweenness, ties sharing a rank', () => {
    expect(rankOf(karate, 'betweenness', '0')).toMatchObject({ rank: 1, of: 34 });
    const zeros = (karate.nodes.betweenness as number[]).filter((v) => v === 0).length;
    const zero = karate.keys.find((_, i) => karate.nodes.betweenness![i] === 0)!;
    expect(rankOf(karate, 'betweenness', zero)!.rank).toBe(34 - zeros + 1);
  });

  it('ties values apart only by float noise, and counts the nodes sharing a rank', () => {
    const noisy = {
      ...karate,
      keys: ['a', 'b', 'c', 'd', 'e'],
      nodes: { betweenness: [0.043936651515168915, 0.04393665151516891, 0.2, 6.92e-9, 0] },
    };
    expect(rankOf(noisy, 'betweenness', 'c')).toMatchObject({ rank: 1, of: 5, tied: 1 });
    expect(rankOf(noisy, 'betweenness', 'a')).toMatchObject({ rank: 2, tied: 2 });
    expect(rankOf(noisy, 'betweenness', 'b')).toMatchObject({ rank: 2, tied: 2 });
    // Noise above an exact 0 is 0: both last, together.
    expect(rankOf(noisy, 'betweenness', 'd')).toMatchObject({ rank: 4, tied: 2 });
    expect(rankOf(noisy, 'betweenness', 'e')).toMatchObject({ rank: 4, tied: 2 });
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '103rd',
      '111th',
    ]);
  });
});
