import { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  METRICS,
  NODE_OUTPUTS,
  resolveParameters,
  toCompact,
} from '../../../src/graph/metrics';
import { betweenness, errorBound } from '../../../src/graph/metrics/betweenness';
import { closeness } from '../../../src/graph/metrics/closeness';
import { diameter } from '../../../src/graph/metrics/diameter';
import fc from 'fast-check';
import { eigenvector } from '../../../src/graph/metrics/eigenvector';
import { louvain } from '../../../src/graph/metrics/louvain';
import { modularity } from '../../../src/graph/metrics/modularity';
import { seededRandom } from '../../../src/graph/metrics/rng';
import louvainLibrary from 'graphology-communities-louvain';
import type { ConsortiaGraph } from '../../../src/graph/types';
import { fixtureGraph, loadFixture } from './fixtures';

function path(n: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 1; i < n; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

describe('metric inputs', () => {
  it('rejects a non-positive weight, naming the edge', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdgeWithKey('e1', 'a', 'b', { weight: -2 });
    expect(() => computeMetrics(graph, { weighted: true })).toThrow(
      'compact: edge "e1" has weight -2; weights must be positive numbers',
    );
    expect(computeMetrics(graph).graph.edges).toBe(1);
  });

  it('rejects unknown metrics and parameters and out-of-range values', () => {
    expect(() => computeMetrics(path(3), { metrics: ['fame'] })).toThrow(/^registry: unknown metric "fame"/);
    expect(() => resolveParameters('pagerank', { beta: 1 })).toThrow(
      'compute: pagerank has no parameter "beta"',
    );
    expect(() => resolveParameters('pagerank', { alpha: 2 })).toThrow(
      'compute: pagerank.alpha must be a number from 0 to 1, got 2',
    );
    expect(() => resolveParameters('betweenness', { mode: 'guess' })).toThrow(
      'compute: betweenness.mode must be one of auto, exact, approximate',
    );
  });

  it('says clearly when eigenvector does not converge', () => {
    expect(() => eigenvector(toCompact(path(50)), { maxIterations: 3 })).toThrow(
      /^eigenvector: did not converge after 3 iterations \(last change .*\); raise maxIterations or tolerance$/,
    );
  });

  it('throws when a metric fails, or with keepGoing records why and computes the rest', () => {
    const options = { parameters: { eigenvector: { maxIterations: 3 } } };
    expect(() => computeMetrics(path(50), options)).toThrow(/^eigenvector: did not converge/);
    const result = computeMetrics(path(50), { ...options, keepGoing: true });
    expect(result.failures).toEqual({
      eigenvector: expect.stringMatching(/^eigenvector: did not converge after 3/),
    });
    expect(result.nodes.eigenvector).toBeUndefined();
    expect(result.nodes.betweenness![25]).toBeCloseTo((2 * 25 * 24) / (49 * 48), 12);
  });

  it('merges both directions and parallel edges into one tie, summing weights, and drops self-loops', () => {
    const graph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b', { weight: 2 });
    graph.addEdge('a', 'b', { weight: 1 });
    graph.addEdge('b', 'a', { weight: 3 });
    graph.addEdge('a', 'a', { weight: 9 });
    const result = computeMetrics(graph, { weighted: true, metrics: ['degree', 'size'] });
    expect(result.graph.edges).toBe(1);
    expect(result.nodes.weightedDegree).toEqual([6, 6]);
    expect(result.nodes.degree).toEqual([1, 1]);
  });

  it('gives real values on an empty graph and on a single node', () => {
    expect(computeMetrics(new UndirectedGraph()).graph).toEqual({
      modularity: 0,
      components: 0,
      nodes: 0,
      edges: 0,
      density: 0,
      diameter: 0,
      averageClustering: 0,
    });
    const one = new UndirectedGraph();
    one.addNode('solo', { label: 'Solo' });
    const result = computeMetrics(one);
    expect(result.labels).toEqual(['Solo']);
    expect(result.nodes.pagerank).toEqual([1]);
    expect(result.nodes.betweenness).toEqual([0]);
    expect(result.nodes.closeness).toEqual([0]);
  });
});

