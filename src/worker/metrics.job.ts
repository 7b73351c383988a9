// Worker side of the `metrics` job: rebuilds the graph from its serialized form and runs the list.
import Graph from 'graphology';
import { computeMetrics, type MetricsResult } from '../graph/metrics';
import type { JobContext } from './protocol';
import type { metricsPayload } from './metrics.contract';
import type { z } from 'zod';

/** Progress at most every ~1% of the run, so the page is not flooded with messages. */
function throttled(context: JobContext) {
  let last = -1;
  let lastLabel = '';
  return (done: number, total: number, label: string) => {
    const step = Math.floor((done / Math.max(total, 1)) * 100);
    if (step === last && label === lastLabel) return;
    last = step;
    lastLabel = label;
    context.progress(done, total, label);
  };
}

export async function runMetricsJob(
  payload: z.output<typeof metricsPayload>,
  context: JobContext,
): Promise<MetricsResult> {
  const graph = new Graph({
    type: payload.graph.options?.type ?? 'mixed',
    multi: payload.graph.options?.multi ?? false,
    allowSelfLoops: payload.graph.options?.allowSelfLoops ?? true,
  });
  try {
    graph.import(payload.graph);
  } catch (error) {
    throw new Error(
      `metrics: the graph could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return computeMetrics(graph, payload.options ?? {}, {
    ...(payload.participation ? { participation: new Map(Object.entries(payload.participation)) } : {}),
    onProgress: throttled(context),
  });
}
