// The page side of the `import` job: turns the worker's checked result back into a graph, checking the
// graph again (worker messages are a boundary too).
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parseGraph } from '../graph/schema';
import type { ImportResult } from './importContract';
import type { ReadResult } from './types';

export function readImportResult(result: ImportResult): ReadResult {
  if (!result.ok) return result;
  const report = { ...result.report, mapping: result.report.mapping as Record<string, string> | undefined };
  if (result.conforms) {
    const parsed = parseGraph(result.graph, result.report.file);
    if (!parsed.ok) return parsed;
    return { ok: true, conforms: true, graph: parsed.graph, report };
  }
  try {
    const data = result.graph as unknown as SerializedGraph;
    const graph = new Graph({ type: 'mixed', multi: data.options?.multi === true, allowSelfLoops: true });
    graph.import(data);
    return { ok: true, conforms: false, graph, report };
  } catch (error) {
    return {
      ok: false,
      errors: [
        `${result.report.file}: the imported graph could not be rebuilt (${error instanceof Error ? error.message : String(error)})`,
      ],
    };
  }
}
