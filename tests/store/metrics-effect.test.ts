import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeMetrics, type MetricsResult } from '../../src/graph/metrics';
import { createAppStore } from '../../src/store';
import { selectMetricStyles } from '../../src/store/metrics-selectors';
import { selectShownGraph } from '../../src/store/selectors';
import { crossProject } from '../../src/graph/crossProject';
import {
  startCrossProjectEffect,
  startMetricsEffect,
  type RunMetricsJob,
} from '../../src/store/metrics-effect';
import { JobCancelledError } from '../../src/worker/client';
import { runCrossProjectJob } from '../../src/worker/crossProject.job';
import { consortia } from '../graph/crossProject/smallConsortia';

afterEach(() => vi.useRealTimers());

/** A job runner that the test finishes or fails by hand, recording each payload and signal. */
function manualRunner() {
  const runs: {
    payload: Parameters<RunMetricsJob>[0];
    signal: AbortSignal;
    resolve(r: MetricsResult): void;
    reject(e: unknown): void;
    progress(p: { done: number; total: number; label: string }): void;
  }[] = [];
  const run: RunMetricsJob = (payload, options) =>
    new Promise((resolve, reject) => {
      options.signal!.addEventListener('abort', () => reject(new JobCancelledError('metrics')));
      runs.push({
        payload,
        signal: options.signal!,
        resolve,
        reject,
        progress: (p) => options.onProgress?.(p),
      });
    });
  return { run, runs };
}

function loadedStore() {
  const store = createAppStore();
  store.getState().setDataset({ name: 'small', graph: consortia() });
  store.getState().setView('co-partners');
  return store;
}

describe('metrics effect', () => {
  it('reports a failed job as an error and keeps the last result', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    const previous = computeMetrics(consortia());
    runs[0]!.resolve(previous);
    await vi.waitFor(() => expect(store.getState().metricsStatus).toBe('done'));
    store.getState().setMetricsWeighted(true);
    vi.advanceTimersByTime(10);
    runs[1]!.reject(new Error('compact: edge "x" has weight -1; weights must be positive numbers'));
    await vi.waitFor(() => expect(store.getState().metricsStatus).toBe('error'));
    expect(store.getState().metricsError).toMatch(/^compact: edge "x"/);
    expect(store.getState().metricsResult).toBe(previous);
    stop();
  });

  it("runs on the shown view with its organisations' projects and lead roles, reports progress, and stores the result", async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.payload.graph.nodes.map((n) => n.key).sort()).toEqual([
      'agency',
      'agency2',
      'cluster',
      'council',
      'university',
    ]);
    // Counted on the page, so the worker need not read the whole dataset.
    expect(runs[0]!.payload.participation).toEqual({
      agency: { projects: 3, leads: 1 },
      agency2: { projects: 1, leads: 0 },
      cluster: { projects: 1, leads: 0 },
      council: { projects: 2, leads: 1 },
      university: { projects: 1, leads: 0 },
    });
    expect(runs[0]!.payload.options).toEqual({ weighted: false, keepGoing: true });
    runs[0]!.progress({ done: 1, total: 12, label: 'Betweenness' });
    expect(store.getState()).toMatchObject({
      metricsStatus: 'running',
      metricsProgress: { label: 'Betweenness' },
    });
    const result = computeMetrics(consortia());
    runs[0]!.resolve(result);
    await vi.waitFor(() => expect(store.getState().metricsStatus).toBe('done'));
    expect(store.getState().metricsResult).toBe(result);
    stop();
  });

  it('waits while the canvas adds a large drawing, then runs once on the view drawn', () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    store.getState().setDrawing(true);
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(50);
    expect(runs).toHaveLength(0);
    // A change of view while drawing still waits; the drawing done, the view shown then is computed.
    store.getState().setView('partnerships');
    vi.advanceTimersByTime(50);
    expect(runs).toHaveLength(0);
    store.getState().setDrawing(false);
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.payload.graph.nodes.length).toBe(selectShownGraph(store.getState())!.order);
    // A view changed and drawn in slices again: the run before it is dropped for the new one.
    store.getState().setView('co-partners');
    store.getState().setDrawing(true);
    vi.advanceTimersByTime(50);
    expect(runs).toHaveLength(1);
    store.getState().setDrawing(false);
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.signal.aborted).toBe(true);
    stop();
  });

  it('recomputes when the filters or the weighting change, superseding the running job', () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    store.getState().setMetricsWeighted(true);
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs[1]!.payload.options).toEqual({ weighted: true, keepGoing: true });
    store.getState().setFilters({ ...store.getState().filters, countries: ['SI'] });
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(3);
    expect(runs[2]!.payload.graph.nodes.map((n) => n.key).sort()).toEqual(['agency', 'agency2']);
    stop();
    expect(runs[2]!.signal.aborted).toBe(true);
  });

  it('cancels on request and does not restart until asked', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    store.getState().cancelMetrics();
    await vi.waitFor(() => expect(store.getState().metricsStatus).toBe('cancelled'));
    expect(runs[0]!.signal.aborted).toBe(true);
    vi.advanceTimersByTime(100);
    expect(runs).toHaveLength(1);
    store.getState().runMetrics();
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(2);
    stop();
  });
});

