import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { edgesTakePointer, POINTER_EDGES_MAX } from '../../src/render/layouts';
import { buildStylesheet } from '../../src/render/stylesheet';

/** Whether cytoscape counts the element among those pointer events find (untyped in its typings). */
const interactive = (element: cytoscape.CollectionReturnValue): boolean =>
  (element as unknown as { interactive(): boolean }).interactive();

describe('buildStylesheet', () => {
  const drawn = (large: boolean, edgeEvents = !large) => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('light', large, edgeEvents),
    });
    cy.add([
      { group: 'nodes', data: { id: 'a', type: 'organisation', size: 10, label: 'A', short: 'A' } },
      { group: 'nodes', data: { id: 'b', type: 'organisation', size: 10, label: 'B', short: 'B' } },
      { group: 'edges', data: { id: 'a--b', source: 'a', target: 'b', weight: 2, width: 2 } },
    ]);
    return cy;
  };

  it('leaves the edges out of pointer events past POINTER_EDGES_MAX, the nodes in', () => {
    expect(edgesTakePointer(POINTER_EDGES_MAX)).toBe(true);
    expect(edgesTakePointer(POINTER_EDGES_MAX + 1)).toBe(false);
    // The overview by country: every pair of 40 countries, a large drawing whose ties keep tooltips.
    expect(edgesTakePointer((40 * 39) / 2)).toBe(true);
    expect(interactive(drawn(true, true).getElementById('a--b'))).toBe(true);
    const large = drawn(true);
    expect(interactive(large.getElementById('a--b'))).toBe(false);
    expect(interactive(large.getElementById('a'))).toBe(true);
    // Straight lines, as the large finish draws them.
    expect(large.getElementById('a--b').style('curve-style')).toBe('haystack');
    const small = drawn(false);
    expect(interactive(small.getElementById('a--b'))).toBe(true);
    expect(small.getElementById('a--b').style('curve-style')).toBe('bezier');
  });
});