describe('the metric list', () => {
  it('lists each node output once, with the CSV columns among them', () => {
    const ids = NODE_OUTPUTS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of [
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'community',
      'component',
      'core',
    ])
      expect(ids).toContain(column);
  });

  it('produces exactly the outputs each definition declares', () => {
    const result = computeMetrics(fixtureGraph(loadFixture('karate')));
    const declared = METRICS.flatMap((m) => m.outputs);
    expect(Object.keys(result.nodes).sort()).toEqual(
      declared
        .filter((o) => o.scope === 'node')
        .map((o) => o.id)
        .sort(),
    );
    expect(Object.keys(result.graph).sort()).toEqual(
      declared
        .filter((o) => o.scope === 'graph')
        .map((o) => o.id)
        .sort(),
    );
  });

  it('reports progress per metric, never backwards, ending at the total', () => {
    const seen: [number, number, string][] = [];
    computeMetrics(
      fixtureGraph(loadFixture('karate')),
      {},
      { onProgress: (d, t, l) => seen.push([d, t, l]) },
    );
    const done = seen.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([METRICS.length, METRICS.length, 'done']);
    expect(new Set(seen.map(([, , l]) => l))).toEqual(new Set([...METRICS.map((m) => m.label), 'done']));
  });
});

describe('approximate betweenness', () => {
  const fixture = loadFixture('les-miserables');
  const compact = toCompact(fixtureGraph(fixture));

  it('is labelled approximate, stays within its stated error bound, and repeats for a seed', () => {
    const exact = betweenness(compact, { mode: 'exact' });
    const sampled = betweenness(compact, { mode: 'approximate', samples: 40, seed: 7 });
    expect(exact.approximation).toBeUndefined();
    expect(sampled.approximation).toEqual({
      samples: 40,
      errorBound: errorBound(77, 40, 0.95),
      confidence: 0.95,
      errorOf: 'normalised betweenness',
    });
    expect(sampled.approximation!.errorBound).toBeCloseTo((77 / 76) * Math.sqrt(Math.log(40) / 80), 12);
    const worst = Math.max(...exact.values.map((v, i) => Math.abs(v - sampled.values[i]!)));
    expect(worst).toBeLessThan(sampled.approximation!.errorBound);
    expect(worst).toBeGreaterThan(0);
    expect(betweenness(compact, { mode: 'approximate', samples: 40, seed: 7 }).values).toEqual(
      sampled.values,
    );
  });

  it('switches to sampling in auto mode only past the work limit', () => {
    expect(betweenness(compact, { exactWorkLimit: 1e9 }).approximation).toBeUndefined();
    expect(betweenness(compact, { exactWorkLimit: 100, samples: 20 }).approximation?.samples).toBe(20);
  });

  it('surfaces the approximation in the metrics result', () => {
    const result = computeMetrics(fixtureGraph(fixture), {
      metrics: ['betweenness'],
      parameters: { betweenness: { mode: 'approximate', samples: 10 } },
    });
    expect(result.approximations.betweenness?.samples).toBe(10);
  });
});

describe('projects and lead roles', () => {
  it('counts distinct projects and lead roles of organisations, null for other nodes', () => {
    const base: ConsortiaGraph = new DirectedGraph();
    const org = (label: string) => ({ type: 'organisation' as const, label, names: [label], sources: [] });
    const project = (label: string) => ({ type: 'project' as const, label, names: [label], sources: [] });
    base.addNode('org:a', org('Agency A'));
    base.addNode('org:b', org('University B'));
    base.addNode('project:1', project('One'));
    base.addNode('project:2', project('Two'));
    base.addNode('country:SI', { type: 'country', code: 'SI', label: 'Slovenia', names: [], sources: [] });
    base.addEdge('org:a', 'project:1', { type: 'participates_in', role: 'lead', sources: [] });
    base.addEdge('org:a', 'project:2', { type: 'participates_in', role: 'partner', sources: [] });
    base.addEdge('org:b', 'project:2', { type: 'participates_in', role: 'lead', sources: [] });
    base.addEdge('org:a', 'country:SI', { type: 'located_in', sources: [] });
    const result = computeMetrics(base, { metrics: ['participation'] }, { base });
    const row = (key: string) => [
      result.nodes.projects![result.keys.indexOf(key)],
      result.nodes.leads![result.keys.indexOf(key)],
    ];
    expect(row('org:a')).toEqual([2, 1]);
    expect(row('org:b')).toEqual([1, 1]);
    expect(row('country:SI')).toEqual([null, null]);
  });
});

