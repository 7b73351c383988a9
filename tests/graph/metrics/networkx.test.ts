import { describe, expect, it } from 'vitest';
import { computeMetrics, toCompact } from '../../../src/graph/metrics';
import { modularity } from '../../../src/graph/metrics/modularity';
import { fixtureGraph, loadFixture, type Reference } from './fixtures';

const NAMES = ['karate', 'les-miserables', 'davis', 'davis-women', 'disconnected'];
const TOLERANCE = 1e-6;

function expectClose(keys: string[], actual: (number | null)[], expected: Record<string, number>) {
  expect(Object.keys(expected).sort()).toEqual([...keys].sort());
  const worst = keys.reduce((max, key, i) => Math.max(max, Math.abs((actual[i] ?? NaN) - expected[key]!)), 0);
  expect(worst).toBeLessThan(TOLERANCE);
}

/** The partition a label column induces, as sorted lists of keys (labels themselves are arbitrary). */
function partitionOf(keys: string[], labels: (number | null)[]): string[][] {
  const groups = new Map<number, string[]>();
  keys.forEach((key, i) => groups.set(labels[i]!, [...(groups.get(labels[i]!) ?? []), key]));
  return [...groups.values()].map((g) => g.sort()).sort();
}

describe.each(NAMES)('metrics agree with NetworkX on %s', (name) => {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const cases: [string, boolean, Reference | undefined][] = [
    ['unweighted', false, fixture.unweighted],
    ['weighted', true, fixture.weighted],
  ];
  for (const [variant, weighted, reference] of cases) {
    if (!reference) continue;
    it(`matches every node metric and graph statistic, ${variant}, to 1e-6`, () => {
      const result = computeMetrics(graph, { weighted });
      const { keys } = result;
      expectClose(keys, result.nodes.degree!, reference.degree!);
      expectClose(keys, result.nodes.weightedDegree!, reference.weightedDegree!);
      expectClose(keys, result.nodes.betweenness!, reference.betweenness);
      expectClose(keys, result.nodes.closeness!, reference.closeness!);
      expectClose(keys, result.nodes.eigenvector!, reference.eigenvector!);
      expectClose(keys, result.nodes.pagerank!, reference.pagerank!);
      expectClose(keys, result.nodes.core!, reference.core!);
      expect(partitionOf(keys, result.nodes.component!)).toEqual(reference.components);
      const stats = reference.graph!;
      expect(result.graph.nodes).toBe(stats.nodes);
      expect(result.graph.edges).toBe(stats.edges);
      expect(result.graph.density).toBeCloseTo(stats.density, 9);
      expect(result.graph.components).toBe(stats.components);
      expect(result.graph.diameter).toBe(stats.diameter);
      expect(result.graph.averageClustering).toBeCloseTo(stats.averageClustering, 9);
      expect(result.approximations).toEqual({});
    });

    it(`scores NetworkX's Louvain partition with the same modularity, ${variant}`, () => {
      const compact = toCompact(graph, { weightAttribute: weighted ? 'weight' : null });
      const { partition, modularity: expected } = reference.louvain!;
      const community = new Map<string, number>();
      partition.forEach((group, c) => group.forEach((key) => community.set(key, c)));
      const labels = compact.keys.map((key) => community.get(key)!);
      expect(Math.abs(modularity(compact, labels, { weighted }) - expected)).toBeLessThan(TOLERANCE);
    });

    it(`finds communities about as good as NetworkX's Louvain, ${variant}`, () => {
      const result = computeMetrics(graph, { weighted, metrics: ['community'] });
      // Louvain is greedy and order-dependent: implementations land on different local optima.
      expect(result.graph.modularity).toBeGreaterThan(reference.louvain!.modularity - 0.02);
      const again = computeMetrics(graph, { weighted, metrics: ['community'] });
      expect(again.nodes.community).toEqual(result.nodes.community);
    });
  }
});

describe('betweenness on a 24x24 grid', () => {
  it('is exact where more than 2^32 shortest paths join two corners', () => {
    const fixture = loadFixture('grid-24');
    const result = computeMetrics(fixtureGraph(fixture), {
      metrics: ['betweenness'],
      parameters: { betweenness: { mode: 'exact' } },
    });
    expectClose(result.keys, result.nodes.betweenness!, fixture.unweighted.betweenness);
  });
});
