import { describe, expect, it } from 'vitest';
import { nodeSize, SIZE_DEFAULTS, toElements } from '../../src/render/elements';
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
