// A whole dataset on its way to a worker: either the graph file's text as a Blob (posting a Blob copies
// nothing on the page, however large) or, when there is no such file, the graph serialized with export().
import { z } from 'zod';
import { parseGraph, serializedGraphSchema, type SerializedConsortiaGraph } from '../graph/schema';
import type { ConsortiaGraph } from '../graph/types';

export type GraphSource = Blob | SerializedConsortiaGraph;

/**
 * A Blob passes as it is (its text is checked where it is read); anything else must be a serialized
 * Consortia graph, and its issues keep their paths (graph.nodes.0.attributes…), which a union would lose.
 */
export const graphSourceSchema = z.unknown().transform((value, context): GraphSource => {
  if (value instanceof Blob) return value;
  const parsed = serializedGraphSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

/** graphSource.readGraphSource: the graph a source holds, checked against the Consortia contract. */
export async function readGraphSource(source: GraphSource, where: string): Promise<ConsortiaGraph> {
  let json: unknown = source;
  if (source instanceof Blob) {
    try {
      json = JSON.parse(await source.text());
    } catch (error) {
      throw new Error(
        `${where}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const parsed = parseGraph(json, where);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.graph;
}
