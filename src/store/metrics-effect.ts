// Runs the `metrics` worker job on the shown view whenever it (or the weighting) changes, reports progress
// to the store, and cancels a run that is superseded or that the person cancels.
import type { MetricsResult } from '../graph/metrics';
import type { ConsortiaGraph } from '../graph/types';
import { JobCancelledError, runJob, type RunOptions } from '../worker/client';
import type { MetricsPayload } from '../worker/metrics.contract';
import type { AppStore } from './index';
import { selectShownGraph } from './selectors';

export type RunMetricsJob = (payload: MetricsPayload, options: RunOptions) => Promise<MetricsResult>;

const defaultRun: RunMetricsJob = (payload, options) => runJob('metrics', payload, options);

/** Serialized once per dataset: the base graph travels with every run for projects and lead roles. */
const exported = new WeakMap<ConsortiaGraph, MetricsPayload['base']>();
function exportBase(graph: ConsortiaGraph): MetricsPayload['base'] {
  if (!exported.has(graph)) exported.set(graph, graph.export() as MetricsPayload['base']);
  return exported.get(graph);
}

/** metrics-effect.startMetricsEffect: subscribes to the store; returns the unsubscribe. */
export function startMetricsEffect(
  store: AppStore,
  run: RunMetricsJob = defaultRun,
  debounceMs = 150,
): () => void {
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: { graph: unknown; weighted: boolean; request: number; cancel: number } | null = null;

  const start = () => {
    const state = store.getState();
    const graph = selectShownGraph(state);
    const base = state.dataset?.graph;
    if (!graph || !base) return;
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    state.metricsStarted();
    run(
      {
        graph: graph.export() as MetricsPayload['graph'],
        base: exportBase(base),
        options: { weighted: state.metricsWeighted },
      },
      {
        signal: mine.signal,
        onProgress: (p) => controller === mine && store.getState().metricsProgressed(p),
      },
    ).then(
      (result) => {
        if (controller === mine) store.getState().metricsFinished(result);
      },
      (error: unknown) => {
        if (controller !== mine) return;
        if (error instanceof JobCancelledError) store.getState().metricsCancelled();
        else store.getState().metricsFailed(error instanceof Error ? error.message : String(error));
      },
    );
  };

  const check = () => {
    const state = store.getState();
    const now = {
      graph: selectShownGraph(state),
      weighted: state.metricsWeighted,
      request: state.metricsRunRequest,
      cancel: state.metricsCancelRequest,
    };
    if (last && now.cancel !== last.cancel) {
      last = now;
      clearTimeout(timer);
      controller?.abort();
      return;
    }
    if (last && now.graph === last.graph && now.weighted === last.weighted && now.request === last.request)
      return;
    last = now;
    clearTimeout(timer);
    if (!now.graph) return;
    timer = setTimeout(start, debounceMs);
  };

  check();
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    const running = controller;
    controller = null;
    running?.abort();
  };
}
