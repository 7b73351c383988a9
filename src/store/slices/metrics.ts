// Metrics of the shown view (computed in the worker by metrics-effect.ts), how nodes are sized and
// coloured by them, and the nodes a cross-project item highlights.
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
  metricsError: string | null;
  /** Bumped to ask the effect to compute again, or to cancel the running job. */
  metricsRunRequest: number;
  metricsCancelRequest: number;
  /** Output ids (registry NODE_OUTPUTS) that size and colour the nodes; null = the view's default. */
  sizeBy: string | null;
  colourBy: string | null;
  emphasis: Emphasis | null;
  setMetricsWeighted(weighted: boolean): void;
  setSizeBy(output: string | null): void;
  setColourBy(output: string | null): void;
  emphasise(emphasis: Emphasis | null): void;
  runMetrics(): void;
  cancelMetrics(): void;
  /** For the effect: the job's life cycle. */
  metricsStarted(): void;
  metricsProgressed(progress: MetricsProgress): void;
  metricsFinished(result: MetricsResult): void;
  metricsFailed(message: string): void;
  metricsCancelled(): void;
}

export const createMetricsSlice: SliceCreator<MetricsSlice> = (set, get) => ({
  metricsWeighted: false,
  metricsStatus: 'idle',
  metricsProgress: null,
  metricsResult: null,
  metricsError: null,
  metricsRunRequest: 0,
  metricsCancelRequest: 0,
  sizeBy: null,
  colourBy: null,
  emphasis: null,
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
  metricsFinished(metricsResult) {
    set({ metricsStatus: 'done', metricsResult, metricsProgress: null, metricsError: null });
  },
  metricsFailed(metricsError) {
    set({ metricsStatus: 'error', metricsError, metricsProgress: null });
  },
  metricsCancelled() {
    set({ metricsStatus: 'cancelled', metricsProgress: null });
  },
});