describe('cross-project effect', () => {
  it('runs on the filtered dataset and again when the filters change', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const organisations: number[] = [];
    const stop = startCrossProjectEffect(
      store,
      async (payload) => {
        expect(payload.filters).toBe(store.getState().filters);
        const result = await runCrossProjectJob(payload, { progress: () => undefined });
        organisations.push(result.repeatPartners.length);
        return result;
      },
      10,
    );
    vi.advanceTimersByTime(10);
    await vi.waitFor(() => expect(store.getState().crossProjectStatus).toBe('done'));
    expect(store.getState().crossProjectResult?.repeatPartners).toHaveLength(2);
    store.getState().setFilters({ countries: ['SI'] });
    vi.advanceTimersByTime(10);
    await vi.waitFor(() => expect(organisations).toHaveLength(2));
    expect(organisations[1]).toBeLessThan(organisations[0]!);
    stop();
  });

  it('hands the dataset file to both jobs, not a serialized copy, when the dataset has one', async () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const graph = consortia();
    const source = new Blob([JSON.stringify(graph.export())], { type: 'application/json' });
    store.getState().setDataset({ name: 'small', graph, source });
    const sent: unknown[] = [];
    const stopCross = startCrossProjectEffect(
      store,
      async (payload) => {
        sent.push(payload.graph);
        return runCrossProjectJob(payload, { progress: () => undefined });
      },
      10,
    );
    const { run, runs } = manualRunner();
    const stopMetrics = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    await vi.waitFor(() => expect(store.getState().crossProjectStatus).toBe('done'));
    expect(sent).toEqual([source]);
    expect(Object.keys(runs[0]!.payload).sort()).toEqual(['graph', 'options', 'participation']);
    expect(store.getState().crossProjectResult).toEqual(crossProject(graph));
    stopCross();
    stopMetrics();
  });
});

describe('metric styles', () => {
  it('apply only while the result belongs to the view shown', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const { run, runs } = manualRunner();
    const stop = startMetricsEffect(store, run, 10);
    vi.advanceTimersByTime(10);
    store.getState().setSizeBy('pagerank');
    runs[0]!.resolve(computeMetrics(selectShownGraph(store.getState())!));
    await vi.waitFor(() => expect(store.getState().metricsStatus).toBe('done'));
    expect(selectMetricStyles(store.getState()).nodes.get('agency')?.size).toBeGreaterThan(0);
    store.getState().setView('network');
    expect(selectMetricStyles(store.getState()).nodes.size).toBe(0);
    expect(selectMetricStyles(store.getState()).legends).toEqual([]);
    stop();
  });
});
