// `npm run bench [-- --sizes S,M,L,XL]`: generates each size's partner table, builds it with the pipeline,
// opens it in the app and in bare sigma.js / cytoscape / graphology-metrics pages in one Chromium, and
// writes docs/benchmarks.md and docs/benchmarks.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  loadFigures,
  newBenchPage,
  panFrames,
  waitForFirstFrame,
  zoomFrames,
} from './browser';
import { measureActions, type AppActions } from './app';
import { fallbackGraph } from './fallback-graph';
import { parseSizes, type SizeName } from './args';
import { SIZES } from './partner-table';
import { runPipeline } from './pipeline';
import { mergeSizes, renderReport } from './report';
import type { Scene } from './pages/scene';
import { SITE, buildSite, publish, removeSite, serveSite } from './site';
import {
  figure,
  missing,
  type BenchReport,
  type Figure,
  type Machine,
  type MetricTiming,
  type PageFigures,
  type SizeResult,
} from './types';

const WORK = '.bench';

/**
 * How long each step may take per size before it is reported as not finished. L and XL get short budgets
 * on this shared 2-core machine: what does not finish in them is reported as such, not waited for.
 */
interface Budget {
  pipelineMs: number;
  firstFrameMs: number;
  actionMs: number;
  metricMs: number;
  /** Bare betweenness and closeness (Brandes, O(n·m)): only where they finish within metricMs. */
  pathMetrics: boolean;
  /** Also measure bare cytoscape with its level-of-detail options. */
  lodLever: boolean;
}
const BUDGET: Record<SizeName, Budget> = {
  S: {
    pipelineMs: 120_000,
    firstFrameMs: 60_000,
    actionMs: 60_000,
    metricMs: 60_000,
    pathMetrics: true,
    lodLever: true,
  },
  M: {
    pipelineMs: 300_000,
    firstFrameMs: 120_000,
    actionMs: 120_000,
    metricMs: 90_000,
    pathMetrics: true,
    lodLever: true,
  },
  L: {
    pipelineMs: 120_000,
    firstFrameMs: 180_000,
    actionMs: 60_000,
    metricMs: 60_000,
    pathMetrics: false,
    lodLever: false,
  },
  XL: {
    pipelineMs: 120_000,
    firstFrameMs: 240_000,
    actionMs: 60_000,
    metricMs: 60_000,
    pathMetrics: false,
    lodLever: false,
  },
};

