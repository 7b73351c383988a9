// The `openGraph` job: fetches a graph file, parses and checks it off the page, and hands the graph over
// in parts (nodes, then edges) so the page builds it in short tasks; the result closes the hand-over.
import { z } from 'zod';

export const openGraphPayload = z.object({
  /** Absolute address of the graph file (the worker resolves nothing against the page). */
  url: z.string().min(1),
  /** How messages name the file: "data/graph.json". */
  where: z.string().min(1),
});
export type OpenGraphPayload = z.infer<typeof openGraphPayload>;

const attributes = z.record(z.string(), z.unknown());

/**
 * One part as the page checks it on arrival: the shape graphology's import() needs. The worker checked
 * every attribute against the Consortia contract (parseGraph) already; graphology refuses duplicates and
 * edges whose ends are missing, so a second deep check would only hold the page longer.
 */
export const openGraphPart = z.union([
  z.object({ nodes: z.array(z.object({ key: z.string().min(1), attributes })) }),
  z.object({
    edges: z.array(
      z.object({ key: z.string().min(1), source: z.string().min(1), target: z.string().min(1), attributes }),
    ),
  }),
]);
export type OpenGraphPart = z.infer<typeof openGraphPart>;

export const openGraphResult = z.object({
  /** The file as fetched, kept as the dataset's source (see worker/graphSource.ts). */
  source: z.instanceof(Blob),
  /** The graph's own attributes (name, built, documents). */
  attributes,
  /** How many nodes and edges the parts carried, so the page can tell a hand-over was complete. */
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
});
export type OpenGraphResult = z.infer<typeof openGraphResult>;

export const OPEN_GRAPH_CONTRACT = { payload: openGraphPayload, result: openGraphResult };
