// `npm run bench [-- --sizes S,M,L,XL]`: generates each size's partner table, builds it with the pipeline,
// opens it in the app and in bare sigma.js / cytoscape / graphology-metrics pages in one Chromium, and
// writes docs/benchmarks.md and docs/benchmarks.json.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import {
  heapMiB,
  launchBrowser,
  loadFigures,
  tabRssMiB,
  newBenchPage,
  panFrames,
  waitForFirstFrame,
  zoomFrames,
} from './browser';
import { currentView, measureActions, medianFigure, mergeSessions, type AppActions } from './app';
import {
  adoptJob,
  keptJob,
  keptJobGraph,
  type KeptJob,
  replayMetrics,
  summariseReplays,
  type JobGraph,
  type ReplayRun,
  QUIET_MS,
} from './metrics-replay';
import { median } from './stats';
import { fallbackGraph } from './fallback-graph';
import { parseSizes, type SizeName } from './args';
import { SIZES, busiestPartner } from './partner-table';
import { runPipeline } from './pipeline';
import { extractSection, mergeSizes, renderReport } from './report';
import type { Scene } from './pages/scene';
import { SITE, buildSite, publish, removeSite, serveSite } from './site';
import {
  SCHEMA,
  figure,
  missing,
  valueOf,
  type BenchReport,
  type MetricsJobFigures,
  type Figure,
  type Frames,
  type Machine,
  type MetricTiming,
  type PageFigures,
  type SizeResult,
} from './types';

const WORK = '.bench';

/**
 * How long each step may take per size, and the whole size: a step that runs past its limit is reported
 * as "did not finish within N s", and once a size has spent `totalMs` its remaining steps are skipped
 * (and said so), so `npm run bench` for S, M, L and XL stays under about 30 minutes on 2 shared cores.
 */
export interface Budget {
  totalMs: number;
  /** Kept for the references and the metrics after the app's actions (the actions stop short of it). */
  reserveMs: number;
  pipelineMs: number;
  firstFrameMs: number;
  /** Each user action, until drawn and still. */
  actionMs: number;
  /** One replay of the app's metrics job; one bare metric. */
  metricMs: number;
  /** Replays of the metrics job and runs of each bare metric (medians are reported). */
  metricRuns: number;
  /**
   * Sessions of the app: each opens it on a fresh page, then runs the actions; load and action figures
   * are the medians over them (the first session also gives memory, frames and the metrics job).
   */
  appSessions: number;
  /** Also measure bare cytoscape with its level-of-detail options. */
  lodLever: boolean;
}
export const BUDGET: Record<SizeName, Budget> = {
  S: {
    totalMs: 4 * 60_000,
    reserveMs: 90_000,
    pipelineMs: 60_000,
    firstFrameMs: 60_000,
    actionMs: 30_000,
    metricMs: 30_000,
    metricRuns: 11,
    appSessions: 3,
    lodLever: true,
  },
  M: {
    totalMs: 7 * 60_000,
    reserveMs: 150_000,
    pipelineMs: 120_000,
    firstFrameMs: 120_000,
    actionMs: 30_000,
    metricMs: 30_000,
    metricRuns: 11,
    appSessions: 3,
    lodLever: true,
  },
  L: {
    totalMs: 8 * 60_000,
    reserveMs: 150_000,
    pipelineMs: 180_000,
    firstFrameMs: 120_000,
    actionMs: 20_000,
    metricMs: 30_000,
    metricRuns: 11,
    appSessions: 3,
    lodLever: false,
  },
  XL: {
    totalMs: 10 * 60_000,
    reserveMs: 150_000,
    pipelineMs: 300_000,
    firstFrameMs: 150_000,
    actionMs: 20_000,
    metricMs: 30_000,
    metricRuns: 11,
    appSessions: 3,
    lodLever: false,
  },
};

/** When the app drew nothing, the references draw the whole graph file only up to this many nodes. */
const MAX_REFERENCE_NODES = 60_000;

