import { describe, expect, it } from 'vitest';
import { nearestDistances } from '../../src/graph/geometry';
import { layoutEffort } from '../../src/pipeline/layout';

describe('layoutEffort', () => {
  it('keeps the exact settings for small graphs such as the seeds', () => {
    expect(layoutEffort(0)).toEqual({ iterations: 1000, barnesHut: false });
    expect(layoutEffort(500)).toEqual({ iterations: 1000, barnesHut: false });
  });

  it('switches to Barnes–Hut and scales iterations down past the threshold, with a floor', () => {
    expect(layoutEffort(1000)).toEqual({ iterations: 500, barnesHut: true });
    expect(layoutEffort(10_000)).toEqual({ iterations: 100, barnesHut: true });
    expect(layoutEffort(30_000)).toEqual({ iterations: 100, barnesHut: true });
  });

  it('keeps large graphs within a work budget of node-iterations, at least one iteration', () => {
    expect(layoutEffort(50_000)).toEqual({ iterations: 60, barnesHut: true });
    expect(layoutEffort(150_000)).toEqual({ iterations: 20, barnesHut: true });
    expect(layoutEffort(10_000_000)).toEqual({ iterations: 1, barnesHut: true });
  });
});

describe('nearestDistances', () => {
  it('gives Infinity for a lone point', () => {
    expect(nearestDistances([{ x: 1, y: 1 }])).toEqual([Infinity]);
  });

  it('matches the all-pairs minimum', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      x: Math.sin(i * 12.9898) * 100,
      y: Math.cos(i * 78.233) * 100,
    }));
    const brute = points.map((p, i) =>
      Math.min(...points.filter((_, j) => j !== i).map((q) => Math.hypot(p.x - q.x, p.y - q.y))),
    );
    expect(nearestDistances(points)).toEqual(brute);
    expect(
      nearestDistances([
        { x: 0, y: 0 },
        { x: 0, y: 3 },
        { x: 4, y: 0 },
      ]),
    ).toEqual([3, 3, 4]);
  });
});
