// Worker side of the `layout` job: the force placement of graph/place.ts (ForceAtlas2, Barnes–Hut past
// a size) with the job's progress, an iteration budget and a time budget.
import type { z } from 'zod';
import { place } from '../graph/place';
import type { layoutPayload, LayoutResult } from './layout.contract';
import type { JobContext } from './protocol';

export function runLayoutJob(
  payload: z.output<typeof layoutPayload>,
  context: JobContext,
  now: () => number = () => performance.now(),
): LayoutResult {
  return place(payload, {
    ...payload.options,
    now,
    onProgress: (done, total) => context.progress(done, total, 'Laying out'),
  });
}
