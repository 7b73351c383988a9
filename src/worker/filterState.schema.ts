// The filters the person set (graph/filters.ts FilterState), as the worker protocols check them.
import { z } from 'zod';
import type { FilterState } from '../graph/filters';
import { NODE_TYPES } from '../graph/types';

export const filterStateSchema = z.object({
  nodeTypes: z.array(z.enum(NODE_TYPES)),
  countries: z.array(z.string()),
  programmes: z.array(z.string()),
  period: z.tuple([z.number(), z.number()]).nullable(),
  includeUndated: z.boolean(),
  leadOnly: z.boolean(),
  minProjects: z.number().int().nonnegative(),
  hideOrphans: z.boolean(),
}) satisfies z.ZodType<FilterState>;
