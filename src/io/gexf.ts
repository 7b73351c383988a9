// GEXF (Gephi) through graphology-gexf, with positions, colours and sizes as viz data and structured
// attributes (names, sources) as JSON strings that come back as they were.
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import type { ConsortiaGraph } from '../graph/types';
import { JSON_ATTRIBUTES_KEY, decodeAttributes, encodeAttributes, parseJsonAttributeList } from './encoding';
import { finishRead } from './finish';
import { applyStyle } from './style';
import type { DeclaredTypes, ExportStyle, GenericGraph, ReadResult } from './types';
import { parseXml } from './xml';

const VIZ = new Set(['x', 'y', 'color', 'size']);
/** GEXF meta tags are lower case; these graph attributes get their name back on reading. */
const GRAPH_ATTRIBUTE_NAMES: Record<string, string> = { builtat: 'builtAt' };

function format(kind: 'node' | 'edge', attributes: Attributes, encoded: Set<string>) {
  const plain: Attributes = {};
  const viz: Attributes = {};
  let weight: number | undefined;
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'label') continue;
    if (VIZ.has(name) && (typeof value === 'number' || typeof value === 'string')) viz[name] = value;
    else if (kind === 'edge' && name === 'weight' && typeof value === 'number') weight = value;
    else plain[name] = value;
  }
  return {
    label: typeof attributes.label === 'string' ? attributes.label : undefined,
    attributes: encodeAttributes(kind, plain, encoded),
    viz,
    ...(weight !== undefined ? { weight } : {}),
  };
}

/**
 * graphology-gexf declares each attribute's type from its values and takes no model, so a node attribute
 * `declared` double but holding only whole numbers has its declaration (and only that) corrected here.
 */
function declareDoubles(gexf: string, declared: DeclaredTypes): string {
  return gexf.replace(/<attributes class="node">[\s\S]*?<\/attributes>/, (model) =>
    model.replace(
      /<attribute id="([^"]*)" title="([^"]*)" type="(?:integer|long)"\/>/g,
      (tag, id: string, title: string) =>
        declared[title] ? `<attribute id="${id}" title="${title}" type="double"/>` : tag,
    ),
  );
}

/**
 * gexf.writeGexf: GEXF 1.3 text of the graph, with the view's positions/colours/sizes if given; numeric
 * node attributes named in `declared` are declared double.
 */
export function writeGexf(
  graph: ConsortiaGraph | GenericGraph,
  style?: ExportStyle,
  declared: DeclaredTypes = {},
): string {
  const source = applyStyle(graph as GenericGraph, style);
  const encoded = new Set<string>();
  // First pass only to learn which attributes need JSON, so the graph attribute can list them.
  source.forEachNode((_, a) => encodeAttributes('node', a, encoded));
  source.forEachEdge((_, a) => encodeAttributes('edge', a, encoded));
  const copy = source.copy();
  const graphAttributes: Attributes = {};
  for (const [name, value] of Object.entries(source.getAttributes()))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      graphAttributes[name.toLowerCase()] = value;
  if (encoded.size) graphAttributes[JSON_ATTRIBUTES_KEY] = [...encoded].sort().join(',');
  copy.replaceAttributes(graphAttributes);
  const text = write(copy, {
    version: '1.3',
    formatNode: (_key, attributes) => format('node', attributes, encoded),
    formatEdge: (_key, attributes) => format('edge', attributes, encoded),
  } as Parameters<typeof write>[1]);
  return Object.keys(declared).length ? declareDoubles(text, declared) : text;
}

/** gexf.readGexf: never throws; broken XML and dangling edges come back as messages naming the file. */
export function readGexf(text: string, file: string): ReadResult {
  const xml = parseXml(text, file);
  if (!xml.ok) return xml;
  if (xml.document.documentElement.tagName.toLowerCase() !== 'gexf')
    return {
      ok: false,
      errors: [`${file}: not GEXF (the root element is <${xml.document.documentElement.tagName}>)`],
    };
  if (!xml.document.getElementsByTagName('graph')[0])
    return { ok: false, errors: [`${file}: GEXF without a <graph> element`] };
  let graph: GenericGraph;
  try {
    graph = parse(Graph, xml.document, { allowUndeclaredAttributes: true, addMissingNodes: false });
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /^graphology-gexf\/parser: /,
      '',
    );
    return { ok: false, errors: [`${file}: unreadable GEXF: ${detail}`] };
  }
  const encoded = parseJsonAttributeList(graph.getAttribute(JSON_ATTRIBUTES_KEY));
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(graph.getAttributes()))
    if (name !== JSON_ATTRIBUTES_KEY) attributes[GRAPH_ATTRIBUTE_NAMES[name] ?? name] = value;
  graph.replaceAttributes(attributes);
  graph.forEachNode((_, a) => decodeAttributes('node', a, encoded));
  graph.forEachEdge((_, a) => decodeAttributes('edge', a, encoded));
  return finishRead(graph, file, 'gexf', graph.order + graph.size);
}
