// Messages between the page and the view worker, checked on arrival on both sides. The view worker is
// persistent: it keeps the current dataset, so each view request carries only what to show.
import { z } from 'zod';
import { NODE_TYPES } from '../graph/types';
import { EGO_DEPTHS } from '../graph/projections/ego';
import { VIEW_IDS } from '../graph/views';
import { filterStateSchema } from './filterState.schema';

const budgetSchema = z.object({ nodes: z.number().int().positive(), edges: z.number().int().positive() });

export const shownRequestSchema = z.object({
  view: z.enum(VIEW_IDS),
  egoRoot: z.string().nullable(),
  egoDepth: z.union(EGO_DEPTHS.map((d) => z.literal(d))),
  filters: filterStateSchema,
  budget: budgetSchema,
  /**
   * The budget of the whole views the worker works out ahead (computeAhead), when it is not `budget`: a
   * neighbourhood is cut to a smaller one (budget.drawBudget) than the views a person switches to next.
   */
  aheadBudget: budgetSchema.optional(),
});
export type ShownRequest = z.infer<typeof shownRequestSchema>;

/** Shallow: the page checked the dataset when it loaded it; this only makes sure it is a graph export. */
const graphExport = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }).loose();

export const toViewWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dataset'), dataset: z.number().int().positive(), graph: graphExport }),
  /** The dataset as the JSON file it was loaded from (checked when it opened): no copy on the page. */
  z.object({
    type: z.literal('dataset-file'),
    dataset: z.number().int().positive(),
    file: z.instanceof(Blob),
  }),
  z.object({
    type: z.literal('shown'),
    id: z.number().int().positive(),
    dataset: z.number().int().positive(),
    request: shownRequestSchema,
  }),
  /** An organisation's partners in the whole dataset, each with how many of its projects they share. */
  z.object({
    type: z.literal('partners'),
    id: z.number().int().positive(),
    dataset: z.number().int().positive(),
    key: z.string().min(1),
  }),
]);
export type ToViewWorker = z.infer<typeof toViewWorker>;

const size = z.object({ nodes: z.number().int().nonnegative(), edges: z.number().int().nonnegative() });

const viewNodeSchema = z.object({
  key: z.string().min(1),
  attributes: z
    .object({
      type: z.enum(NODE_TYPES),
      label: z.string(),
      count: z.number(),
      x: z.number().optional(),
      y: z.number().optional(),
      lead: z.boolean().optional(),
      focus: z.boolean().optional(),
    })
    .loose(),
});
const viewEdgeSchema = z.object({
  key: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  undirected: z.boolean().optional(),
  attributes: z.object({ type: z.string(), weight: z.number() }).loose(),
});

export const fromViewWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('shown'),
    id: z.number().int().positive(),
    total: size,
    capped: z.boolean(),
    /** The nodes' x/y were laid out for this view (graph/place.ts), not taken from the build. */
    placed: z.boolean().optional(),
    graph: z
      .object({
        options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).partial(),
        nodes: z.array(viewNodeSchema),
        edges: z.array(viewEdgeSchema),
      })
      .loose(),
  }),
  z.object({
    type: z.literal('partners'),
    id: z.number().int().positive(),
    /** Partner keys, and (same index) how many projects each shares with the organisation. */
    keys: z.array(z.string()),
    shared: z.instanceof(Uint32Array),
  }),
  z.object({ type: z.literal('error'), id: z.number().int().nonnegative(), message: z.string() }),
]);
export type FromViewWorker = z.infer<typeof fromViewWorker>;
