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

export type OpenGraphPart =
  | { nodes: Array<{ key: string; attributes: Record<string, unknown> }> }
  | { edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }> };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * openGraph.checkPart: the shape graphology's import() needs, checked on the page as each part arrives;
 * returns what is wrong, or null. The worker checked every attribute against the Consortia contract
 * (parseGraph) already, and graphology refuses duplicates and edges whose ends are missing, so this is a
 * plain loop: a schema parse would copy every attribute object and, at 700,000 edges, hold the page for
 * most of a second more.
 */
export function checkPart(value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  const { nodes, edges } = value;
  if (Array.isArray(nodes) === Array.isArray(edges)) return 'needs either nodes or edges';
  if (Array.isArray(nodes)) {
    for (let i = 0; i < nodes.length; i++) {
      const n: unknown = nodes[i];
      if (!isObject(n) || !isKey(n.key) || !isObject(n.attributes))
        return `nodes[${i}]: needs a key and attributes`;
    }
    return null;
  }
  const list = edges as unknown[];
  for (let i = 0; i < list.length; i++) {
    const e: unknown = list[i];
    if (!isObject(e) || !isKey(e.key) || !isKey(e.source) || !isKey(e.target) || !isObject(e.attributes))
      return `edges[${i}]: needs a key, source, target and attributes`;
  }
  return null;
}

export const openGraphResult = z.object({
  /** The file as fetched, kept as the dataset's source (see worker/graphSource.ts). */
  source: z.instanceof(Blob),
  /** The graph's own attributes (name, built, documents). */
  attributes,
  /** How many nodes and edges the parts carried, so the page can tell a hand-over was complete. */
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
  /** The filter choices (graph/filterOptions.ts), computed here so the page never scans the graph for them. */
  filterOptions: z.object({
    countries: z.array(
      z.object({ code: z.string(), label: z.string(), organisations: z.number().int().nonnegative() }),
    ),
    programmes: z.array(
      z.object({ key: z.string(), label: z.string(), projects: z.number().int().nonnegative() }),
    ),
    years: z.tuple([z.number(), z.number()]).optional(),
    projects: z.number().int().nonnegative(),
    undatedProjects: z.number().int().nonnegative(),
  }),
});
export type OpenGraphResult = z.infer<typeof openGraphResult>;

export const OPEN_GRAPH_CONTRACT = { payload: openGraphPayload, result: openGraphResult };
