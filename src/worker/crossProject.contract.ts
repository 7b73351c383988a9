// The `crossProject` job: repeat partners, brokers, shared places and likely duplicates of a (filtered)
// Consortia graph, computed off the page because brokers need betweenness.
import { z } from 'zod';
import { ROLES } from '../graph/types';
import { filterStateSchema } from './filterState.schema';
import { graphSourceSchema } from './graphSource';

export const crossProjectPayload = z.object({
  /** The whole dataset; the worker applies the filters, so the page never serializes a filtered copy. */
  graph: graphSourceSchema,
  /** The filters to apply first; none when absent. */
  filters: filterStateSchema.optional(),
});
export type CrossProjectPayload = z.infer<typeof crossProjectPayload>;

const membership = z.object({ project: z.string(), projectLabel: z.string(), role: z.enum(ROLES) });

export const crossProjectResult = z.object({
  repeatPartners: z.array(
    z.object({
      organisation: z.string(),
      label: z.string(),
      country: z.string().optional(),
      memberships: z.array(membership),
    }),
  ),
  brokers: z.array(
    z.object({
      organisation: z.string(),
      label: z.string(),
      articulation: z.boolean(),
      splitsInto: z.number().int().nonnegative(),
      betweenness: z.number(),
      rank: z.number().int().positive(),
    }),
  ),
  places: z.array(
    z.object({
      kind: z.enum(['country', 'region', 'city']),
      name: z.string(),
      country: z.string().optional(),
      code: z.string().optional(),
      projects: z.array(z.string()),
      organisations: z.array(z.string()),
      throughDifferentOrganisations: z.boolean(),
      evidence: z.array(z.object({ organisation: z.string(), project: z.string() })),
    }),
  ),
  duplicates: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      labelA: z.string(),
      labelB: z.string(),
      normalisedA: z.string(),
      normalisedB: z.string(),
      sharedTokens: z.array(z.string()),
      score: z.number(),
      sameCountry: z.boolean().nullable(),
    }),
  ),
});

export const CROSS_PROJECT_CONTRACT = { payload: crossProjectPayload, result: crossProjectResult };
