import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/graph/metrics';
import type { Attributes, AbstractGraph } from 'graphology-types';
import { simpleUndirected, toCompact } from '../../../src/graph/metrics/compact';

/** simpleUndirected of a graphology graph, from its serialized form as a worker job carries it. */
function simpleOf(graph: AbstractGraph<Attributes, Attributes, Attributes>, weightAttribute: string | null) {
  const { nodes, edges } = graph.export();
  return simpleUndirected(nodes, edges, { weightAttribute });
}

/** a->b twice (as a->b and b->a), b->c, a self-loop on c, d alone. */
function tangled(): DirectedGraph {
  const graph = new DirectedGraph();
  for (const key of ['a', 'b', 'c', 'd']) graph.addNode(key, { label: key.toUpperCase() });
  graph.addEdgeWithKey('ab', 'a', 'b', { weight: 2 });
  graph.addEdgeWithKey('bc', 'b', 'c', { weight: 1 });
  graph.addEdgeWithKey('ba', 'b', 'a', { weight: 3 });
  graph.addEdgeWithKey('cc', 'c', 'c', { weight: 5 });
  return graph;
}

describe('the undirected simple graph the metrics read', () => {
  it('names the edge that joins a missing node or carries a bad weight', () => {
    expect(() => simpleUndirected([{ key: 'a' }], [{ key: 'e1', source: 'a', target: 'z' }])).toThrow(
      'compact: edge "e1" joins "z", which is not a node',
    );
    expect(() =>
      simpleUndirected(
        [{ key: 'a' }, { key: 'b' }],
        [{ source: 'a', target: 'b', attributes: { weight: 0 } }],
        { weightAttribute: 'weight' },
      ),
    ).toThrow('compact: edge "#0 a->b" has weight 0; weights must be positive numbers');
  });

  it('merges a->b with b->a into one tie of summed weight and drops self-loops, keeping node order and labels', () => {
    const simple = simpleOf(tangled(), 'weight');
    expect(simple.type).toBe('undirected');
    expect(simple.selfLoopCount).toBe(0);
    expect(simple.nodes()).toEqual(['a', 'b', 'c', 'd']);
    expect(simple.getNodeAttribute('d', 'label')).toBe('D');
    expect(simple.size).toBe(2);
    expect(simple.getEdgeAttribute(simple.edge('a', 'b')!, 'weight')).toBe(5);
    expect(simple.getEdgeAttribute(simple.edge('b', 'c')!, 'weight')).toBe(1);
  });

  it('reads the same as the original graph, weighted or not', () => {
    for (const weightAttribute of ['weight', null]) {
      const original = toCompact(tangled(), { weightAttribute });
      const simple = toCompact(simpleOf(tangled(), weightAttribute), { weightAttribute });
      expect(Array.from(simple.offsets)).toEqual(Array.from(original.offsets));
      expect(Array.from(simple.neighbours)).toEqual(Array.from(original.neighbours));
      if (weightAttribute) expect(Array.from(simple.weights)).toEqual(Array.from(original.weights));
      else expect(Array.from(simple.weights)).toEqual([1, 1, 1, 1]);
    }
  });

  it('gives a directed view the communities of its undirected simple graph', () => {
    // Two triangles joined by one tie, drawn as directed edges, one of them both ways.
    const directed = new DirectedGraph();
    const ties = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
      ['c', 'x'],
      ['b', 'a'],
    ];
    for (const [s, t] of ties) directed.mergeEdge(s!, t!, { weight: 1 });
    const options = { weighted: true, metrics: ['community'] };
    const fromDirected = computeMetrics(directed, options);
    const fromSimple = computeMetrics(simpleOf(directed, 'weight'), options);
    expect(fromDirected.nodes.community).toEqual(fromSimple.nodes.community);
    const community = fromDirected.nodes.community!;
    const [a, b, c, x, y, z] = ['a', 'b', 'c', 'x', 'y', 'z'].map(
      (k) => community[fromDirected.keys.indexOf(k)],
    );
    expect(new Set([a, b, c]).size).toBe(1);
    expect(new Set([x, y, z]).size).toBe(1);
    expect(a).not.toBe(x);
    expect(fromDirected.graph.modularity).toBeCloseTo(fromSimple.graph.modularity!, 12);
  });
});
