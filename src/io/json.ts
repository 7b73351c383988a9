// graphology's serialized JSON (`graph.export()`): written as is; read strictly against the Consortia
// contract, or leniently as any graphology graph.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parseGraph } from '../graph/schema';
import { PLAIN_GRAPH_NOTE } from './coerce';
import type { ConsortiaGraph } from '../graph/types';
import { applyStyle } from './style';
import type { ExportStyle, GenericGraph, ImportReport, ReadResult } from './types';

/** json.writeGraphJson: the graph as graphology JSON, with the view's positions/colours/sizes if given. */
export function writeGraphJson(graph: ConsortiaGraph | GenericGraph, style?: ExportStyle): string {
  return JSON.stringify(applyStyle(graph as GenericGraph, style).export(), null, 2) + '\n';
}

const report = (file: string, graph: GenericGraph, notes: string[]): ImportReport => ({
  file,
  format: 'json',
  read: graph.order + graph.size,
  nodes: graph.order,
  edges: graph.size,
  skipped: [],
  notes,
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** json.readGraphJson: never throws; `file` names the file in messages. */
export function readGraphJson(text: string, file: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`${file}: not valid JSON (${detail})`] };
  }
  const strict = parseGraph(value, file);
  if (strict.ok)
    return {
      ok: true,
      conforms: true,
      graph: strict.graph,
      report: report(file, strict.graph as GenericGraph, []),
    };
  if (!isRecord(value) || !Array.isArray(value.nodes))
    return { ok: false, errors: [`${file}: not a graph: expected graphology JSON with a "nodes" list`] };
  try {
    const options = isRecord(value.options) ? value.options : {};
    const graph = new Graph({
      type: options.type === 'directed' || options.type === 'undirected' ? options.type : 'mixed',
      multi: options.multi === true,
      allowSelfLoops: options.allowSelfLoops !== false,
    });
    graph.import(value as unknown as SerializedGraph);
    return {
      ok: true,
      conforms: false,
      graph,
      report: report(file, graph, [
        `${file}: not in the Consortia format, read as a plain graph. ${PLAIN_GRAPH_NOTE} First difference: ${strict.errors[0] ?? ''}`,
      ]),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [...strict.errors.slice(0, 5), `${file}: not a readable graph (${detail})`] };
  }
}
