// A graph across the worker boundary: graphology's serialized format, its nodes and edges as UTF-8 JSON
// in pieces. The worker encodes (off the page's thread); the page decodes one piece at a time into the
// graph, so it never holds the whole text, or a second copy of every record, at once.
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { GenericGraph } from './types';
import type { SerializedImportGraph } from './importContract';

/** Records per piece: a few megabytes of JSON. */
export const RECORDS_PER_PIECE = 20_000;

function pieces(records: readonly unknown[], per: number): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const out: Uint8Array<ArrayBuffer>[] = [];
  for (let i = 0; i < records.length; i += per)
    // TextEncoder always writes a fresh ArrayBuffer (never a shared one).
    out.push(encoder.encode(JSON.stringify(records.slice(i, i + per))) as Uint8Array<ArrayBuffer>);
  return out;
}

/** graphWire.encodeGraph: the graph's export with nodes and edges as JSON pieces. */
export function encodeGraph(graph: GenericGraph, per = RECORDS_PER_PIECE): SerializedImportGraph {
  const data = graph.export();
  return {
    options: { ...data.options },
    attributes: data.attributes,
    nodes: pieces(data.nodes, per),
    edges: pieces(data.edges, per),
  };
}

/**
 * graphWire.decodeInto: adds the pieces' nodes, then edges, to `graph` (graphology checks each record, as
 * its import does) and sets the graph's attributes. Throws what graphology or JSON.parse throws.
 */
export function decodeInto<G extends GenericGraph>(graph: G, wire: SerializedImportGraph): G {
  const decoder = new TextDecoder();
  const read = (piece: Uint8Array) => JSON.parse(decoder.decode(piece)) as unknown;
  if (wire.attributes) graph.import({ attributes: wire.attributes as Attributes });
  for (const piece of wire.nodes) graph.import({ nodes: read(piece) } as unknown as Partial<SerializedGraph>);
  for (const piece of wire.edges) graph.import({ edges: read(piece) } as unknown as Partial<SerializedGraph>);
  return graph;
}
