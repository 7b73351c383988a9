// The `layout` job's payload and result: ForceAtlas2 positions for a view graph, computed in the worker.
import { z } from 'zod';

const index = z.number().int().nonnegative();

export const layoutPayload = z
  .object({
    /** Node keys; edges and positions refer to nodes by their index here. */
    keys: z.array(z.string().min(1)),
    /** [source index, target index, weight]. */
    edges: z.array(z.tuple([index, index, z.number().positive()])),
    /** Starting positions per node (null: a seeded one from its key). */
    initial: z.array(z.tuple([z.number(), z.number()]).nullable()).optional(),
    options: z
      .object({
        maxIterations: z.number().int().positive().max(10_000),
        timeBudgetMs: z.number().positive(),
        /** Close neighbours end up about this many pixels apart (zoom 1). */
        neighbourDistance: z.number().positive(),
        /** From this many nodes, Barnes–Hut approximates the repulsion. */
        barnesHutNodes: z.number().int().positive(),
      })
      .partial()
      .optional(),
  })
  .refine(
    (p) => p.edges.every(([s, t]) => s < p.keys.length && t < p.keys.length),
    'edges refer to nodes by index: every index must be below the number of keys',
  )
  .refine(
    (p) => !p.initial || p.initial.length === p.keys.length,
    'initial needs one entry (or null) per key',
  );
export type LayoutPayload = z.infer<typeof layoutPayload>;

export const layoutResult = z
  .object({
    keys: z.array(z.string()),
    x: z.array(z.number()),
    y: z.array(z.number()),
    iterations: z.number().int().nonnegative(),
    stoppedBy: z.enum(['iterations', 'budget']),
  })
  .refine(
    (r) => r.x.length === r.keys.length && r.y.length === r.keys.length,
    'every node needs one x and one y',
  );
export type LayoutResult = z.infer<typeof layoutResult>;

export const LAYOUT_CONTRACT = { payload: layoutPayload, result: layoutResult };
