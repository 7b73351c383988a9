// A graph across the worker boundary: graphology's serialized format, its nodes and edges as UTF-8 JSON
// in pieces. The worker encodes (off the page's thread); the page decodes one piece at a time into the
// graph, giving the page back its thread between pieces, so a 500k-edge import is many short tasks rather
// than one long freeze, and never holds the whole text, or a second copy of every record, at once.
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { GenericGraph } from './types';
import type { SerializedImportGraph } from './importContract';

/** Records per piece: about a megabyte of JSON, well under 200 ms to add to a graph. */
export const RECORDS_PER_PIECE = 5_000;

/** Lets the page run its events (input, drawing) before the next piece. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
 * its import does), yielding to the page between pieces, and sets the graph's attributes. Rejects with
 * what graphology or JSON.parse throws.
 */
export async function decodeInto<G extends GenericGraph>(graph: G, wire: SerializedImportGraph): Promise<G> {
  const decoder = new TextDecoder();
  const read = (piece: Uint8Array) => JSON.parse(decoder.decode(piece)) as unknown;
  if (wire.attributes) graph.import({ attributes: wire.attributes as Attributes });
  const pieces = [
    ...wire.nodes.map((piece) => ({ nodes: piece })),
    ...wire.edges.map((piece) => ({ edges: piece })),
  ];
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) await yieldToPage();
    if ('nodes' in piece) graph.import({ nodes: read(piece.nodes) } as unknown as Partial<SerializedGraph>);
    else graph.import({ edges: read(piece.edges) } as unknown as Partial<SerializedGraph>);
  }
  return graph;
}
