// Worker side of the `metrics` job: rebuilds the graph from its serialized form and runs the list.
import { computeMetrics, DEFAULTS as COMPUTE_DEFAULTS, type MetricsResult } from '../graph/metrics/compute';
import { simpleUndirected } from '../graph/metrics/compact';
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
  const options = payload.options ?? {};
  // The undirected simple graph the metrics read, built straight from the payload (one graph, not a
  // copy of the view and then the metrics' own).
  let graph;
  try {
    graph = simpleUndirected(payload.graph.nodes, payload.graph.edges, {
      weightAttribute: options.weighted
        ? (options.weightAttribute ?? COMPUTE_DEFAULTS.weightAttribute)
        : null,
    });
  } catch (error) {
    throw new Error(
      `metrics: the graph could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return computeMetrics(graph, options, {
    ...(payload.participation ? { participation: new Map(Object.entries(payload.participation)) } : {}),
    onProgress: throttled(context),
  });
}
