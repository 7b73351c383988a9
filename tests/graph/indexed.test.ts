import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filterIndexed } from '../../src/graph/filters';
import { indexGraph, NODE_CODE, OTHER } from '../../src/graph/indexed';
import { countNode, leads, nodeCounts } from './reference';
import { countryOf } from '../../src/graph/queries';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/types';
import { build, fixtureGraph, SMALL } from './build';

const organisation = (label: string, country?: string): NodeAttributes => ({
  type: 'organisation',
  label,
  names: [label],
  sources: [],
  ...(country ? { country } : {}),
});

describe('indexed graph', () => {
  it('codes a type outside the contract as OTHER and counts its node as countNode does', () => {
    const g = build(SMALL);
    g.addNode('region:alps', { type: 'region', label: 'Alps', sources: [] } as unknown as NodeAttributes);
    g.addDirectedEdge('org:a', 'region:alps', { type: 'near', sources: [] } as unknown as EdgeAttributes);
    g.addDirectedEdge('region:alps', 'region:alps', { type: 'funded_by', sources: [] });
    const data = indexGraph(g);
    const alps = data.idOf('region:alps');
    expect(data.whole.nodeType[alps]).toBe(OTHER);
    const near = data.whole.edgeKeys.indexOf(g.edge('org:a', 'region:alps')!);
    expect(data.whole.edgeType[near]).toBe(OTHER);
    // An unknown type counts funded_by edges; its self-loop counts once.
    expect(data.counts()[alps]).toBe(1);
    g.forEachNode((key) => expect([key, data.counts()[data.idOf(key)]]).toEqual([key, countNode(g, key)]));
  });

  it('gives -1 for a key the graph lacks and for one the filters left out', () => {
    const data = indexGraph(build(SMALL));
    expect(data.idOf('org:nobody')).toBe(-1);
    const led = filterIndexed(data, { ...DEFAULT_FILTERS, leadOnly: true });
    expect(led.idOf('org:b')).toBe(-1);
    expect(led.idOf('org:a')).toBe(data.idOf('org:a'));
  });

  it('counts nodes and marks lead partners and led projects as nodeCounts and leads do', () => {
    for (const g of [build(SMALL), fixtureGraph()]) {
      const data = indexGraph(g);
      const counts = nodeCounts(g);
      g.forEachNode((key) => {
        const id = data.idOf(key);
        expect([key, data.counts()[id], data.leads()[id] === 1]).toEqual([
          key,
          counts.get(key) ?? 0,
          leads(g, key),
        ]);
      });
    }
    const data = indexGraph(build(SMALL));
    expect(data.counts()[data.idOf('org:b')]).toBe(2);
    expect(data.counts()[data.idOf('project:p1')]).toBe(2);
    expect(data.counts()[data.idOf('country:SI')]).toBe(2);
    expect(data.leads()[data.idOf('project:p3')]).toBe(1);
    expect(data.leads()[data.idOf('org:b')]).toBe(0);
  });

  it("lists a node's outgoing edges as graphology does: array-index keys first, by number", () => {
    const g: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    for (const key of ['o', 'p', '10', 'a', '2', '007']) g.addNode(key, organisation(key));
    for (const key of ['p', '10', 'a', '2', '007'])
      g.addDirectedEdge('o', key, { type: 'participates_in', role: 'partner', sources: [] });
    const data = indexGraph(g);
    const listed = data.outEdgesOf(data.idOf('o')).map((e) => data.whole.keys[data.whole.target[e]!]);
    expect(listed).toEqual(['2', '10', 'p', 'a', '007']);
    expect(listed).toEqual(g.outNeighbors('o'));
  });

  it('is the graph itself when whole, and copies a part in its own order', () => {
    const g = build(SMALL);
    const data = indexGraph(g);
    expect(data.graph()).toBe(g);
    expect(data.order).toBe(g.order);
    const part = data.part(
      Int32Array.from(['project:p1', 'org:b', 'org:a'].map((k) => data.idOf(k))),
      Int32Array.from(['org:a', 'org:b'].map((k) => data.whole.edgeKeys.indexOf(g.edge(k, 'project:p1')!))),
    );
    const copy = part.graph();
    expect(copy.nodes()).toEqual(['project:p1', 'org:b', 'org:a']);
    expect(copy.edges()).toEqual([g.edge('org:a', 'project:p1'), g.edge('org:b', 'project:p1')]);
    expect(copy.getNodeAttributes('org:a')).toEqual(g.getNodeAttributes('org:a'));
    expect(copy.getNodeAttributes('org:a')).not.toBe(g.getNodeAttributes('org:a'));
    expect(part.graph()).toBe(copy);
    expect(part.counts()[data.idOf('project:p1')]).toBe(2);
    expect(part.counts()[data.idOf('org:b')]).toBe(1);
  });

  it("reads an organisation's country from its attribute, else from its located_in edge", () => {
    const g = build(SMALL);
    g.addNode('org:z', organisation('Z'));
    g.addDirectedEdge('org:z', 'country:AT', { type: 'located_in', sources: [] });
    g.addNode('org:y', organisation('Y', 'PL'));
    g.addNode('org:x', organisation('X'));
    const data = indexGraph(g);
    for (const key of ['org:a', 'org:z', 'org:y', 'org:x'])
      expect([key, data.countryOf(data.idOf(key))]).toEqual([key, countryOf(g, key)]);
    expect(data.countryOf(data.idOf('org:z'))).toBe('AT');
    expect(data.countryOf(data.idOf('org:x'))).toBeUndefined();
    expect(data.whole.nodeType[data.idOf('org:x')]).toBe(NODE_CODE.organisation);
  });
});
