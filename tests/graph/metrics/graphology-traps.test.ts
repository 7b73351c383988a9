// Guards against the known traps of graphology-metrics 2.4 that our own kernels exist to avoid.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/graph/metrics';
import { fixtureGraph, loadFixture } from './fixtures';

const at = (result: ReturnType<typeof computeMetrics>, output: string, key: string) =>
  result.nodes[output]![result.keys.indexOf(key)]!;

describe('graphology-metrics 2.4 traps', () => {
  it('library betweenness reads `weight` as a distance unless getEdgeWeight is null; ours does not', () => {
    const karate = loadFixture('karate');
    const graph = fixtureGraph(karate);
    const expected = karate.unweighted.betweenness['0']!;
    const library = betweennessCentrality(graph, { normalized: true });
    expect(Math.abs(library['0']! - expected)).toBeGreaterThan(0.03);
    const libraryUnweighted = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    expect(libraryUnweighted['0']).toBeCloseTo(expected, 9);
    expect(at(computeMetrics(graph, { metrics: ['betweenness'] }), 'betweenness', '0')).toBeCloseTo(
      expected,
      9,
    );
  });

  it('library closeness lacks the Wasserman–Faust scaling by default; ours has it', () => {
    const disconnected = loadFixture('disconnected');
    const graph = fixtureGraph(disconnected);
    const expected = disconnected.unweighted.closeness!['p1']!;
    expect(closenessCentrality(graph)['p1']).toBeCloseTo(0.5, 9);
    expect(expected).toBeCloseTo(0.039473684, 8);
    expect(at(computeMetrics(graph, { metrics: ['closeness'] }), 'closeness', 'p1')).toBeCloseTo(expected, 9);
  });

  it('library eigenvector gives up after 100 iterations on a path of 60; ours converges', () => {
    const path = new UndirectedGraph();
    for (let i = 0; i < 60; i++) path.addNode(String(i));
    for (let i = 1; i < 60; i++) path.addEdge(String(i - 1), String(i));
    expect(() => eigenvectorCentrality(path, { getEdgeWeight: null })).toThrow(/failed to converge/);
    const ours = computeMetrics(path, { metrics: ['eigenvector'] }).nodes.eigenvector! as number[];
    // Path eigenvector: sin(kπ/(n+1)), L2-normalised.
    const exact = ours.map((_, i) => Math.sin(((i + 1) * Math.PI) / 61));
    const norm = Math.hypot(...exact);
    ours.forEach((value, i) => expect(value).toBeCloseTo(exact[i]! / norm, 6));
  });

  it('library betweenness overflows its Uint32 path counts on a 24x24 grid; ours matches NetworkX', () => {
    const grid = loadFixture('grid-24');
    const graph = fixtureGraph(grid);
    const library = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    const worstRatio = Math.max(...grid.nodes.map((k) => library[k]! / grid.unweighted.betweenness[k]!));
    expect(worstRatio).toBeGreaterThan(5);
    const ours = computeMetrics(graph, { metrics: ['betweenness'] });
    const worstError = Math.max(
      ...grid.nodes.map((k) => Math.abs(at(ours, 'betweenness', k) - grid.unweighted.betweenness[k]!)),
    );
    expect(worstError).toBeLessThan(1e-9);
  });
});
