// GraphML: our writer (graphology-graphml only reads) declares a typed <key> for every attribute; the
// reader is graphology-graphml over a document we parse ourselves, so broken XML becomes a message.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import type { ConsortiaGraph } from '../graph/types';
import { JSON_ATTRIBUTES_KEY, decodeAttributes, encodeAttributes, parseJsonAttributeList } from './encoding';
import { finishRead } from './finish';
import { applyStyle } from './style';
import type { DeclaredTypes, ExportStyle, GenericGraph, ReadResult } from './types';
import { parseXml } from './xml';
import { escapeXml } from './xmlText';

type KeyType = 'boolean' | 'int' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

function typeOf(value: unknown): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? 'int' : 'double';
  return 'string';
}

function widen(a: KeyType | undefined, b: KeyType): KeyType {
  if (!a || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

const scalar = (value: unknown): string =>
  typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);

/**
 * graphml.writeGraphml: GraphML text of the graph, with the view's positions/colours/sizes if given;
 * numeric node attributes named in `declared` are declared double.
 */
export function writeGraphml(
  graph: ConsortiaGraph | GenericGraph,
  style?: ExportStyle,
  declared: DeclaredTypes = {},
): string {
  const source = applyStyle(graph as GenericGraph, style);
  const encoded = new Set<string>();
  const nodes: Array<[string, Attributes]> = [];
  const edges: Array<[string, string, string, boolean, Attributes]> = [];
  source.forEachNode((key, a) => nodes.push([key, encodeAttributes('node', a, encoded)]));
  source.forEachEdge((key, a, s, t, _sa, _ta, undirected) =>
    edges.push([key, s, t, undirected, encodeAttributes('edge', a, encoded)]),
  );
  const graphAttributes = encodeAttributes('node', source.getAttributes(), new Set());
  if (encoded.size) graphAttributes[JSON_ATTRIBUTES_KEY] = [...encoded].sort().join(',');

  const types: Record<Domain, Map<string, KeyType>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const learn = (domain: Domain, attributes: Attributes) => {
    for (const [name, value] of Object.entries(attributes))
      types[domain].set(name, widen(types[domain].get(name), typeOf(value)));
  };
  learn('graph', graphAttributes);
  nodes.forEach(([, a]) => learn('node', a));
  for (const [name, type] of types.node) if (declared[name] && type === 'int') types.node.set(name, 'double');
  edges.forEach(([, , , , a]) => learn('edge', a));

  const ids: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const prefix: Record<Domain, string> = { graph: 'g', node: 'n', edge: 'e' };
  for (const domain of ['graph', 'node', 'edge'] as const) {
    [...types[domain].entries()].forEach(([name, type], i) => {
      const id = `${prefix[domain]}${i}`;
      ids[domain].set(name, id);
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
    });
  }
  const data = (domain: Domain, attributes: Attributes, indent: string) =>
    Object.entries(attributes).map(
      ([name, value]) => `${indent}<data key="${ids[domain].get(name)}">${escapeXml(scalar(value))}</data>`,
    );
  const mixed = source.type === 'mixed';
  const defaultUndirected = source.type === 'undirected' || mixed;
  lines.push(`  <graph edgedefault="${defaultUndirected ? 'undirected' : 'directed'}">`);
  lines.push(...data('graph', graphAttributes, '    '));
  for (const [key, attributes] of nodes) {
    lines.push(`    <node id="${escapeXml(key)}">`, ...data('node', attributes, '      '), '    </node>');
  }
  for (const [key, s, t, undirected, attributes] of edges) {
    const directed = mixed && !undirected ? ' directed="true"' : '';
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${directed}>`,
      ...data('edge', attributes, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** graphml.readGraphml: never throws; broken XML and dangling edges come back as messages naming the file. */
export function readGraphml(text: string, file: string): ReadResult {
  const xml = parseXml(text, file);
  if (!xml.ok) return xml;
  const root = xml.document.documentElement.tagName;
  if (root.toLowerCase() !== 'graphml')
    return { ok: false, errors: [`${file}: not GraphML (the root element is <${root}>)`] };
  if (!xml.document.getElementsByTagName('graph')[0])
    return { ok: false, errors: [`${file}: GraphML without a <graph> element`] };
  let graph: GenericGraph;
  try {
    graph = parse(Graph, xml.document, { addMissingNodes: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = /inexisting node/.test(detail)
      ? 'an edge points to a node that is not in the file'
      : detail.replace(/^graphology-graphml\/parser: /, '');
    return { ok: false, errors: [`${file}: unreadable GraphML: ${message}`] };
  }
  const encoded = parseJsonAttributeList(graph.getAttribute(JSON_ATTRIBUTES_KEY));
  graph.removeAttribute(JSON_ATTRIBUTES_KEY);
  graph.forEachNode((_, a) => decodeAttributes('node', a, encoded));
  graph.forEachEdge((_, a) => decodeAttributes('edge', a, encoded));
  return finishRead(graph, file, 'graphml', graph.order + graph.size);
}
