import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../../src/graph/view-types';
import { nodeHeight, nodeSize, shortLabel, SIZE_DEFAULTS, toElements } from '../../src/render/elements';
import { labelWidth } from '../../src/render/labels';
import { coPartners } from '../../src/graph/projections/co-partners';
import { network } from '../../src/graph/projections/network';
import { fixtureGraph } from '../graph/build';

describe('graph to cytoscape elements', () => {
  it('an empty view gives no elements', () => {
    const v = network(fixtureGraph());
    v.clear();
    expect(toElements(v)).toEqual({ nodes: [], edges: [] });
  });

  it('keeps precomputed positions, sizes by count and marks lead partners', () => {
    const g = fixtureGraph();
    const { nodes, edges } = toElements(network(g));
    expect(nodes).toHaveLength(g.order);
    expect(edges).toHaveLength(g.size);
    const zrs = nodes.find((n) => n.data.id === 'org:zrs-bistra-ptuj')!;
    expect(zrs.position).toEqual({
      x: g.getNodeAttribute('org:zrs-bistra-ptuj', 'x'),
      y: g.getNodeAttribute('org:zrs-bistra-ptuj', 'y'),
    });
    expect(zrs.data).toMatchObject({ type: 'organisation', count: 2, lead: true, size: nodeSize(2) });
    expect(nodeSize(0)).toBe(SIZE_DEFAULTS.min);
    expect(nodeSize(10_000)).toBe(SIZE_DEFAULTS.max);
  });

  it('spells out the projects behind a co-partner link for the tooltip, wider for more', () => {
    const g = fixtureGraph();
    const { edges } = toElements(coPartners(g), (k) => g.getNodeAttribute(k, 'label'));
    const both = edges.find((e) => e.data.id === 'org:cluj-county-council--org:malopolska-region')!;
    expect(both.data).toMatchObject({ weight: 2, via: 'Clusters Cord · SMART+' });
    const one = edges.find((e) => e.data.weight === 1)!;
    expect(both.data.width).toBeGreaterThan(one.data.width);
  });
});

describe('sizes and widths on an overview of thousands', () => {
  it('scales counts and weights to the largest, so the bigger group still looks bigger', () => {
    const view = countriesView([
      ['country:DE', 5000],
      ['country:AT', 1000],
      ['country:MT', 10],
    ]);
    view.addUndirectedEdgeWithKey('DE--AT', 'country:DE', 'country:AT', {
      type: 'country_link',
      weight: 900,
    });
    view.addUndirectedEdgeWithKey('AT--MT', 'country:AT', 'country:MT', { type: 'country_link', weight: 9 });
    const { nodes, edges } = toElements(view);
    const size = (id: string) => nodes.find((n) => n.data.id === id)!.data.size;
    expect(size('country:DE')).toBe(SIZE_DEFAULTS.max);
    expect(size('country:DE')).toBeGreaterThan(size('country:AT'));
    expect(size('country:AT')).toBeGreaterThan(size('country:MT'));
    const width = (id: string) => edges.find((e) => e.data.id === id)!.data.width;
    expect(width('DE--AT')).toBeGreaterThan(width('AT--MT'));
    expect(width('DE--AT')).toBeLessThanOrEqual(10);
  });
});

function countriesView(counts: Array<[string, number]>): ViewGraph {
  const view: ViewGraph = new UndirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  for (const [key, count] of counts) view.addNode(key, { type: 'country', label: key, count });
  return view;
}

describe('shortLabel', () => {
  it('keeps an empty or short label as it is', () => {
    expect(shortLabel('', 'organisation')).toBe('');
    expect(shortLabel('SMART+', 'project')).toBe('SMART+');
  });

  it('cuts a long name to about 140 px of text and ends it with an ellipsis', () => {
    const name = 'Nordagencevelop Regional Development Agency Esch-sur-Alzette';
    const short = shortLabel(name, 'organisation');
    expect(short).toBe('Nordagencevelop Reg…');
    expect(labelWidth(short, 1)).toBeLessThanOrEqual(140);
    // Projects, countries and programmes have 13 px labels: fewer characters fit.
    expect(shortLabel(name, 'project')).toBe('Nordagencevelo…');
  });

  it('never splits a character made of two code units', () => {
    const short = shortLabel(`${'𝔸'.repeat(30)}`, 'organisation');
    expect(Array.from(short).every((c) => c === '𝔸' || c === '…')).toBe(true);
  });
});

describe('nodeHeight', () => {
  it('is the size for round nodes, flattened for projects as the stylesheet maps it, the metric size when set', () => {
    expect(nodeHeight({ type: 'organisation', size: 30 })).toBe(30);
    expect(nodeHeight({ type: 'project', size: 18 })).toBe(16);
    expect(nodeHeight({ type: 'project', size: 64 })).toBe(40);
    expect(nodeHeight({ type: 'project', size: 41 })).toBe(28);
    expect(nodeHeight({ type: 'project', size: 90 })).toBe(40);
    expect(nodeHeight({ type: 'project', size: 41, msize: 50 })).toBe(50);
  });
});