/** Bare exact path metrics (Brandes, O(n·m)) only when n·(n+m) is below this: seconds, not minutes. */
const PATH_WORK_LIMIT = 2e9;

/** The app's metric labels (its progress messages name them) and the bare graphology function for each. */
const METRICS: { label: string; bare: string }[] = [
  // In the order of the app's registry (src/graph/metrics/registry.ts), so cold runs compare alike.
  { label: 'Degree', bare: 'degree' },
  { label: 'Betweenness', bare: 'betweenness' },
  { label: 'Closeness', bare: 'closeness' },
  { label: 'Eigenvector', bare: 'eigenvector' },
  { label: 'PageRank', bare: 'pagerank' },
  { label: 'Communities', bare: 'louvain' },
  { label: 'Components', bare: 'components' },
];

/** The promise's value, or a rejection after `ms` (a frozen page never answers page.evaluate). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const log = (message: string) => console.log(`bench ${new Date().toISOString().slice(11, 19)} ${message}`);
const fileBytes = (file: string) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw).length };
};
const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** The one Chromium of the run, launched again if it went away (a crash must not end the whole run). */
let current: Browser | null = null;
async function liveBrowser(): Promise<Browser> {
  if (!current?.isConnected()) {
    if (current) log('Chromium went away: launching it again');
    current = await launchBrowser();
  }
  return current;
}

async function machine(browser: Browser): Promise<Machine> {
  const page = await browser.newPage();
  const webglRenderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'no WebGL';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
  await page.close();
  let os = `${type()} ${release()}`;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // keep the kernel name
  }
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: totalmem() / 1024 ** 3,
    os,
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
    webglRenderer,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
  };
}

/** A later session of the app: its load figures and its actions. */
type Session = { load: Awaited<ReturnType<typeof loadFigures>>; actions: AppActions };

/**
 * The app's second and later sessions (budget.appSessions in all): each a fresh page, its load figures
 * (no gestures) and the same actions as the first session. Stops when the size's deadline, less the time
 * kept for the references, leaves less than a session may take.
 */
async function moreSessions(
  base: string,
  hub: string | null,
  budget: Budget,
  deadline: number,
  /** How long the first session took to load and run the actions: the next one is expected to take as long. */
  firstSessionMs: number,
  log: (m: string) => void,
): Promise<Session[]> {
  const out: Session[] = [];
  const actionsDeadline = deadline - budget.reserveMs;
  let expected = firstSessionMs;
  for (let k = 2; k <= budget.appSessions; k++) {
    if (actionsDeadline - Date.now() < 1.5 * expected) break;
    const started = Date.now();
    log(`the app, session ${k} of ${budget.appSessions}`);
    const page = await newBenchPage(await liveBrowser());
    try {
      await page.goto(base, { waitUntil: 'commit' });
      const first = await waitForFirstFrame(page, budget.firstFrameMs);
      if (first === null) break;
      const load = await loadFigures(page, first);
      const actions: AppActions = { initialView: '', actions: [], hoverFrames: missing('not measured') };
      await within(
        measureActions(page, budget.actionMs, hub, () => undefined, actionsDeadline, actions),
        Math.max(0, actionsDeadline - Date.now()) + 4 * budget.actionMs,
      );
      out.push({ load, actions: { ...actions, actions: [...actions.actions] } });
      expected = Date.now() - started;
    } catch (e) {
      log(`session ${k} stopped: ${errorText(e)}`);
      break;
    } finally {
      await page.context().close();
    }
  }
  return out;
}

/** The app's bundled graph in this build (data/graph.json as a hashed asset), which the bench swaps. */
function bundledGraphAsset(): string | null {
  const dir = `${SITE}/assets`;
  if (!existsSync(dir)) return null;
  return readdirSync(dir).find((f) => /^graph-[\w-]+\.json$/.test(f)) ?? null;
}

const noPage = (reason: string): PageFigures => {
  const m = missing(reason);
  return {
    firstFrameMs: m,
    interactiveMs: m,
    heapMiB: m,
    longTaskCount: m,
    longTaskMaxMs: m,
    pan: { missing: reason },
    zoom: { missing: reason },
  };
};

