import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { place, placeInput, placeView } from '../../src/graph/place';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';
import { TWO_TRIANGLES } from './build';

/** Two triangles joined by one edge. */
const { keys, edges } = TWO_TRIANGLES;

/** The two triangles as a co-partners view; `a` to `c` carry built positions, the others none. */
function triangles(): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  keys.forEach((k, i) =>
    view.addNode(k, {
      type: 'organisation',
      label: k.toUpperCase(),
      count: 1,
      ...(i < 3 ? { x: i * 500, y: -i * 300 } : {}),
    }),
  );
  for (const [s, t, weight] of edges) view.addEdge(keys[s]!, keys[t]!, { type: 'co_partners', weight });
  return view;
}

describe('place', () => {
  it('refuses an edge to a node index that does not exist, naming the index', () => {
    expect(() => place({ keys: ['a'], edges: [[0, 4, 1]] })).toThrow(/^place: .*index 4/);
  });

  it('gives the same finite positions for the same input', () => {
    const one = place({ keys, edges }, { maxIterations: 40 });
    const two = place({ keys, edges }, { maxIterations: 40 });
    expect(two).toEqual(one);
    expect(one.keys).toEqual(keys);
    expect([...one.x, ...one.y].every(Number.isFinite)).toBe(true);
    const at = (k: string) => [one.x[keys.indexOf(k)]!, one.y[keys.indexOf(k)]!] as const;
    const dist = (p: string, q: string) => Math.hypot(at(p)[0] - at(q)[0], at(p)[1] - at(q)[1]);
    // Triangle members sit closer to each other than to the far triangle's members.
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'e'));
  });

  it('stops by its time budget on the clock it is given, and says so', () => {
    let t = 0;
    const seen: number[] = [];
    const result = place(
      { keys, edges },
      {
        maxIterations: 1000,
        step: 10,
        timeBudgetMs: 25,
        now: () => (t += 10),
        onProgress: (d) => seen.push(d),
      },
    );
    // Clock reads: 10 at the start, then 20, 30, 40 after each step of 10 iterations: 30 ms > 25 ms.
    expect(result).toMatchObject({ iterations: 30, stoppedBy: 'budget' });
    expect(seen).toEqual([0, 10, 20, 30]);
  });
});

describe('placeView', () => {
  it('leaves a view of one node where it is', () => {
    const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
    view.addNode('a', { type: 'organisation', label: 'A', count: 1 });
    expect(placeView(view, { maxIterations: 10 }).iterations).toBe(0);
    expect(Number.isFinite(view.getNodeAttribute('a', 'x'))).toBe(true);
  });

  it('gives every node of the view a finite position, starting from the built ones', () => {
    const view = triangles();
    const result = placeView(view, { maxIterations: 30 });
    expect(result).toMatchObject({ iterations: 30, stoppedBy: 'iterations' });
    view.forEachNode((_, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    // The built positions are where it starts: without them it ends elsewhere.
    const seeded = place({ ...placeInput(triangles()), initial: undefined }, { maxIterations: 30 });
    expect(seeded.x).not.toEqual(keys.map((k) => view.getNodeAttribute(k, 'x')));
  });

  it('reads the start from the nodes that have one and the weights from the edges', () => {
    const input = placeInput(triangles());
    expect(input.initial).toEqual([[0, -0], [500, -300], [1000, -600], null, null, null]);
    expect(input.edges).toHaveLength(7);
    expect(input.edges.every(([s, t, w]) => s < 6 && t < 6 && w === 1)).toBe(true);
  });
});
