// A graph across the worker boundary: graphology's serialized format, its nodes and edges as JSON text
// in pieces (a string is copied whole by postMessage; no UTF-8 transcoding on either side). The worker encodes (off the page's thread); the page decodes one piece at a time into the
// graph, giving the page back its thread between pieces, so a 500k-edge import is many short tasks rather
// than one long freeze, and never holds the whole text, or a second copy of every record, at once.
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { GenericGraph } from './types';
import type { SerializedImportGraph } from './importContract';

/** Records per piece: about a megabyte of JSON, well under 200 ms to add to a graph. */
export const RECORDS_PER_PIECE = 5_000;

/** Lets the page run its events (input, drawing) before the next piece. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function pieces(records: readonly unknown[], per: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < records.length; i += per) out.push(JSON.stringify(records.slice(i, i + per)));
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
  const read = (piece: string) => JSON.parse(piece) as unknown;
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

/**
 * graphWire.wireFile: the graph as one graphology export JSON file, assembled from the pieces without
 * parsing them (a piece is a JSON array: its items are spliced in). The Blob holds the text outside the
 * page's heap; storing it (IndexedDB) or posting it to a worker copies nothing on the page.
 */
export function wireFile(wire: SerializedImportGraph): Blob {
  const parts: BlobPart[] = [];
  const head = JSON.stringify({ options: wire.options ?? {}, attributes: wire.attributes ?? {} });
  parts.push(head.slice(0, -1), ',"nodes":[');
  const items = (list: readonly string[]) => {
    let first = true;
    for (const piece of list) {
      const inner = piece.trim().slice(1, -1);
      if (!inner.trim()) continue;
      if (!first) parts.push(',');
      parts.push(new Blob([inner]));
      first = false;
    }
  };
  items(wire.nodes);
  parts.push('],"edges":[');
  items(wire.edges);
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}
