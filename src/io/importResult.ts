// The page side of the `import` job: turns the worker's checked result back into a graph, checking the
// graph again (worker messages are a boundary too).
import Graph, { DirectedGraph } from 'graphology';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { decodeInto } from './graphWire';
import type { ImportResult } from './importContract';
import type { ReadResult } from './types';

/** importResult.readImportResult: the graph rebuilt piece by piece (the page stays responsive), or errors. */
export async function readImportResult(result: ImportResult): Promise<ReadResult> {
  if (!result.ok) return result;
  const report = { ...result.report, mapping: result.report.mapping as Record<string, string> | undefined };
  if (result.conforms) {
    // The worker checked the file against the contract (parseGraph) where it read it; here the message
    // shape is checked (importResultSchema) and graphology refuses dangling or duplicate edges, without a
    // second deep check that would hold the page for seconds on a large table.
    try {
      const graph: ConsortiaGraph = await decodeInto(
        new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>(),
        result.graph,
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
    const multi = result.graph.options?.multi === true;
    const graph = await decodeInto(new Graph({ type: 'mixed', multi, allowSelfLoops: true }), result.graph);
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
