import { describe, expect, it } from 'vitest';
import { bareGraph, bareMetrics } from '../../scripts/bench/bare-metrics';
import { computeMetrics } from '../../src/graph/metrics';
import { fixtureGraph, loadFixture } from '../graph/metrics/fixtures';

/** The largest difference between the app's column and the bare mapping, over all nodes. */
function worst(keys: string[], column: (number | null)[], bare: Record<string, number>): number {
  return Math.max(...keys.map((key, i) => Math.abs((column[i] ?? NaN) - bare[key]!)));
}

describe("the bench's bare metrics", () => {
  it("rejects a job parameter the app's metric list does not have", () => {
    expect(() => bareMetrics({ weighted: false, parameters: { pagerank: { beta: 1 } } })).toThrow(
      'compute: pagerank has no parameter "beta"',
    );
  });

  for (const weighted of [false, true])
    it(`compute what the app computes, with its settings (${weighted ? 'weighted' : 'unweighted'} job)`, () => {
      const fixture = loadFixture('les-miserables');
      const parameters = { pagerank: { alpha: 0.7 }, community: { resolution: 1.5, seed: 3 } };
      const app = computeMetrics(fixtureGraph(fixture), { weighted, parameters });
      const edges = fixture.edges.map(([source, target, weight]) => ({ source, target, weight }));
      const graph = bareGraph(fixture.nodes, edges, weighted);
      const bare = bareMetrics({ weighted, parameters });
      const { keys, nodes } = app;
      const [degree, weightedDegree] = bare.degree!(graph) as [Record<string, number>, number[]];
      expect(worst(keys, nodes.degree!, degree)).toBeLessThan(1e-12);
      expect(weightedDegree).toEqual(nodes.weightedDegree);
      const betweenness = bare.betweenness!(graph) as Record<string, number>;
      expect(worst(keys, nodes.betweenness!, betweenness)).toBeLessThan(1e-9);
      if (!weighted) {
        const closeness = bare.closeness!(graph) as Record<string, number>;
        expect(worst(keys, nodes.closeness!, closeness)).toBeLessThan(1e-12);
      }
      const eigenvector = bare.eigenvector!(graph) as Record<string, number>;
      expect(worst(keys, nodes.eigenvector!, eigenvector)).toBeLessThan(1e-9);
      const pagerank = bare.pagerank!(graph) as Record<string, number>;
      expect(worst(keys, nodes.pagerank!, pagerank)).toBeLessThan(1e-12);
      const louvain = bare.louvain!(graph) as { communities: Record<string, number>; modularity: number };
      // The app's Louvain is its own kernel over typed arrays: the same algorithm and settings, so a
      // partition as good, not the same one (each breaks ties in its own order).
      expect(Object.keys(louvain.communities).sort()).toEqual([...keys].sort());
      expect(Math.abs(louvain.modularity - app.graph.modularity!)).toBeLessThan(0.02);
      const components = bare.components!(graph) as string[][];
      expect(components).toHaveLength(app.graph.components!);
    });
});