/** Loading, memory, main-thread and frame figures of one page that draws a graph. */
async function measurePage(
  page: Page,
  url: string,
  canvas: string | null,
  firstFrameTimeoutMs: number,
): Promise<PageFigures> {
  await page.goto(url, { waitUntil: 'commit' });
  const first = await waitForFirstFrame(page, firstFrameTimeoutMs);
  if (first === null) {
    // The page may be frozen: ask what went wrong, but do not wait for it.
    const error = await within(
      page.evaluate(() => (window as unknown as { __benchError?: string }).__benchError),
      2000,
    ).catch(() => undefined);
    const none = noPage(
      error ? `the page failed: ${error}` : `no graph was drawn within ${firstFrameTimeoutMs / 1000} s`,
    );
    // What the tab holds even so (a frozen page answers CDP late or not at all).
    const tab = await within(tabRssMiB(page), 10_000).catch(() => null);
    const heap = await within(heapMiB(page), 10_000).catch(() => null);
    return {
      ...none,
      ...(tab === null ? {} : { tabRssMiB: figure(tab) }),
      ...(heap === null ? {} : { heapMiB: figure(heap) }),
    };
  }
  const load = await loadFigures(page, first);
  const pan = await panFrames(page, canvas);
  const zoom = await zoomFrames(page, canvas);
  return { ...load, pan, zoom };
}

async function appScene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    type El = { id(): string; data(k: string): unknown; position(): { x: number; y: number } };
    type Coll = { map<T>(f: (e: El) => T): T[] };
    type Edge = { source(): El; target(): El };
    const cy = (window as unknown as { cy: { nodes(): Coll; edges(): { map<T>(f: (e: Edge) => T): T[] } } })
      .cy;
    return {
      nodes: cy
        .nodes()
        .map((n) => ({ id: n.id(), ...n.position(), label: String(n.data('label') ?? n.id()) })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
  });
}

function fileScene(graphFile: string): Scene {
  const g = JSON.parse(readFileSync(graphFile, 'utf8')) as {
    nodes: { key: string; attributes: { x?: number; y?: number; label?: string } }[];
    edges: { source: string; target: string }[];
  };
  let seed = 7;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1000;
  return {
    nodes: g.nodes.map((n) => ({
      id: n.key,
      x: n.attributes.x ?? rand(),
      y: n.attributes.y ?? rand(),
      label: n.attributes.label ?? n.key,
    })),
    edges: g.edges.map((e) => ({ source: e.source, target: e.target })),
  };
}

export interface BareMetric {
  /** Median over fresh pages of the metric's first run there (compiled cold, as in the app's fresh worker). */
  cold: Figure;
  /** Median of repeated runs in one page (compiled warm). */
  warm: Figure;
}

/** What the bare metrics pages measured: bare graphology-metrics, and the app's job replayed beside it. */
export interface BareMetricsRun {
  bare: Record<string, BareMetric>;
  /** The app's metrics job on a fresh worker started by each of the same fresh pages (per its step labels). */
  beside: ReplayRun[] | string;
}

/**
 * Bare graphology-metrics on the main thread: `runs` fresh pages, each running every metric once in the
 * app's order, back to back in one task (cold, as the app's worker runs each job in a fresh worker), and the last page repeating
 * each metric `runs` more times (warm). Each of these pages also replays the app's metrics job (`job`) on
 * a fresh worker of the app's script, before the bare metrics in even runs and after them in odd ones:
 * the two sides then run in the same conditions (a page holding nothing else, the machine's load of the
 * moment), which the replays in the app's own page cannot give at L and XL, where that page holds the
 * dataset and may still be indexing it.
 */
