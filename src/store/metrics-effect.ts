// The worker jobs behind the metrics features: metrics of the shown view, and cross-project partners
// of the filtered dataset, each rerun when what it depends on changes.
import type { CrossProject } from '../graph/crossProject';
import { applyFilters } from '../graph/filters';
import type { MetricsResult } from '../graph/metrics';
import type { ConsortiaGraph } from '../graph/types';
import { runJob, type RunOptions } from '../worker/client';
import type { CrossProjectPayload } from '../worker/crossProject.contract';
import type { MetricsPayload } from '../worker/metrics.contract';
import type { AppStore } from './index';
import { watchJob } from './job-effect';
import { selectShownGraph } from './selectors';

export type RunMetricsJob = (payload: MetricsPayload, options: RunOptions) => Promise<MetricsResult>;
export type RunCrossProjectJob = (payload: CrossProjectPayload, options: RunOptions) => Promise<CrossProject>;

const defaultMetrics: RunMetricsJob = (payload, options) => runJob('metrics', payload, options);
const defaultCrossProject: RunCrossProjectJob = (payload, options) =>
  runJob('crossProject', payload, options);

/** Serialized once per dataset: the base graph travels with every metrics run for projects and lead roles. */
const exported = new WeakMap<ConsortiaGraph, MetricsPayload['base']>();
function exportBase(graph: ConsortiaGraph): MetricsPayload['base'] {
  if (!exported.has(graph)) exported.set(graph, graph.export() as MetricsPayload['base']);
  return exported.get(graph);
}

/** metrics-effect.startMetricsEffect: metrics of the shown view; returns the unsubscribe. */
export function startMetricsEffect(store: AppStore, run: RunMetricsJob = defaultMetrics, debounceMs = 150) {
  return watchJob(
    store,
    {
      inputs: (s) => [selectShownGraph(s), s.metricsWeighted, s.metricsRunRequest],
      ready: (s) => !!s.dataset && !!selectShownGraph(s),
      cancelRequest: (s) => s.metricsCancelRequest,
      run: (s, options) => {
        const graph = selectShownGraph(s)!;
        return run(
          {
            graph: graph.export() as MetricsPayload['graph'],
            base: exportBase(s.dataset!.graph),
            options: { weighted: s.metricsWeighted, keepGoing: true },
          },
          options,
        ).then((result) => ({ result, graph }));
      },
      started: (s) => s.metricsStarted(),
      progressed: (s, p) => s.metricsProgressed(p),
      finished: (s, { result, graph }) => s.metricsFinished(result, graph),
      failed: (s, m) => s.metricsFailed(m),
      cancelled: (s) => s.metricsCancelled(),
    },
    debounceMs,
  );
}

/** metrics-effect.startCrossProjectEffect: cross-project partners under the filters; returns the unsubscribe. */
export function startCrossProjectEffect(
  store: AppStore,
  run: RunCrossProjectJob = defaultCrossProject,
  debounceMs = 150,
) {
  return watchJob(
    store,
    {
      inputs: (s) => [s.dataset, s.filters, s.crossProjectRunRequest],
      ready: (s) => !!s.dataset,
      cancelRequest: (s) => s.crossProjectCancelRequest,
      run: (s, options) =>
        run(
          { graph: applyFilters(s.dataset!.graph, s.filters).export() as CrossProjectPayload['graph'] },
          options,
        ),
      started: (s) => s.crossProjectStarted(),
      progressed: (s, p) => s.crossProjectProgressed(p),
      finished: (s, r) => s.crossProjectFinished(r),
      failed: (s, m) => s.crossProjectFailed(m),
      cancelled: (s) => s.crossProjectCancelled(),
    },
    debounceMs,
  );
}
