import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../../src/render/stylesheet';

describe('buildStylesheet', () => {
  const drawn = (large: boolean) => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light', large) });
    cy.add([
      { group: 'nodes', data: { id: 'a', type: 'organisation', size: 10, label: 'A', short: 'A' } },
      { group: 'nodes', data: { id: 'b', type: 'organisation', size: 10, label: 'B', short: 'B' } },
      { group: 'edges', data: { id: 'a--b', source: 'a', target: 'b', weight: 2, width: 2 } },
    ]);
    return cy;
  };

  it("leaves a large drawing's edges out of pointer events, its nodes in; a small drawing's edges in", () => {
    const large = drawn(true);
    expect(large.getElementById('a--b').interactive()).toBe(false);
    expect(large.getElementById('a').interactive()).toBe(true);
    // Straight lines, as the large finish draws them.
    expect(large.getElementById('a--b').style('curve-style')).toBe('haystack');
    const small = drawn(false);
    expect(small.getElementById('a--b').interactive()).toBe(true);
    expect(small.getElementById('a--b').style('curve-style')).toBe('bezier');
  });
});
