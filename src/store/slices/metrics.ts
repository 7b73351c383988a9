// Metrics of the shown view (computed in the worker by metrics-effect.ts), how nodes are sized and
// coloured by them, and the nodes a cross-project item highlights.
import type { CrossProject } from '../../graph/crossProject';
import type { MetricsResult } from '../../graph/metrics';
import type { SliceCreator } from '../types';

export interface MetricsProgress {
  done: number;
  total: number;
  label: string;
}

export type MetricsStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** Nodes picked out on the graph by a cross-project item, with what they are. */
export interface Emphasis {
  label: string;
  keys: string[];
}

export interface MetricsSlice {
  metricsWeighted: boolean;
  metricsStatus: MetricsStatus;
  metricsProgress: MetricsProgress | null;
  /** The last finished result (kept while a newer one computes). */
  metricsResult: MetricsResult | null;
  /** The view graph `metricsResult` was computed on: styles apply only while it is the one shown. */
  metricsGraph: object | null;
  metricsError: string | null;
  /** Bumped to ask the effect to compute again, or to cancel the running job. */
  metricsRunRequest: number;
  metricsCancelRequest: number;
  /** Output ids (registry NODE_OUTPUTS) that size and colour the nodes; null = the view's default. */
  sizeBy: string | null;
  colourBy: string | null;
  emphasis: Emphasis | null;
  /** Cross-project partners of the filtered dataset (worker job `crossProject`). */
  crossProjectStatus: MetricsStatus;
  crossProjectProgress: MetricsProgress | null;
  crossProjectResult: CrossProject | null;
  crossProjectError: string | null;
  crossProjectRunRequest: number;
  crossProjectCancelRequest: number;
  runCrossProject(): void;
  cancelCrossProject(): void;
  crossProjectStarted(): void;
  crossProjectProgressed(progress: MetricsProgress): void;
  crossProjectFinished(result: CrossProject): void;
  crossProjectFailed(message: string): void;
  crossProjectCancelled(): void;
  setMetricsWeighted(weighted: boolean): void;
  setSizeBy(output: string | null): void;
  setColourBy(output: string | null): void;
  emphasise(emphasis: Emphasis | null): void;
  runMetrics(): void;
  cancelMetrics(): void;
  /** For the effect: the job's life cycle. */
  metricsStarted(): void;
  metricsProgressed(progress: MetricsProgress): void;
  metricsFinished(result: MetricsResult, graph?: object | null): void;
  metricsFailed(message: string): void;
  metricsCancelled(): void;
}

export const createMetricsSlice: SliceCreator<MetricsSlice> = (set, get) => ({
  metricsWeighted: false,
  metricsStatus: 'idle',
  metricsProgress: null,
  metricsResult: null,
  metricsGraph: null,
  metricsError: null,
  metricsRunRequest: 0,
  metricsCancelRequest: 0,
  sizeBy: null,
  colourBy: null,
  emphasis: null,
  crossProjectStatus: 'idle',
  crossProjectProgress: null,
  crossProjectResult: null,
  crossProjectError: null,
  crossProjectRunRequest: 0,
  crossProjectCancelRequest: 0,
  runCrossProject() {
    set({ crossProjectRunRequest: get().crossProjectRunRequest + 1 });
  },
  cancelCrossProject() {
    if (get().crossProjectStatus === 'running')
      set({ crossProjectCancelRequest: get().crossProjectCancelRequest + 1 });
  },
  crossProjectStarted() {
    set({ crossProjectStatus: 'running', crossProjectProgress: null, crossProjectError: null });
  },
  crossProjectProgressed(crossProjectProgress) {
    set({ crossProjectProgress });
  },
  crossProjectFinished(crossProjectResult) {
    set({ crossProjectStatus: 'done', crossProjectResult, crossProjectProgress: null });
  },
  crossProjectFailed(crossProjectError) {
    set({ crossProjectStatus: 'error', crossProjectError, crossProjectProgress: null });
  },
  crossProjectCancelled() {
    set({ crossProjectStatus: 'cancelled', crossProjectProgress: null });
  },
  setMetricsWeighted(metricsWeighted) {
    set({ metricsWeighted });
  },
  setSizeBy(sizeBy) {
    set({ sizeBy });
  },
  setColourBy(colourBy) {
    set({ colourBy });
  },
  emphasise(emphasis) {
    set({ emphasis });
  },
  runMetrics() {
    set({ metricsRunRequest: get().metricsRunRequest + 1 });
  },
  cancelMetrics() {
    if (get().metricsStatus === 'running') set({ metricsCancelRequest: get().metricsCancelRequest + 1 });
  },
  metricsStarted() {
    set({ metricsStatus: 'running', metricsProgress: null, metricsError: null });
  },
  metricsProgressed(metricsProgress) {
    set({ metricsProgress });
  },
  metricsFinished(metricsResult, metricsGraph = null) {
    set({ metricsStatus: 'done', metricsResult, metricsGraph, metricsProgress: null, metricsError: null });
  },
  metricsFailed(metricsError) {
    set({ metricsStatus: 'error', metricsError, metricsProgress: null });
  },
  metricsCancelled() {
    set({ metricsStatus: 'cancelled', metricsProgress: null });
  },
});
