// The graph as graphology's serialized format, sorted and with attributes in a fixed order, so that a
// rebuild of unchanged input is byte-identical. The seeds' graph is indented (it is committed and read in
// diffs); a graph built from a partner table is compact and written in pieces, since at 500k
// participations its text is longer than the longest string V8 can hold.
import type { GraphAttributes } from '../graph/types';
import type { BuiltEdge, BuiltNode } from './build';

const NODE_ATTRIBUTE_ORDER: Record<string, string[]> = {
  organisation: ['type', 'label', 'names', 'country', 'city', 'region', 'kind'],
  project: [
    'type',
    'label',
    'names',
    'acronym',
    'code',
    'programme',
    'start',
    'end',
    'budgetEur',
    'partnerCount',
    'status',
  ],
  programme: ['type', 'label', 'names'],
  country: ['type', 'code', 'label', 'names', 'lat', 'lon'],
};
const NODE_TAIL = ['x', 'y', 'sources'];
const EDGE_ATTRIBUTE_ORDER = ['type', 'role', 'sources'];

function ordered(value: object, order: string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record).sort())
    if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const OPTIONS = { type: 'directed', multi: false, allowSelfLoops: false };

const nodeRecord = (n: BuiltNode) => ({
  key: n.key,
  attributes: ordered(n.attributes, [...(NODE_ATTRIBUTE_ORDER[n.attributes.type] ?? []), ...NODE_TAIL]),
});

const edgeRecord = (e: BuiltEdge) => ({
  key: e.key,
  source: e.source,
  target: e.target,
  attributes: ordered(e.attributes, EDGE_ATTRIBUTE_ORDER),
});

/** serialize.serializeGraph: the indented JSON text of graph.json, ending with a newline. */
export function serializeGraph(nodes: BuiltNode[], edges: BuiltEdge[], attributes: GraphAttributes): string {
  const data = {
    options: OPTIONS,
    attributes,
    nodes: [...nodes].sort(byKey).map(nodeRecord),
    edges: [...edges].sort(byKey).map(edgeRecord),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * serialize.compactGraphChunks: the same graph as compact JSON (what `JSON.stringify(data)` gives,
 * newline-terminated), in pieces of about `chunkChars` characters to be written one after another.
 */
export function* compactGraphChunks(
  nodes: BuiltNode[],
  edges: BuiltEdge[],
  attributes: GraphAttributes,
  chunkChars = 1 << 20,
): Generator<string> {
  let buffer = `{"options":${JSON.stringify(OPTIONS)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  const list = function* <T>(items: T[], record: (item: T) => unknown) {
    for (let i = 0; i < items.length; i++) {
      buffer += (i ? ',' : '') + JSON.stringify(record(items[i]!));
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
  };
  yield* list([...nodes].sort(byKey), nodeRecord);
  buffer += '],"edges":[';
  yield* list([...edges].sort(byKey), edgeRecord);
  buffer += ']}\n';
  yield buffer;
}
