// Force layout positions for large view graphs, computed by the worker's `layout` job (see
// src/worker/layout.job.ts); cancel through the signal terminates the worker.
import { runJob, type RunOptions } from '../worker/client';
import type { LayoutPayload, LayoutResult } from '../worker/layout.contract';

export { JobCancelledError } from '../worker/client';

/** Positions by node key, from the worker. */
export async function workerLayout(
  payload: LayoutPayload,
  options: RunOptions = {},
): Promise<Map<string, { x: number; y: number }>> {
  const result: LayoutResult = await runJob('layout', payload, options);
  return new Map(result.keys.map((k, i) => [k, { x: result.x[i]!, y: result.y[i]! }]));
}
