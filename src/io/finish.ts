// The last step of every graph reader: check the graph against the Consortia contract, or keep it
// leniently as a plain graph with a note saying so.
import { parseGraph } from '../graph/schema';
import { PLAIN_GRAPH_NOTE } from './coerce';
import type { FileFormat, GenericGraph, ReadResult } from './types';

export function finishRead(graph: GenericGraph, file: string, format: FileFormat, read: number): ReadResult {
  const strict = parseGraph(graph.export(), file);
  const base = { file, format, read, skipped: [], notes: [] as string[] };
  if (strict.ok)
    return {
      ok: true,
      conforms: true,
      graph: strict.graph,
      report: { ...base, nodes: strict.graph.order, edges: strict.graph.size },
    };
  base.notes.push(
    `${file}: not in the Consortia format, read as a plain graph. ${PLAIN_GRAPH_NOTE} First difference: ${strict.errors[0] ?? ''}`,
  );
  return { ok: true, conforms: false, graph, report: { ...base, nodes: graph.order, edges: graph.size } };
}