async function bareMetrics(
  base: string,
  sceneUrl: string,
  graph: { nodes: number; edges: number },
  job: KeptJob | string,
  budget: Budget,
  deadline: number,
  notes: string[],
): Promise<BareMetricsRun> {
  const beside: ReplayRun[] = [];
  let besideFailed = typeof job === 'string' ? job : '';
  const replayBeside = async (page: Page) => {
    if (typeof job === 'string' || besideFailed) return;
    try {
      await adoptJob(page, job);
      await page.waitForTimeout(QUIET_MS);
      const runs = await replayMetrics(page, 1, budget.metricMs, budget.metricMs);
      if (typeof runs === 'string') besideFailed = `the replay beside the bare metrics failed: ${runs}`;
      else beside.push(...runs);
    } catch (e) {
      besideFailed = `the replay beside the bare metrics failed: ${errorText(e)}`;
    }
  };
  const cold = new Map<string, number[]>();
  const warm = new Map<string, number[]>();
  const failed = new Map<string, string>();
  const pathWork = graph.nodes * (graph.nodes + graph.edges);
  for (const { bare: name } of METRICS)
    if ((name === 'betweenness' || name === 'closeness') && pathWork > PATH_WORK_LIMIT)
      failed.set(
        name,
        `bare exact ${name} (O(n·m)) skipped on this graph: n·(n+m) = ${pathWork.toExponential(1)} ` +
          `is over ${PATH_WORK_LIMIT.toExponential(0)}, minutes on the main thread`,
      );
  const run = (page: Page, name: string) =>
    within(
      page.evaluate((n) => (window as unknown as { bareMetric(n: string): number }).bareMetric(n), name),
      budget.metricMs,
    );
  for (let r = 0; r < budget.metricRuns && Date.now() < deadline; r++) {
    const page = await newBenchPage(await liveBrowser());
    try {
      await page.goto(`${base}bench-refs/metrics.html?scene=${encodeURIComponent(sceneUrl)}`);
      await page.waitForFunction(() => 'bareMetric' in window, undefined, { timeout: 60_000 });
      const last = r === budget.metricRuns - 1 || Date.now() > deadline - 60_000;
      if (r % 2 === 0) await replayBeside(page);
      await page.waitForTimeout(QUIET_MS);
      // Every metric once, back to back in one task, in the app's order: as the app's worker runs its
      // job (a call per metric let the compilers finish in the gaps what the next metric would reuse).
      const names = METRICS.map((m) => m.bare).filter((name) => !failed.has(name));
      let times: number[];
      try {
        times = await within(
          page.evaluate(
            (list) => (window as unknown as { bareMetrics(n: string[]): number[] }).bareMetrics(list),
            names,
          ),
          budget.metricMs * names.length,
        );
      } catch (e) {
        for (const name of names) failed.set(name, `bare metrics: ${errorText(e)}`);
        notes.push(`The bare metrics were stopped: ${errorText(e)} (page closed).`);
        break;
      }
      names.forEach((name, i) => cold.set(name, [...(cold.get(name) ?? []), times[i]!]));
      if (last)
        for (const [i, name] of names.entries()) {
          if (times[i]! >= budget.metricMs / 4) continue;
          for (let k = 0; k < budget.metricRuns; k++)
            warm.set(name, [...(warm.get(name) ?? []), await run(page, name)]);
        }
      if (r % 2 === 1) await replayBeside(page);
      if (last) break;
    } catch (e) {
      notes.push(`The bare metrics page failed: ${errorText(e)}.`);
    } finally {
      // Closing the context ends the page even when a metric still runs on its main thread.
      await page.context().close();
    }
  }
  const pick = (m: Map<string, number[]>, name: string, ifNone: string): Figure => {
    const v = m.get(name);
    if (v?.length) return figure(median(v));
    return missing(failed.get(name) ?? ifNone);
  };
  return {
    bare: Object.fromEntries(
      METRICS.map(({ bare: name }) => [
        name,
        {
          cold: pick(cold, name, SPENT),
          warm: pick(warm, name, 'not repeated: a single run took most of its time limit'),
        },
      ]),
    ),
    beside: beside.length ? beside : besideFailed || SPENT,
  };
}

const SPENT = "skipped: this size's time budget was spent";