describe('approximate closeness', () => {
  const fixture = loadFixture('disconnected');
  const compact = toCompact(fixtureGraph(fixture));

  it('refuses fewer than two samples', () => {
    expect(() => closeness(compact, { samples: 1 })).toThrow('closeness: samples must be at least 2');
  });

  it('samples large components only, keeps small ones exact, and stays within its bound', () => {
    const exact = closeness(compact, { mode: 'exact' });
    const sampled = closeness(compact, { mode: 'approximate', samples: 12, seed: 3 });
    expect(exact.approximation).toBeUndefined();
    expect(sampled.approximation).toMatchObject({
      samples: 12,
      confidence: 0.95,
      errorOf: 'mean distance in steps',
    });
    const at = (key: string) => compact.keys.indexOf(key);
    // The path p1–p4 and the lone node are smaller than the sample: exact.
    for (const key of ['p1', 'p2', 'alone']) expect(sampled.values[at(key)]).toBe(exact.values[at(key)]);
    const scale = 33 / 38;
    for (let v = 0; v < 34; v++) {
      const key = String(v);
      const trueMean = scale / exact.values[at(key)]!;
      const estimatedMean = scale / sampled.values[at(key)]!;
      expect(Math.abs(trueMean - estimatedMean)).toBeLessThan(sampled.approximation!.errorBound);
    }
    expect(closeness(compact, { mode: 'approximate', samples: 12, seed: 3 }).values).toEqual(sampled.values);
  });
});

describe('diameter', () => {
  it('equals the largest BFS eccentricity on random graphs, connected or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(14), fc.nat(14)), { maxLength: 30 }), (pairs) => {
        const graph = new UndirectedGraph();
        for (let i = 0; i < 15; i++) graph.addNode(String(i));
        for (const [a, b] of pairs) if (a !== b) graph.mergeEdge(String(a), String(b));
        const compact = toCompact(graph);
        let longest = 0;
        for (let s = 0; s < 15; s++) {
          const distance = new Map([[s, 0]]);
          const queue = [s];
          while (queue.length) {
            const v = queue.shift()!;
            for (let j = compact.offsets[v]!; j < compact.offsets[v + 1]!; j++) {
              const w = compact.neighbours[j]!;
              if (!distance.has(w)) {
                distance.set(w, distance.get(v)! + 1);
                longest = Math.max(longest, distance.get(w)!);
                queue.push(w);
              }
            }
          }
        }
        expect(diameter(compact)).toBe(longest);
      }),
      { numRuns: 300 },
    );
  });
});

