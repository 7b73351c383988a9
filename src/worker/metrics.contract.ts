// The `metrics` job's payload and result, checked on both sides of the worker boundary.
import { z } from 'zod';

/** Any graphology graph in its `export()` form: a view or projection may carry any attributes. */
export const serializedAnyGraph = z.object({
  options: z
    .object({
      type: z.enum(['mixed', 'directed', 'undirected']),
      multi: z.boolean(),
      allowSelfLoops: z.boolean(),
    })
    .partial()
    .optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(
    z.object({ key: z.string().min(1), attributes: z.record(z.string(), z.unknown()).optional() }),
  ),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: z.record(z.string(), z.unknown()).optional(),
      undirected: z.boolean().optional(),
    }),
  ),
});

export const metricsPayload = z.object({
  /** The graph shown (a view or projection), serialized with graph.export(). */
  graph: serializedAnyGraph,
  /**
   * Each shown organisation's projects and lead roles, counted on the page (a few lookups) so the worker
   * need not read the whole dataset; optional (without it those columns are empty).
   */
  participation: z
    .record(
      z.string(),
      z.object({ projects: z.number().int().nonnegative(), leads: z.number().int().nonnegative() }),
    )
    .optional(),
  options: z
    .object({
      weighted: z.boolean(),
      weightAttribute: z.string().min(1),
      metrics: z.array(z.string()).nullable(),
      keepGoing: z.boolean(),
      parameters: z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string()]))),
    })
    .partial()
    .optional(),
});
export type MetricsPayload = z.infer<typeof metricsPayload>;

export const metricsResult = z
  .object({
    keys: z.array(z.string()),
    labels: z.array(z.string()),
    weighted: z.boolean(),
    nodes: z.record(z.string(), z.array(z.number().nullable())),
    graph: z.record(z.string(), z.number()),
    failures: z.record(z.string(), z.string()),
    approximations: z.record(
      z.string(),
      z.object({
        samples: z.number(),
        errorBound: z.number(),
        confidence: z.number(),
        errorOf: z.string(),
      }),
    ),
  })
  .refine(
    (result) =>
      result.labels.length === result.keys.length &&
      Object.values(result.nodes).every((column) => column.length === result.keys.length),
    'every column needs one value per node',
  );

export const METRICS_CONTRACT = { payload: metricsPayload, result: metricsResult };
