// The page side of the `import` job: turns the worker's checked result back into a graph, checking the
// graph again (worker messages are a boundary too).
import Graph, { DirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { ImportResult } from './importContract';
import type { ReadResult } from './types';

export function readImportResult(result: ImportResult): ReadResult {
  if (!result.ok) return result;
  const report = { ...result.report, mapping: result.report.mapping as Record<string, string> | undefined };
  if (result.conforms) {
    // The worker checked the file against the contract (parseGraph) where it read it; here the message
    // shape is checked (importResultSchema) and graphology refuses dangling or duplicate edges, without a
    // second deep check that would hold the page for seconds on a large table.
    try {
      const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
      graph.import(
        result.graph as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
      );
      return { ok: true, conforms: true, graph, report };
    } catch (error) {
      return {
        ok: false,
        errors: [
          `${result.report.file}: the imported graph could not be rebuilt (${error instanceof Error ? error.message : String(error)})`,
        ],
      };
    }
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
