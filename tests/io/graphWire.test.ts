// The import job's graph crosses the worker boundary as JSON pieces; the page rebuilds it piece by piece.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { decodeInto, encodeGraph } from '../../src/io/graphWire';
import { IMPORT_CONTRACT } from '../../src/io/importContract';
import { readImportResult } from '../../src/io/importResult';
import { smallGraph, snapshot } from './smallGraph';

const bytes = (text: string) => new TextEncoder().encode(text);
const report = {
  file: 'g.json',
  format: 'json' as const,
  read: 1,
  nodes: 1,
  edges: 0,
  skipped: [],
  notes: [],
};

describe('graph wire', () => {
  it('refuses a result whose pieces are not bytes', () => {
    const parsed = IMPORT_CONTRACT.result.safeParse({
      ok: true,
      conforms: true,
      graph: { nodes: [[{ key: 'a' }]], edges: [] },
      report,
    });
    expect(parsed.success).toBe(false);
  });

  it('turns a piece that is not JSON, or an edge to a missing node, into an error naming the file', async () => {
    const broken = await readImportResult({
      ok: true,
      conforms: true,
      graph: { nodes: [bytes('[{"key":"a"')], edges: [] },
      report,
    });
    expect(!broken.ok && broken.errors[0]).toMatch(/^g\.json: the imported graph could not be rebuilt \(/);
    const dangling = await readImportResult({
      ok: true,
      conforms: false,
      graph: { nodes: [bytes('[{"key":"a"}]')], edges: [bytes('[{"key":"e","source":"a","target":"b"}]')] },
      report,
    });
    expect(!dangling.ok && dangling.errors[0]).toMatch(/could not be rebuilt/);
  });

  it('rebuilds the same graph from pieces of one record, attributes and non-Latin text included', async () => {
    const graph = smallGraph();
    const wire = encodeGraph(graph, 1);
    expect(wire.nodes).toHaveLength(graph.order);
    expect(wire.edges).toHaveLength(graph.size);
    const back = await readImportResult({ ok: true, conforms: true, graph: wire, report });
    expect(back.ok && snapshot(back.graph as never)).toEqual(snapshot(graph));
    expect(back.ok && back.graph.getAttributes()).toEqual(graph.getAttributes());
  });

  it('gives the page its thread back between pieces', async () => {
    const graph = smallGraph();
    const target = new Graph();
    const pending = decodeInto(target, encodeGraph(graph, 1));
    // The first piece is added at once; the rest only after the page has had its turn.
    expect(target.order).toBe(1);
    await pending;
    expect(target.order).toBe(graph.order);
    expect(target.size).toBe(graph.size);
  });

  it('keeps undirected and parallel edges of a plain (lenient) graph', async () => {
    const plain = new Graph({ type: 'mixed', multi: true });
    plain.addNode('a', { label: 'Ä' });
    plain.addNode('b');
    plain.addUndirectedEdgeWithKey('u', 'a', 'b', { weight: 2 });
    plain.addDirectedEdgeWithKey('d1', 'a', 'b');
    plain.addDirectedEdgeWithKey('d2', 'a', 'b');
    const back = await decodeInto(new Graph({ type: 'mixed', multi: true }), encodeGraph(plain));
    expect(back.export()).toEqual(plain.export());
  });
});
