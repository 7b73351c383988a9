// The app's metrics job against bare graphology-metrics, on the same graph, repeated: the runner keeps
// the start message of the largest metrics job the app sent while a person used it, posts it again to
// fresh workers of the same script (the page otherwise idle, so progress messages arrive on time), and
// runs graphology-metrics on the main thread of a bare page on that job's graph.
import type { Page } from 'playwright-core';
import { DEFAULTS as COMPUTE_DEFAULTS } from '../../src/graph/metrics/compute';
import type { ParameterValues } from '../../src/graph/metrics/registry';
import { median, stepDurations } from './stats';
import { figure, missing, type Figure, type MetricsJobFigures } from './types';

/**
 * How long a bare metrics page is left alone before each side runs (the page just loaded, or the other
 * side just ran): on two cores, a worker started while the page still parses, compiles or collects
 * garbage ran its cold steps up to half as slow again as in an idle page (Communities most: it is the
 * step that compiles the most code).
 */
export const QUIET_MS = 750;

export interface ReplayRun {
  /** postMessage on the page (structured clone, serialising side). */
  postMs: number;
  /** Post to the first progress message. */
  startMs: number | null;
  /** Post to the result. */
  totalMs: number;
  /** Per metric label, ms in the worker. */
  steps: Record<string, number>;
  /** Metric ids the job approximated (sampled sources). */
  approximated: string[];
}

export interface JobGraph {
  nodes: string[];
  edges: [string, string][];
  /** Each edge's weight when the job was weighted (1 where the attribute is missing), else null. */
  weights: number[] | null;
  /** The job's metric settings, for the bare reference to use the same. */
  settings: { weighted: boolean; parameters: Record<string, ParameterValues> };
}

/** The app's kept metrics job as the page sent it (worker script, options, start message), to replay elsewhere. */
export type KeptJob = { url: string; options?: WorkerOptions; message: unknown };

/** The kept metrics job of the app's page, or why there is none. */
export async function keptJob(page: Page): Promise<KeptJob | string> {
  return page.evaluate(() => {
    const job = (window as unknown as { __bench: { lastJobs: Record<string, KeptJob | undefined> } }).__bench
      .lastJobs.metrics;
    return job ?? 'the app sent no metrics job to a worker while the bench watched';
  });
}

/**
 * Makes `job` the kept metrics job of another bench page (a bare reference page), so replayMetrics runs
 * the app's worker there: beside bare graphology-metrics, in the same conditions.
 */
export async function adoptJob(page: Page, job: KeptJob): Promise<void> {
  await page.evaluate((j) => {
    (window as unknown as { __bench: { lastJobs: Record<string, unknown> } }).__bench.lastJobs.metrics = j;
  }, job);
}

/** The graph of the kept metrics job (node keys, edge ends, weights) and its settings, or why there is none. */
export function keptJobGraph(job: KeptJob): JobGraph | string {
  const payload = (
    job.message as {
      payload?: {
        graph?: {
          nodes?: { key: string }[];
          edges?: { source: string; target: string; attributes?: Record<string, unknown> }[];
        };
        options?: { weighted?: boolean; weightAttribute?: string; parameters?: Record<string, never> };
      };
    }
  ).payload;
  const g = payload?.graph;
  if (!g?.nodes || !g.edges) return "the app's metrics job carries no graph in payload.graph";
  const weighted = payload?.options?.weighted ?? false;
  const attribute = payload?.options?.weightAttribute ?? COMPUTE_DEFAULTS.weightAttribute;
  return {
    nodes: g.nodes.map((n) => n.key),
    edges: g.edges.map((e) => [e.source, e.target] as [string, string]),
    weights: weighted
      ? g.edges.map((e) => {
          const w = e.attributes?.[attribute];
          return typeof w === 'number' ? w : 1;
        })
      : null,
    settings: { weighted, parameters: payload?.options?.parameters ?? {} },
  };
}

/**
 * One replay of the kept metrics job: on a fresh worker, or with `kept` on the one worker the replays
 * keep alive between jobs (as the app keeps its metrics worker); a string says why it failed.
 */