/** The size's partner table, generated unless an up-to-date copy is already in .bench/ (it is seeded). */
function partnerTableFile(size: SizeName): string {
  const csv = `${WORK}/${size}.csv`;
  const generator = ['scripts/bench/partner-table.ts', 'scripts/bench/generate.ts'];
  const fresh = existsSync(csv) && generator.every((g) => statSync(g).mtimeMs < statSync(csv).mtimeMs);
  if (!fresh)
    execFileSync('node_modules/.bin/tsx', ['scripts/bench/generate.ts', '--size', size, '--out', csv], {
      stdio: 'ignore',
    });
  return csv;
}

async function runSize(base: string, size: SizeName): Promise<SizeResult> {
  const started = Date.now();
  const budget = BUDGET[size];
  const deadline = started + budget.totalMs;
  const left = () => deadline - Date.now();
  const notes: string[] = [];
  log(`${size}: the partner table`);
  const csv = partnerTableFile(size);
  const rows = Papa.parse<{ partner?: string }>(readFileSync(csv, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const participations = rows.length;
  const hub = busiestPartner(rows);

  log(`${size}: pipeline build:data --csv`);
  const graphFile = `${WORK}/${size}.graph.json`;
  const built = await runPipeline(csv, graphFile, budget.pipelineMs);
  let graphSource = 'the pipeline';
  const pipeline = built.ok
    ? { seconds: figure(built.time.seconds), peakRssMiB: figure(built.time.maxRssKiB / 1024) }
    : { seconds: missing(`pipeline: ${built.reason}`), peakRssMiB: missing(`pipeline: ${built.reason}`) };
  if (!built.ok) {
    notes.push(
      `STAND-IN GRAPH: the pipeline could not build this size (${built.reason}), so every page drew the ` +
        "bench's stand-in graph instead (scripts/bench/fallback-graph.ts: same node and edge types; " +
        'positions from 30 ForceAtlas2 iterations, or seeded random ones above 20,000 nodes). Its file size ' +
        "and the app's figures are not the pipeline's.",
    );
    graphSource = 'STAND-IN graph from scripts/bench/fallback-graph.ts, not the pipeline';
    writeFileSync(graphFile, JSON.stringify(fallbackGraph(csv, `bench ${size}`)));
  }

  log(`${size}: the app`);
  const asset = bundledGraphAsset();
  let app: PageFigures = noPage('this build of the app loads no bundled graph (data/graph.json)');
  let scene: Scene | null = null;
  const actions: AppActions = {
    initialView: '',
    actions: [],
    hoverFrames: missing('the app drew no graph in this run'),
  };
  let merged: AppActions = actions;
  let firstSessionMs = 0;
  let replays: ReplayRun[] | string = 'the app drew no graph in this run';
  let keptReplays: ReplayRun[] | string = 'the fresh-worker replays did not run';
  let drawnScene: Scene | null = null;
  let drawnView = '';
  let drawnApp: { pan: Frames; zoom: Frames } | null = null;
  let jobGraph: JobGraph | string = 'the app drew no graph in this run';
  let appJob: KeptJob | string = 'the app drew no graph in this run';
  if (asset) {
    // The size's graph replaces the bundled one on disk (not through page.route: a 200 MiB body sent
    // over the DevTools protocol can take Chromium down).
    copyFileSync(graphFile, `${SITE}/assets/${asset}`);
    const page = await newBenchPage(await liveBrowser());
    try {
      app = await within(measurePage(page, base, null, budget.firstFrameMs), budget.firstFrameMs + 90_000);
      if ('value' in app.firstFrameMs) {
        scene = await within(appScene(page), 30_000);
        await page.evaluate(() => {
          (window as unknown as { __bench: { keepPayloads: boolean } }).__bench.keepPayloads = true;
        });
        log(`${size}: app actions`);
        // Each action has its own limit and they stop at the deadline; this only catches a page that
        // stopped answering. What finished before is kept in `actions`.
        const actionsDeadline = deadline - budget.reserveMs;
        const actionsStarted = Date.now();
        await within(
          measureActions(
            page,
            // Whole seconds, so the reports read "within 20 s".
            Math.round(Math.min(budget.actionMs, Math.max(5000, left() / 10)) / 1000) * 1000,
            hub,
            (m) => log(`${size}: ${m}`),
            actionsDeadline,
            actions,
          ),
          Math.max(0, actionsDeadline - Date.now()) + 4 * budget.actionMs,
        ).catch((e: unknown) => {
          notes.push(`The app's actions were stopped: ${errorText(e)}.`);
        });
        // A copy: an action abandoned above may still finish (on a closed page) and must not land here.
        actions.actions = [...actions.actions];
        firstSessionMs = valueOf(app.firstFrameMs)! + 2500 + (Date.now() - actionsStarted);
        // The drawing the actions ended on, when larger than the first (an overview): its frame times.
        const last = await within(appScene(page), 30_000).catch(() => null);
        if (last && scene && last.nodes.length > scene.nodes.length && left() > 90_000) {
          log(`${size}: pan and zoom on the app's ${await currentView(page)} drawing`);
          drawnScene = last;
          drawnView = await currentView(page);
          drawnApp = { pan: await panFrames(page, null), zoom: await zoomFrames(page, null) };
        }
        log(`${size}: the app's metrics job, replayed ${budget.metricRuns} times`);
        appJob = await within(keptJob(page), 60_000).catch((e: unknown) => errorText(e));
        jobGraph = typeof appJob === 'string' ? appJob : keptJobGraph(appJob);
        if (typeof jobGraph !== 'string')
          replays = await within(
            replayMetrics(page, budget.metricRuns, budget.metricMs, Math.max(0, left() / 4)),
            budget.metricMs * budget.metricRuns + 30_000,
          ).catch((e: unknown) => errorText(e));
        else replays = jobGraph;
        if (typeof replays !== 'string') {
          log(`${size}: the app's metrics job, replayed on one worker kept between jobs`);
          keptReplays = await within(
            replayMetrics(page, budget.metricRuns, budget.metricMs, Math.max(0, left() / 4), true),
            budget.metricMs * (budget.metricRuns + 1) + 30_000,
          ).catch((e: unknown) => errorText(e));
        }
      }
    } catch (e) {
      app = noPage(`the app run failed: ${errorText(e)}`);
    }
    // Closing the context ends the page even when its main thread is frozen.
    await page.context().close();
    if ('value' in app.firstFrameMs) {
      const more = await moreSessions(base, hub, budget, deadline, firstSessionMs, (m) =>
        log(`${size}: ${m}`),
      );
      const loads = [app, ...more.map((m) => m.load)];
      merged = mergeSessions([actions, ...more.map((m) => m.actions)]);
      if (more.length) {
        app = {
          ...app,
          firstFrameMs: medianFigure(loads.map((l) => l.firstFrameMs)),
          interactiveMs: medianFigure(loads.map((l) => l.interactiveMs)),
          longTaskCount: medianFigure(loads.map((l) => l.longTaskCount)),
          longTaskMaxMs: medianFigure(loads.map((l) => l.longTaskMaxMs)),
          sessionsLongTaskMaxMs: loads.map((l) => valueOf(l.longTaskMaxMs)),
        };
        notes.push(
          `The app was opened in ${loads.length} sessions, each on a fresh page: its load and action figures are ` +
            'the medians of the sessions (each session’s own in the tables); memory, frame times and the metrics ' +
            'job are the first session’s.',
        );
      } else notes.push('The app was opened in one session (no time was left for more).');
    }
  }
  if (!scene) {
    scene = fileScene(graphFile);
    notes.push(
      'The references drew the whole graph file at its stored positions (the app drew nothing to copy).',
    );
  } else
    notes.push(
      'The references drew exactly the nodes and edges the app had on screen after loading, at the same positions.',
    );
  writeFileSync(`${WORK}/${size}.scene.json`, JSON.stringify(scene));
  const sceneUrl = publish(`${WORK}/${size}.scene.json`, `${size}.scene.json`);

  const reference = async (name: 'sigma' | 'cytoscape', query = '') => {
    if (left() < 30_000) return noPage(SPENT);
    if (scene.nodes.length > MAX_REFERENCE_NODES)
      return noPage(
        `not drawn: the app drew nothing to copy, and the whole graph (${scene.nodes.length} nodes) is past ` +
          `what a reference page is given (${MAX_REFERENCE_NODES})`,
      );
    log(`${size}: bare ${name}${query}`);
    const page = await newBenchPage(await liveBrowser());
    try {
      return await within(
        measurePage(
          page,
          `${base}bench-refs/${name}.html?scene=${encodeURIComponent(sceneUrl)}${query}`,
          '#graph',
          Math.min(budget.firstFrameMs, left()),
        ),
        budget.firstFrameMs + 90_000,
      );
    } catch (e) {
      return noPage(`the ${name} page failed: ${errorText(e)}`);
    } finally {
      await page.context().close();
    }
  };
  const sigma = await reference('sigma');
  const cytoscape = await reference('cytoscape');
  const cytoscapeLod = budget.lodLever ? await reference('cytoscape', '&lod=1') : undefined;
  let drawn: SizeResult['drawn'];
  if (drawnScene && drawnApp && left() > 30_000) {
    writeFileSync(`${WORK}/${size}.drawn-scene.json`, JSON.stringify(drawnScene));
    const drawnUrl = publish(`${WORK}/${size}.drawn-scene.json`, `${size}.drawn-scene.json`);
    log(`${size}: bare sigma on the ${drawnView} drawing`);
    const page = await newBenchPage(await liveBrowser());
    try {
      const bare = await within(
        measurePage(
          page,
          `${base}bench-refs/sigma.html?scene=${encodeURIComponent(drawnUrl)}`,
          '#graph',
          Math.min(budget.firstFrameMs, left()),
        ),
        budget.firstFrameMs + 90_000,
      );
      drawn = {
        view: drawnView,
        nodes: drawnScene.nodes.length,
        edges: drawnScene.edges.length,
        app: drawnApp,
        sigma: { pan: bare.pan, zoom: bare.zoom },
      };
    } catch (e) {
      notes.push(`Bare sigma.js on the ${drawnView} drawing failed: ${errorText(e)}.`);
    } finally {
      await page.context().close();
    }
  }

  let metrics: MetricTiming[];
  let metricsJob: MetricsJobFigures | undefined;
  if (typeof jobGraph === 'string' || typeof replays === 'string') {
    const why = missing(
      `the app's metrics job was not replayed: ${typeof replays === 'string' ? replays : jobGraph}`,
    );
    metrics = METRICS.map(({ label }) => ({ metric: label, workerMs: why, bareMs: why, bareWarmMs: why }));
  } else {
    log(`${size}: bare graphology-metrics on the job's graph`);
    // The job's graph with its weights, and its settings: the bare page computes with the same ones.
    const weights = jobGraph.weights;
    const jobScene: Scene & { job: JobGraph['settings'] } = {
      nodes: jobGraph.nodes.map((id) => ({ id, x: 0, y: 0, label: id })),
      edges: jobGraph.edges.map(([source, target], i) => ({
        source,
        target,
        ...(weights ? { weight: weights[i]! } : {}),
      })),
      job: jobGraph.settings,
    };
    writeFileSync(`${WORK}/${size}.metrics-graph.json`, JSON.stringify(jobScene));
    const jobUrl = publish(`${WORK}/${size}.metrics-graph.json`, `${size}.metrics-graph.json`);
    const dims = { nodes: jobGraph.nodes.length, edges: jobGraph.edges.length };
    const { bare, beside } = await bareMetrics(base, jobUrl, dims, appJob, budget, deadline, notes);
    const summary = summariseReplays(replays, { ...dims, view: '' });
    const besideSummary = typeof beside === 'string' ? null : summariseReplays(beside, null);
    const kept = typeof keptReplays === 'string' ? null : summariseReplays(keptReplays, null);
    metricsJob = {
      ...summary.job,
      bareRuns: budget.metricRuns,
      besideRuns: besideSummary ? besideSummary.job.runs : 0,
      kept: kept
        ? {
            runs: kept.job.runs,
            startMs: kept.job.startMs,
            totalMs: kept.job.totalMs,
            stepsMs: kept.job.stepsMs,
          }
        : { missing: String(keptReplays) },
    };
    const noStep = (label: string) => missing(`the app's metrics job has no step named ${label}`);
    metrics = METRICS.map(({ label, bare: name }) => ({
      metric: label,
      workerMs: summary.perMetric.get(label) ?? noStep(label),
      workerKeptMs: kept
        ? (kept.perMetric.get(label) ?? noStep(label))
        : missing(`not replayed on a kept worker: ${String(keptReplays)}`),
      workerBesideMs: besideSummary
        ? (besideSummary.perMetric.get(label) ?? noStep(label))
        : missing(`not replayed beside the bare metrics: ${String(beside)}`),
      bareMs: bare[name]!.cold,
      bareWarmMs: bare[name]!.warm,
    }));
  }
  return {
    schema: SCHEMA,
    size,
    benchSeconds: (Date.now() - started) / 1000,
    measuredAt: new Date().toISOString(),
    commit: commit(),
    table: { ...SIZES[size], participations },
    csvBytes: fileBytes(csv),
    graphBytes: fileBytes(graphFile),
    graph: { nodes: scene.nodes.length, edges: scene.edges.length, source: graphSource },
    pipeline,
    app: {
      ...app,
      initialView: merged.initialView,
      actions: merged.actions,
      hoverFrames: merged.hoverFrames,
      metrics,
      ...(metricsJob ? { metricsJob } : {}),
    },
    sigma,
    cytoscape,
    cytoscapeLod,
    ...(drawn ? { drawn } : {}),
    notes,
  };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts']).toString().trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

/** Sizes measured by an earlier run, kept when this run does not measure them again. */
function previousSizes(): SizeResult[] {
  try {
    return (JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as BenchReport).sizes.filter(
      (s) => s.schema === SCHEMA,
    );
  } catch {
    return [];
  }
}

/**
 * "What bounds each figure" is written by hand in docs/benchmarks.md itself (it explains the figures, so it
 * lives beside them); each run keeps that section as it is and rewrites the rest.
 */
const BOUNDS = 'What bounds each figure';

function write(report: BenchReport): void {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.json', JSON.stringify(report, null, 2) + '\n');
  const previous = existsSync('docs/benchmarks.md') ? readFileSync('docs/benchmarks.md', 'utf8') : '';
  const bounds = extractSection(previous, BOUNDS) ?? '(not written yet)';
  writeFileSync('docs/benchmarks.md', renderReport(report, bounds));
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    // Only re-render docs/benchmarks.md from docs/benchmarks.json (after a change to the report's format).
    write(JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as BenchReport);
    return;
  }
  const sizes = parseSizes(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  log('building the app and the reference pages');
  await buildSite();
  const server = await serveSite();
  const browser = await liveBrowser();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    commit: commit(),
    machine: await machine(browser),
    sizes: [],
  };
  const fresh: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const started = Date.now();
      try {
        fresh.push(await runSize(server.url, size));
      } catch (e) {
        // One size failing (a crash, a full disk) must not lose the others: say so and go on.
        log(`${size}: failed, not in the report: ${errorText(e)}`);
        continue;
      }
      // Merged with what is on disk now, so a run of other sizes at the same time is not overwritten.
      report.sizes = mergeSizes(previousSizes(), fresh);
      report.finishedAt = new Date().toISOString();
      write(report);
      log(`${size}: done in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await current?.close();
    await server.close();
    removeSite();
  }
  log('wrote docs/benchmarks.md and docs/benchmarks.json');
}

main().catch((e) => {
  console.error(`bench: ${errorText(e)}`);
  process.exit(1);
});
