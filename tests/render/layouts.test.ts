import { describe, expect, it } from 'vitest';
import { degreesOf, layoutLabel, layoutOptions } from '../../src/render/layouts';

describe('layoutLabel', () => {
  it('does not call a drawing laid out for its own view "As built"', () => {
    expect(layoutLabel('preset', true)).toBe('Force (auto)');
  });

  it('keeps "As built" while the built positions are drawn, and other layouts their names', () => {
    expect(layoutLabel('preset', false)).toBe('As built');
    expect(layoutLabel('fcose', true)).toBe('Force');
  });
});

describe('degreesOf', () => {
  const edge = (source: string, target: string) => ({ data: { source, target } });

  it("counts each node's ties from edge definitions, parallel ties each, self-loops not (as degree(false))", () => {
    const degrees = degreesOf([edge('a', 'b'), edge('a', 'b'), edge('b', 'c'), edge('c', 'c')]);
    expect(Object.fromEntries(degrees)).toEqual({ a: 2, b: 3, c: 1 });
  });

  it('gives the same rings as cytoscape reading the edges themselves', () => {
    const edges = [edge('h', 'a'), edge('h', 'b'), edge('h', 'c'), edge('a', 'b'), edge('c', 'd')];
    const nodes = ['h', 'a', 'b', 'c', 'd'];
    const concentric = (degrees?: ReadonlyMap<string, number>) =>
      (
        layoutOptions('concentric', false, undefined, true, degrees) as unknown as {
          concentric(n: { id(): string; degree(loops: boolean): number; data(k: string): unknown }): number;
        }
      ).concentric;
    const byCytoscape = concentric();
    const byDefinitions = concentric(degreesOf(edges));
    for (const id of nodes) {
      const degree = edges.filter((e) => e.data.source === id || e.data.target === id).length;
      const withEdges = { id: () => id, degree: () => degree, data: () => undefined };
      const withoutEdges = { id: () => id, degree: () => 0, data: () => undefined };
      expect(byDefinitions(withoutEdges)).toBe(byCytoscape(withEdges));
    }
  });
});
