// The graph as graphology's serialized format, sorted and with attributes in a fixed order, so that a
// rebuild of unchanged input is byte-identical.
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

/** serialize.serializeGraph: the JSON text of graph.json, ending with a newline. */
export function serializeGraph(nodes: BuiltNode[], edges: BuiltEdge[], attributes: GraphAttributes): string {
  const data = {
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    attributes,
    nodes: [...nodes].sort(byKey).map((n) => ({
      key: n.key,
      attributes: ordered(n.attributes, [...(NODE_ATTRIBUTE_ORDER[n.attributes.type] ?? []), ...NODE_TAIL]),
    })),
    edges: [...edges].sort(byKey).map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: ordered(e.attributes, EDGE_ATTRIBUTE_ORDER),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
