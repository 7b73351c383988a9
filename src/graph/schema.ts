// Runtime check of a serialized Consortia graph (graphology's `export()` format) at the boundary.
import { DirectedGraph } from 'graphology';
import { z } from 'zod';
import {
  EDGE_TYPES,
  ORG_KINDS,
  ROLES,
  type ConsortiaGraph,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from './types';

const source = z.object({ doc: z.string().min(1), quote: z.string().min(1) }).strict();
const isoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date like 2010 or 2010-03');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code like SI');

const nodeBase = {
  label: z.string().min(1),
  sources: z.array(source),
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
};

export const nodeAttributesSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('organisation'),
    ...nodeBase,
    names: z.array(z.string()),
    country: alpha2.optional(),
    city: z.string().optional(),
    region: z.string().optional(),
    regionCode: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like RO-CJ')
      .optional(),
    kind: z.enum(ORG_KINDS).optional(),
  }),
  z.object({
    type: z.literal('project'),
    ...nodeBase,
    names: z.array(z.string()),
    acronym: z.string().optional(),
    code: z.string().optional(),
    programme: z.string().optional(),
    start: isoPartialDate.optional(),
    end: isoPartialDate.optional(),
    budgetEur: z.number().nonnegative().optional(),
    partnerCount: z.number().int().nonnegative().optional(),
    status: z.string().optional(),
  }),
  z.object({ type: z.literal('programme'), ...nodeBase, names: z.array(z.string()) }),
  z.object({
    type: z.literal('country'),
    ...nodeBase,
    code: alpha2,
    names: z.array(z.string()),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  }),
]);

export const edgeAttributesSchema = z.object({
  type: z.enum(EDGE_TYPES),
  sources: z.array(source),
  role: z.enum(ROLES).optional(),
});

export const serializedGraphSchema = z.object({
  options: z
    .object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() })
    .partial()
    .optional(),
  attributes: z
    .object({
      name: z.string().optional(),
      builtAt: z.string().optional(),
      documents: z
        .record(
          z.string(),
          z
            .object({
              url: z.string().optional(),
              title: z.string().optional(),
              language: z.string().optional(),
            })
            .loose(),
        )
        .optional(),
    })
    .loose()
    .optional(),
  nodes: z.array(z.object({ key: z.string().min(1), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: edgeAttributesSchema,
      undirected: z.boolean().optional(),
    }),
  ),
});

export type SerializedConsortiaGraph = z.infer<typeof serializedGraphSchema>;

export type ParseResult = { ok: true; graph: ConsortiaGraph } | { ok: false; errors: string[] };

/** First few problems, each as `where: field: what`, so a person can find and fix them. */
function describeIssues(where: string, error: z.ZodError, max = 10): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${where}: ${path.replace(/^\./, '') || '(root)'}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`${where}: … and ${error.issues.length - max} more problems`);
  return lines;
}

/**
 * schema.parseGraph: checks an unknown value (parsed JSON) against the Consortia graph format and
 * builds the graph. Never throws; `where` names the file or address in messages.
 */
export function parseGraph(value: unknown, where = 'graph'): ParseResult {
  const parsed = serializedGraphSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: describeIssues(where, parsed.error) };
  return buildGraph(parsed.data, where);
}

/**
 * schema.buildGraph: builds the graph from data of the right shape (parseGraph checked it, or the view
 * worker receives the very text the page checked), still refusing duplicates and dangling edges.
 */
export function buildGraph(data: SerializedConsortiaGraph, where = 'graph'): ParseResult {
  const errors: string[] = [];
  const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  if (data.attributes) graph.replaceAttributes({ ...data.attributes });
  data.nodes.forEach((node, i) => {
    if (graph.hasNode(node.key)) errors.push(`${where}: nodes[${i}].key: duplicate node "${node.key}"`);
    else graph.addNode(node.key, node.attributes as NodeAttributes);
  });
  data.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!graph.hasNode(edge[end])) errors.push(`${where}: edges[${i}].${end}: unknown node "${edge[end]}"`);
    }
    if (errors.length) return;
    if (edge.attributes.type === 'participates_in' && !edge.attributes.role) {
      errors.push(`${where}: edges[${i}].attributes.role: a participates_in edge needs a role`);
      return;
    }
    const key = edge.key ?? `${edge.attributes.type}:${edge.source}->${edge.target}`;
    if (graph.hasEdge(key) || graph.hasDirectedEdge(edge.source, edge.target)) {
      errors.push(`${where}: edges[${i}]: duplicate edge ${edge.source} -> ${edge.target}`);
      return;
    }
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes as EdgeAttributes);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 10) };
  return { ok: true, graph };
}