async function replayOnce(page: Page, timeoutMs: number, kept: boolean): Promise<ReplayRun | string> {
  return page.evaluate(
    async ({ limit, keep }) => {
      const w = window as unknown as {
        __bench: {
          lastJobs: Record<string, { url: string; options?: WorkerOptions; message: unknown }>;
          NativeWorker: typeof Worker;
        };
        __benchKeptWorker?: Worker;
      };
      const b = w.__bench;
      const job = b.lastJobs.metrics;
      if (!job) return 'no metrics job was kept';
      const worker = (keep ? w.__benchKeptWorker : undefined) ?? new b.NativeWorker(job.url, job.options);
      if (keep) w.__benchKeptWorker = worker;
      const events: { t: number; at?: number; type?: string; label?: string }[] = [];
      let ok = false;
      try {
        return await new Promise<ReplayRun | string>((resolve) => {
          let t0 = 0;
          let t1 = 0;
          const timer = setTimeout(() => resolve(`did not finish within ${limit / 1000} s`), limit);
          worker.onerror = (e) => {
            clearTimeout(timer);
            resolve(`the worker failed: ${e.message}`);
          };
          worker.onmessage = (e: MessageEvent) => {
            const t = performance.now();
            const d = e.data as {
              type?: string;
              label?: string;
              at?: number;
              message?: string;
              value?: unknown;
            };
            events.push({ t, at: d.at, type: d.type, label: d.label });
            if (d.type === 'error') {
              clearTimeout(timer);
              resolve(`the job failed: ${d.message ?? 'no message'}`);
            } else if (d.type === 'result') {
              clearTimeout(timer);
              ok = true;
              const approximations = (d.value as { approximations?: Record<string, unknown> } | null)
                ?.approximations;
              resolve({
                postMs: t1 - t0,
                startMs: (events.find((x) => x.type === 'progress')?.t ?? NaN) - t0,
                totalMs: t - t0,
                steps: {},
                approximated: Object.keys(approximations ?? {}),
                // Steps are computed by the runner from `events`, kept on the window meanwhile.
              } as ReplayRun);
              (window as unknown as { __benchReplayEvents: unknown }).__benchReplayEvents = events;
            }
          };
          t0 = performance.now();
          worker.postMessage(job.message);
          t1 = performance.now();
        });
      } finally {
        if (!keep || !ok) {
          worker.terminate();
          if (keep) delete w.__benchKeptWorker;
        }
      }
    },
    { limit: timeoutMs, keep: kept },
  );
}

/**
 * Replays the kept metrics job `runs` times (stopping early past `budgetMs` in all), returning each run
 * with its per-metric steps. Each run on a fresh worker; with `kept`, all on one worker instead, after
 * one run that warms it (not returned), and the worker is ended at the end.
 */
export async function replayMetrics(
  page: Page,
  runs: number,
  timeoutMs: number,
  budgetMs: number,
  kept = false,
): Promise<ReplayRun[] | string> {
  const out: ReplayRun[] = [];
  const deadline = Date.now() + budgetMs;
  try {
    for (let i = kept ? -1 : 0; i < runs && (i <= 0 || Date.now() < deadline); i++) {
      const run = await replayOnce(page, timeoutMs, kept);
      if (typeof run === 'string') return out.length ? out : run;
      if (i < 0) continue;
      const events = await page.evaluate(
        () => (window as unknown as { __benchReplayEvents: WorkerEvent[] }).__benchReplayEvents,
      );
      run.steps = Object.fromEntries(stepDurations(onWorkerClock(events)));
      if (Number.isNaN(run.startMs)) run.startMs = null;
      out.push(run);
    }
    return out;
  } finally {
    if (kept)
      await page.evaluate(() => {
        const w = window as unknown as { __benchKeptWorker?: Worker };
        w.__benchKeptWorker?.terminate();
        delete w.__benchKeptWorker;
      });
  }
}

type WorkerEvent = { t: number; at?: number; type?: string; label?: string };

/**
 * The job's progress messages timed by the worker's own clock (each carries it as `at`), so a step does
 * not include when the page happened to take the message; the page's arrival times when they do not.
 */
export function onWorkerClock(events: readonly WorkerEvent[]): WorkerEvent[] {
  const progress = events.filter((e) => e.type === 'progress');
  if (!progress.length || progress.some((e) => typeof e.at !== 'number')) return [...events];
  return progress.map((e) => ({ ...e, t: e.at! }));
}

const med = (values: number[]): Figure => (values.length ? figure(median(values)) : missing('no runs'));

/** Medians over the replays: per metric label, and the job's own figures. */
export function summariseReplays(
  runs: readonly ReplayRun[],
  graph: { nodes: number; edges: number; view: string } | null,
): { perMetric: Map<string, Figure>; job: Omit<MetricsJobFigures, 'bareRuns'> } {
  const labels = new Set(runs.flatMap((r) => Object.keys(r.steps)));
  const perMetric = new Map<string, Figure>();
  for (const label of labels)
    perMetric.set(label, med(runs.map((r) => r.steps[label]).filter((v): v is number => v !== undefined)));
  const approximated = [...new Set(runs.flatMap((r) => r.approximated))];
  return {
    perMetric,
    job: {
      graph,
      runs: runs.length,
      postMs: med(runs.map((r) => r.postMs)),
      startMs: med(runs.map((r) => r.startMs).filter((v): v is number => v !== null)),
      totalMs: med(runs.map((r) => r.totalMs)),
      stepsMs: med(runs.map((r) => Object.values(r.steps).reduce((a, b) => a + b, 0))),
      ...(approximated.length ? { sampled: approximated } : {}),
    },
  };
}