/** The app's metric labels (its progress messages name them) and the bare graphology function for each. */
const METRICS: { label: string; bare: string }[] = [
  { label: 'Degree', bare: 'degree' },
  { label: 'PageRank', bare: 'pagerank' },
  { label: 'Eigenvector', bare: 'eigenvector' },
  { label: 'Communities', bare: 'louvain' },
  { label: 'Components', bare: 'components' },
  { label: 'Closeness', bare: 'closeness' },
  { label: 'Betweenness', bare: 'betweenness' },
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
    return noPage(
      error ? `the page failed: ${error}` : `no graph was drawn within ${firstFrameTimeoutMs / 1000} s`,
    );
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

async function bareMetrics(
  browser: Browser,
  base: string,
  sceneUrl: string,
  budget: Budget,
  notes: string[],
): Promise<Record<string, Figure>> {
  const budgetMs = budget.metricMs;
  const out: Record<string, Figure> = {};
  let page = await newBenchPage(browser);
  const open = async () => {
    await page.goto(`${base}bench-refs/metrics.html?scene=${encodeURIComponent(sceneUrl)}`);
    await page.waitForFunction(() => 'bareMetric' in window, undefined, { timeout: 120_000 });
  };
  await open();
  for (const { bare: name } of METRICS) {
    if (!budget.pathMetrics && (name === 'betweenness' || name === 'closeness')) {
      out[name] = missing(
        'bare exact betweenness and closeness (O(n·m)) skipped at this size: minutes on the main thread',
      );
      continue;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), budgetMs)));
    const run = page.evaluate(
      (n) => (window as unknown as { bareMetric(n: string): number }).bareMetric(n),
      name,
    );
    try {
      const result = await Promise.race([run, timeout]);
      if (result === 'timeout') {
        out[name] = missing(`bare ${name} did not finish within ${budgetMs / 1000} s`);
        notes.push(`Bare ${name} was stopped after ${budgetMs / 1000} s (page closed).`);
        await page.context().close();
        page = await newBenchPage(browser);
        await open();
      } else out[name] = figure(result);
    } catch (e) {
      out[name] = missing(`bare ${name} failed: ${errorText(e)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  await page.context().close();
  return out;
}

async function runSize(browser: Browser, base: string, size: SizeName): Promise<SizeResult> {
  const budget = BUDGET[size];
  const notes: string[] = [];
  const csv = `${WORK}/${size}.csv`;
  log(`${size}: generating the partner table`);
  execFileSync('node_modules/.bin/tsx', ['scripts/bench/generate.ts', '--size', size, '--out', csv], {
    stdio: 'ignore',
  });
  const participations = readFileSync(csv, 'utf8').split('\n').filter(Boolean).length - 1;

  log(`${size}: pipeline build:data --csv`);
  const graphFile = `${WORK}/${size}.graph.json`;
  const built = await runPipeline(csv, graphFile, budget.pipelineMs);
  let graphSource = 'the pipeline';
  const pipeline = built.ok
    ? { seconds: figure(built.time.seconds), peakRssMiB: figure(built.time.maxRssKiB / 1024) }
    : { seconds: missing(`pipeline: ${built.reason}`), peakRssMiB: missing(`pipeline: ${built.reason}`) };
  if (!built.ok) {
    notes.push(
      `The pipeline could not build this size (${built.reason}); the pages drew the bench's stand-in graph ` +
        '(scripts/bench/fallback-graph.ts: same node and edge types; positions from 30 ForceAtlas2 iterations, ' +
        'or seeded random ones above 20,000 nodes).',
    );
    graphSource = 'bench stand-in graph, not the pipeline';
    writeFileSync(graphFile, JSON.stringify(fallbackGraph(csv, `bench ${size}`)));
  }

  log(`${size}: the app`);
  const asset = bundledGraphAsset();
  let app: PageFigures = noPage('this build of the app loads no bundled graph (data/graph.json)');
  let scene: Scene | null = null;
  const noApp = missing('the app drew no graph in this run');
  let actions: AppActions = {
    switchViewMs: noApp,
    filterMs: noApp,
    egoMs: noApp,
    switchViewTaskMs: noApp,
    filterTaskMs: noApp,
    egoTaskMs: noApp,
    hoverFrames: noApp,
    workerMetrics: 'the app drew no graph in this run',
  };
  if (asset) {
    const page = await newBenchPage(browser);
    await page.route(`**/assets/${asset}`, (route) =>
      route.fulfill({ path: graphFile, contentType: 'application/json' }),
    );
    try {
      app = await within(measurePage(page, base, null, budget.firstFrameMs), budget.firstFrameMs + 120_000);
      if ('value' in app.firstFrameMs) {
        scene = await within(appScene(page), 60_000);
        log(`${size}: app actions (hover, filter, ego, metrics, view switch)`);
        actions = await within(
          measureActions(page, budget.actionMs, budget.metricMs * 3),
          6 * budget.actionMs + 3 * budget.metricMs,
        ).catch((e: Error) => {
          notes.push(`The app's actions were stopped: ${errorText(e)}.`);
          return actions;
        });
      }
    } catch (e) {
      app = noPage(`the app run failed: ${errorText(e)}`);
    }
    // Closing the context ends the page even when its main thread is frozen.
    await page.context().close();
  }
  if (!scene) {
    scene = fileScene(graphFile);
    notes.push(
      'The references drew the whole graph file at its stored positions (the app drew nothing to copy).',
    );
  } else
    notes.push(
      'The references drew exactly the nodes and edges the app had on screen, at the same positions.',
    );
  const sceneUrl = publish(
    (writeFileSync(`${WORK}/${size}.scene.json`, JSON.stringify(scene)), `${WORK}/${size}.scene.json`),
    `${size}.scene.json`,
  );

  const reference = async (name: 'sigma' | 'cytoscape', query = '') => {
    log(`${size}: bare ${name}${query}`);
    const page = await newBenchPage(browser);
    try {
      return await within(
        measurePage(
          page,
          `${base}bench-refs/${name}.html?scene=${encodeURIComponent(sceneUrl)}${query}`,
          '#graph',
          budget.firstFrameMs,
        ),
        budget.firstFrameMs + 120_000,
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

  log(`${size}: bare graphology-metrics`);
  const bare = await bareMetrics(browser, base, sceneUrl, budget, notes);
  const metrics: MetricTiming[] = METRICS.map(({ label, bare: name }) => ({
    metric: label,
    workerMs:
      typeof actions.workerMetrics === 'string'
        ? missing(actions.workerMetrics)
        : actions.workerMetrics.has(label)
          ? figure(actions.workerMetrics.get(label)!)
          : missing(`the app's metrics job has no step named ${label}`),
    bareMs: bare[name]!,
  }));
  return {
    size,
    measuredAt: new Date().toISOString(),
    commit: commit(),
    table: { ...SIZES[size], participations },
    csvBytes: fileBytes(csv),
    graphBytes: fileBytes(graphFile),
    graph: { nodes: scene.nodes.length, edges: scene.edges.length, source: graphSource },
    pipeline,
    app: {
      ...app,
      switchViewMs: actions.switchViewMs,
      filterMs: actions.filterMs,
      egoMs: actions.egoMs,
      switchViewTaskMs: actions.switchViewTaskMs,
      filterTaskMs: actions.filterTaskMs,
      egoTaskMs: actions.egoTaskMs,
      hoverFrames: actions.hoverFrames,
      metrics,
    },
    sigma,
    cytoscape,
    cytoscapeLod,
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
      (s) => typeof s.measuredAt === 'string',
    );
  } catch {
    return [];
  }
}

function write(report: BenchReport): void {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.json', JSON.stringify(report, null, 2) + '\n');
  const bounds = readFileSync('scripts/bench/bounds.md', 'utf8');
  writeFileSync('docs/benchmarks.md', renderReport(report, bounds));
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    // Only re-render docs/benchmarks.md from docs/benchmarks.json (after editing bounds.md).
    write(JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as BenchReport);
    return;
  }
  const sizes = parseSizes(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  log('building the app and the reference pages');
  await buildSite();
  const server = await serveSite();
  const browser = await launchBrowser();
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
      fresh.push(await runSize(browser, server.url, size));
      // Merged with what is on disk now, so a run of other sizes at the same time is not overwritten.
      report.sizes = mergeSizes(previousSizes(), fresh);
      report.finishedAt = new Date().toISOString();
      write(report);
      log(`${size}: done in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
    removeSite();
  }
  log('wrote docs/benchmarks.md and docs/benchmarks.json');
}

main().catch((e) => {
  console.error(`bench: ${errorText(e)}`);
  process.exit(1);
});
