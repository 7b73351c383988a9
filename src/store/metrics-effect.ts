// The worker jobs behind the metrics features: metrics of the shown view, and cross-project partners
// of the filtered dataset, each rerun when what it depends on changes.
import { isLargeDataset } from '../graph/budget';
import type { CrossProject } from '../graph/crossProject';
import { participationOf } from '../graph/metrics/participation';
import type { MetricsResult } from '../graph/metrics';
import type { ConsortiaGraph } from '../graph/types';
import { runJob, type RunOptions } from '../worker/client';
import type { CrossProjectPayload } from '../worker/crossProject.contract';
import type { GraphSource } from '../worker/graphSource';
import type { MetricsPayload } from '../worker/metrics.contract';
import type { AppStore } from './index';
import type { AppState } from './types';
import type { Dataset } from './slices/data';
import { watchJob } from './job-effect';
import { selectShownGraph } from './selectors';

export type RunMetricsJob = (payload: MetricsPayload, options: RunOptions) => Promise<MetricsResult>;
export type RunCrossProjectJob = (payload: CrossProjectPayload, options: RunOptions) => Promise<CrossProject>;

const defaultMetrics: RunMetricsJob = (payload, options) => runJob('metrics', payload, options);
const defaultCrossProject: RunCrossProjectJob = (payload, options) =>
  runJob('crossProject', payload, options);

/** Serialized once per graph, for datasets that came without their file (see graphSourceOf). */
const exported = new WeakMap<ConsortiaGraph, GraphSource>();

/**
 * metrics-effect.graphSourceOf: the whole dataset as workers receive it: its file (a Blob, posted without
 * a copy) when it has one, else its graph serialized once.
 */
export function graphSourceOf(dataset: Dataset): GraphSource {
  if (dataset.source) return dataset.source;
  let serialized = exported.get(dataset.graph);
  if (!serialized) {
    serialized = dataset.graph.export() as GraphSource;
    exported.set(dataset.graph, serialized);
  }
  return serialized;
}

/** metrics-effect.startMetricsEffect: metrics of the shown view; returns the unsubscribe. */
export function startMetricsEffect(store: AppStore, run: RunMetricsJob = defaultMetrics, debounceMs = 150) {
  return watchJob(
    store,
    {
      // Not while the canvas adds a large drawing: the job's share of the page's thread (the shown
      // organisations' projects, the graph serialized and posted: ~0.2 s for a hub's neighbourhood at
      // XL) came in the middle of it and held the picture back.
      inputs: (s) => [s.drawing ? null : selectShownGraph(s), s.metricsWeighted, s.metricsRunRequest],
      ready: (s) => !!s.dataset && !s.drawing && !!selectShownGraph(s),
      cancelRequest: (s) => s.metricsCancelRequest,
      run: (s, options) => {
        const graph = selectShownGraph(s)!;
        // The shown organisations' projects and lead roles are a few lookups here; the worker would have
        // to read and check the whole dataset for them (about 100 ms of each job on a thousand organisations).
        const participation = Object.fromEntries(participationOf(s.dataset!.graph, graph.nodes()));
        return run(
          {
            graph: graph.export() as MetricsPayload['graph'],
            participation,
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

const crossProjectWanted = (s: AppState): boolean =>
  !s.dataset || !isLargeDataset(s.dataset.graph) || s.panel === CROSS_PROJECT_PANEL;

/** The side panel tab of the cross-project analysis (app/panels.tsx). */
export const CROSS_PROJECT_PANEL = 'partners';

/** metrics-effect.startCrossProjectEffect: cross-project partners under the filters; returns the unsubscribe. */
export function startCrossProjectEffect(
  store: AppStore,
  run: RunCrossProjectJob = defaultCrossProject,
  debounceMs = 150,
) {
  return watchJob(
    store,
    {
      // A large dataset is analysed only while the Cross-project panel is open (it reads the whole file).
      inputs: (s) => [s.dataset, s.filters, s.crossProjectRunRequest, crossProjectWanted(s)],
      ready: (s) => !!s.dataset && crossProjectWanted(s),
      cancelRequest: (s) => s.crossProjectCancelRequest,
      run: (s, options) => run({ graph: graphSourceOf(s.dataset!), filters: s.filters }, options),
      started: (s) => s.crossProjectStarted(),
      progressed: (s, p) => s.crossProjectProgressed(p),
      finished: (s, r) => s.crossProjectFinished(r),
      failed: (s, m) => s.crossProjectFailed(m),
      cancelled: (s) => s.crossProjectCancelled(),
    },
    debounceMs,
  );
}