describe('louvain communities', () => {
  /** Two triangles joined by one tie, keys not in index order. */
  function twoTriangles(): UndirectedGraph {
    const graph = new UndirectedGraph();
    for (const [a, b] of [
      ['z', 'y'],
      ['y', 'x'],
      ['x', 'z'],
      ['c', 'b'],
      ['b', 'a'],
      ['a', 'c'],
      ['x', 'a'],
    ])
      graph.mergeEdge(a, b, { strength: 2 });
    return graph;
  }

  it('rejects a resolution that is not positive', () => {
    const graph = twoTriangles();
    expect(() => louvain(toCompact(graph), { resolution: 0 })).toThrow(
      'louvain: resolution must be positive',
    );
  });

  it('splits two triangles joined by one tie into the triangles, weighted or not', () => {
    const graph = twoTriangles();
    for (const weighted of [false, true]) {
      const compact = toCompact(graph, { weightAttribute: weighted ? 'strength' : null });
      const result = louvain(compact, { weighted, seed: 7 });
      const of = (key: string) => result.community[compact.keys.indexOf(key)];
      expect(new Set(['x', 'y', 'z'].map(of)).size).toBe(1);
      expect(new Set(['a', 'b', 'c'].map(of)).size).toBe(1);
      expect(of('x')).not.toBe(of('a'));
      expect(result.count).toBe(2);
      expect(result.modularity).toBeCloseTo(5 / 14, 12);
    }
  });

  it('finds partitions as good as graphology-communities-louvain, over seeds, weightings and resolutions', () => {
    for (const name of ['karate', 'les-miserables', 'davis', 'disconnected']) {
      const graph = fixtureGraph(loadFixture(name));
      for (const weighted of [false, true])
        for (const resolution of [0.5, 1, 1.5]) {
          const compact = toCompact(graph, { weightAttribute: weighted ? 'weight' : null });
          const gaps: number[] = [];
          for (let seed = 1; seed <= 15; seed++) {
            const ours = louvain(compact, { weighted, resolution, seed }).modularity;
            const library = louvainLibrary.detailed(graph, {
              getEdgeWeight: weighted ? 'weight' : null,
              resolution,
              rng: seededRandom(seed),
            }).modularity;
            gaps.push(ours - library);
          }
          // Both are greedy and order-dependent: a run may land lower or higher, on average no lower.
          const where = `${name}, weighted ${weighted}, resolution ${resolution}`;
          expect(Math.min(...gaps), where).toBeGreaterThan(-0.04);
          expect(gaps.reduce((a, b) => a + b) / gaps.length, where).toBeGreaterThan(-0.005);
        }
    }
  });

  it('gives the same partition for the same seed', () => {
    const graph = fixtureGraph(loadFixture('les-miserables'));
    const compact = toCompact(graph, { weightAttribute: 'weight' });
    const runs = [1, 2].map(() => louvain(compact, { weighted: true, seed: 11 }).community);
    expect(Array.from(runs[1]!)).toEqual(Array.from(runs[0]!));
  });

  it('reports the modularity modularity.ts gives its partition, numbered 0 = largest, weighted or not, at any resolution', () => {
    const graphs = fc.record({
      n: fc.integer({ min: 2, max: 30 }),
      ties: fc.array(fc.tuple(fc.nat(29), fc.nat(29), fc.integer({ min: 1, max: 9 })), {
        minLength: 1,
        maxLength: 80,
      }),
      weighted: fc.boolean(),
      resolution: fc.double({ min: 0.2, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(graphs, ({ n, ties, weighted, resolution }) => {
        const graph = new UndirectedGraph();
        for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
        for (const [a, b, w] of ties)
          if (a % n !== b % n) graph.mergeEdge(`n${a % n}`, `n${b % n}`, { strength: w });
        fc.pre(graph.size > 0);
        const compact = toCompact(graph, { weightAttribute: weighted ? 'strength' : null });
        const result = louvain(compact, { weighted, resolution });
        expect(result.modularity).toBeCloseTo(
          modularity(compact, result.community, { weighted, resolution }),
          9,
        );
        const sizes = new Array<number>(result.count).fill(0);
        for (const c of result.community) sizes[c]!++;
        expect(sizes.every((size, i) => size > 0 && (i === 0 || size <= sizes[i - 1]!))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives a directed or multi source the same partition as its undirected simple copy', () => {
    const simple = twoTriangles();
    const directed = new MultiDirectedGraph();
    simple.forEachNode((key) => directed.addNode(key));
    simple.forEachEdge((_, attributes, a, b) => directed.addEdge(a, b, attributes));
    directed.addEdge('y', 'z', { strength: 1 });
    directed.addEdge('a', 'a', { strength: 1 });
    const labels = (graph: UndirectedGraph | MultiDirectedGraph) => {
      const result = computeMetrics(graph, { metrics: ['community'] });
      return new Map(result.keys.map((key, i) => [key, result.nodes.community![i]]));
    };
    const fromDirected = labels(directed);
    expect(fromDirected.get('x')).toBe(fromDirected.get('y'));
    expect(fromDirected.get('a')).toBe(fromDirected.get('b'));
    expect(fromDirected.get('x')).not.toBe(fromDirected.get('a'));
    expect(computeMetrics(directed, { metrics: ['community'] }).graph.modularity).toBeCloseTo(5 / 14, 12);
  });
});
