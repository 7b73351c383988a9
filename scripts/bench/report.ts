// Renders a benchmark run as Markdown: the machine, then one table per size, ratios to the bare references.
import { boundedRatio, ratio, TIMER_FLOOR_MS } from './stats';
import { QUIET_MS } from './metrics-replay';
import { checkTargets, type TargetCheck } from './targets';
import type { ActionId, BenchReport, Figure, Frames, PageFigures, SizeResult } from './types';
import { valueOf } from './types';

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const MiB = 1024 * 1024;
const bytes = (n: number): string => (n >= MiB ? `${fmt(n / MiB, 1)} MiB` : `${fmt(n / 1024, 1)} KiB`);

/** Collects footnotes so a table cell can say "—¹" and the reason appears once below the table. */
class Notes {
  readonly list: string[] = [];
  mark(reason: string): string {
    let i = this.list.indexOf(reason);
    if (i < 0) i = this.list.push(reason) - 1;
    return `— [${i + 1}]`;
  }
}

function cell(f: Figure | undefined, notes: Notes, digits = 0): string {
  if (!f) return '';
  return 'value' in f ? fmt(f.value, digits) : notes.mark(f.missing);
}

function ratioCell(ours: number | null, reference: number | null): string {
  const r = ratio(ours, reference);
  return r === null ? '' : `${fmt(r, 2)}x`;
}

/** A ratio of two times with the timer floor (stats.boundedRatio): "1.20x", "≥ 1.90x", "≤ 0.50x". */
function boundedRatioCell(ours: number | null, reference: number | null): string {
  const r = boundedRatio(ours, reference);
  if (!r) return '';
  if (r.ratio === null) return `both < ${TIMER_FLOOR_MS} ms`;
  const sign = r.bound === 'at least' ? '≥ ' : r.bound === 'at most' ? '≤ ' : '';
  return `${sign}${fmt(r.ratio, 2)}x`;
}

const frameValue = (f: Frames, key: 'median' | 'p95'): Figure =>
  'summary' in f ? { value: f.summary[key] } : { missing: f.missing };

type Row = [label: string, pick: (p: PageFigures) => Figure, digits: number];

const PAGE_ROWS: Row[] = [
  ['Navigation to first drawn frame (ms)', (p) => p.firstFrameMs, 0],
  ['Navigation to interactive (ms)', (p) => p.interactiveMs, 0],
  ['JS heap after load, main thread (MiB)', (p) => p.heapMiB, 1],
  ["JS heap of the page's live workers (MiB)", (p) => p.workersHeapMiB ?? { missing: 'not measured' }, 1],
  ['Tab resident memory, renderer process RSS (MiB)', (p) => p.tabRssMiB ?? { missing: 'not measured' }, 0],
  ['Long tasks after first frame (count)', (p) => p.longTaskCount, 0],
  ['Longest task after first frame (ms)', (p) => p.longTaskMaxMs, 0],
  ['Pan: frame time median (ms)', (p) => frameValue(p.pan, 'median'), 1],
  ['Pan: frame time p95 (ms)', (p) => frameValue(p.pan, 'p95'), 1],
  ['Zoom: frame time median (ms)', (p) => frameValue(p.zoom, 'median'), 1],
  ['Zoom: frame time p95 (ms)', (p) => frameValue(p.zoom, 'p95'), 1],
];

/** Each session's figure, in order ("—" where one did not measure it). */
const eachSession = (values: readonly (number | null)[] | undefined): string =>
  values?.length ? values.map((v) => (v === null ? '—' : fmt(Math.round(v)))).join(' · ') : '';

export function sizeSection(s: SizeResult): string {
  const sessions = Math.max(1, ...s.app.actions.map((a) => a.sessions?.settledMs.length ?? 1));
  const notes = new Notes();
  const out: string[] = [];
  const t = s.table;
  out.push(
    `## ${s.size}: ${fmt(t.organisations)} organisations, ${fmt(t.projects)} projects, ${fmt(t.participations)} participations`,
    '',
  );
  out.push(
    `Measured ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC at commit \`${s.commit}\`` +
      (s.benchSeconds !== undefined ? `; this size took ${fmt(s.benchSeconds)} s to bench.` : '.'),
    '',
  );
  const graph = s.graph
    ? `${fmt(s.graph.nodes)} nodes and ${fmt(s.graph.edges)} edges drawn (${s.graph.source})`
    : 'no graph could be drawn';
  out.push(
    `Partner table CSV: ${bytes(s.csvBytes.raw)} raw, ${bytes(s.csvBytes.gzip)} gzip. ` +
      (s.graphBytes
        ? `Graph file: ${bytes(s.graphBytes.raw)} raw, ${bytes(s.graphBytes.gzip)} gzip. `
        : 'No graph file was built. ') +
      `Pages: ${graph}.`,
    '',
  );
  out.push(
    '| Measure | Consortia | bare sigma.js | bare cytoscape | Consortia / sigma.js | Consortia / cytoscape |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [label, pick, digits] of PAGE_ROWS) {
    const [a, b, c] = [pick(s.app), pick(s.sigma), pick(s.cytoscape)];
    out.push(
      `| ${label} | ${cell(a, notes, digits)} | ${cell(b, notes, digits)} | ${cell(c, notes, digits)} | ` +
        `${ratioCell(valueOf(a), valueOf(b))} | ${ratioCell(valueOf(a), valueOf(c))} |`,
    );
  }
  if (s.cytoscapeLod) {
    out.push(
      '',
      '| Lever: bare cytoscape, default vs hideEdgesOnViewport + textureOnViewport | default | with the options | options / default |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const [label, pick, digits] of PAGE_ROWS.filter(([l]) => /^(Pan|Zoom)/.test(l))) {
      const [d, l] = [pick(s.cytoscape), pick(s.cytoscapeLod)];
      out.push(
        `| ${label} | ${cell(d, notes, digits)} | ${cell(l, notes, digits)} | ${ratioCell(valueOf(l), valueOf(d))} |`,
      );
    }
  }
  if (s.drawn) {
    const d = s.drawn;
    out.push(
      '',
      `| On the app's largest drawing: the ${d.view} view after the actions, ${fmt(d.nodes)} nodes and ${fmt(d.edges)} edges | Consortia | bare sigma.js | Consortia / sigma.js |`,
      '| --- | ---: | ---: | ---: |',
    );
    for (const [label, pick, digits] of PAGE_ROWS.filter(([l]) => /^(Pan|Zoom)/.test(l))) {
      const [a, b] = [pick({ ...s.app, ...d.app }), pick({ ...s.sigma, ...d.sigma })];
      out.push(
        `| ${label} | ${cell(a, notes, digits)} | ${cell(b, notes, digits)} | ${ratioCell(valueOf(a), valueOf(b))} |`,
      );
    }
  }
  out.push('', '| Consortia only | |', '| --- | ---: |');
  const appRows: [string, Figure, number][] = [
    ['Pipeline `build:data --csv` (s)', s.pipeline.seconds, 1],
    ['Pipeline peak memory, max RSS (MiB)', s.pipeline.peakRssMiB, 0],
    ['Hover highlight latency (frames)', s.app.hoverFrames, 0],
  ];
  for (const [label, f, digits] of appRows) out.push(`| ${label} | ${cell(f, notes, digits)} |`);
  out.push(
    '',
    `The app opened on the ${s.app.initialView ? `"${s.app.initialView}"` : 'unknown'} view. Actions, in the order they ran` +
      (sessions > 1
        ? ` (medians of ${sessions} sessions, each on a fresh page; then each session's own figures):`
        : ':'),
    '',
    sessions > 1
      ? '| Action | first change drawn (ms) | drawn and still (ms) | longest main-thread task meanwhile (ms) | progress shown | drawn and still, each session (ms) | longest task, each session (ms) |'
      : '| Action | first change drawn (ms) | drawn and still (ms) | longest main-thread task meanwhile (ms) | progress shown |',
    sessions > 1 ? '| --- | ---: | ---: | ---: | --- | ---: | ---: |' : '| --- | ---: | ---: | ---: | --- |',
  );
  for (const a of s.app.actions)
    out.push(
      `| ${ACTION_LABELS[a.id]}${a.target ? ` (${a.target})` : ''} | ${cell(a.firstDrawnMs, notes)} | ` +
        `${cell(a.settledMs, notes)} | ${cell(a.longestTaskMs, notes)} | ` +
        `${a.progressShown === undefined ? '' : a.progressShown ? 'yes' : 'no'} |` +
        (sessions > 1
          ? ` ${eachSession(a.sessions?.settledMs)} | ${eachSession(a.sessions?.longestTaskMs)} |`
          : ''),
    );
  if (s.app.sessionsLongTaskMaxMs && s.app.sessionsLongTaskMaxMs.length > 1)
    out.push(
      '',
      `Longest main-thread task after the first frame, each session (ms): ${eachSession(s.app.sessionsLongTaskMaxMs)}.`,
    );
  if (s.app.metrics.length) {
    const job = s.app.metricsJob;
    if (job)
      out.push(
        '',
        `Metrics: the app's metrics job on ${job.graph ? `${fmt(job.graph.nodes)} nodes and ${fmt(job.graph.edges)} edges` : 'its graph'} ` +
          `(the largest view it computed metrics for while the bench used it), replayed ${job.runs} times on fresh workers, ` +
          `and on one worker kept alive between jobs (as the app keeps its metrics worker; after one run that warms it). ` +
          `Bare graphology-metrics on the same graph (as an undirected simple graph, as the app's kernels read it) with ` +
          `the app's settings for each metric (read from the app's modules: PageRank's damping, tolerance and iteration ` +
          `limit, eigenvector's tolerance and limit, Louvain's resolution and seeded RNG, closeness scaled as the app's, ` +
          `weighted when the job was, except closeness, which graphology-metrics only counts in hops; checked to give ` +
          `the app's values by tests/scripts/bench-bare-metrics.test.ts), each metric's first run in up to ${job.bareRuns} fresh pages (cold, like the app's ` +
          `fresh worker; all of them back to back in one task, in the app's order, as the worker runs its job) and ` +
          `repeated in one page (warm). Medians. The worker columns are the metric's own step, from ` +
          `its progress messages, timed by the worker's clock (each message carries it, so when the page takes the ` +
          `message does not count): they do not include the structured clone of the graph, which is shown on its own below. ` +
          `Each fresh bare page also replays the app's job on a fresh worker of the app's script ` +
          `(${job.besideRuns ?? 0} replays; before the bare metrics in one page, after them in the next, so a drift of ` +
          `the machine's load falls on both sides; each side after ${QUIET_MS} ms with the page left alone): the two sides then run in the same page and at the same moment, ` +
          `which the replays in the app's own page cannot give at L and XL, where that page holds the dataset in ` +
          `hundreds of MiB and may still be indexing it for search. ` +
          `The target's ratio is worker beside the bare runs / bare first run (alike: both compile cold; the ` +
          `in-app replay stands in where that did not run). Times under ` +
          `${TIMER_FLOOR_MS} ms (ten ticks of the browser's 0.1 ms clock) are shown but not divided: when one side is ` +
          `under it the ratio is a bound against ${TIMER_FLOOR_MS} ms (≥ or ≤), when both are, no ratio.` +
          (job.sampled?.length
            ? ` The app sampled sources for ${job.sampled.join(', ')} (labelled approximate in the app); the bare figure is exact, so that ratio compares different computations.`
            : ''),
      );
    out.push(
      '',
      "| Metric | app worker, fresh, in a bare page (ms) | bare graphology-metrics, first run in a fresh page (ms) | beside / bare first run | app worker, fresh, in the app's page (ms) | in the app / bare first run | app worker kept, a later job (ms) | bare, repeated in one page (ms) | kept / bare repeated |",
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    const between = (a: Figure | undefined, b: Figure | undefined) =>
      boundedRatioCell(a ? valueOf(a) : null, b ? valueOf(b) : null);
    for (const m of s.app.metrics)
      out.push(
        `| ${m.metric} | ${cell(m.workerBesideMs, notes, 1)} | ${cell(m.bareMs, notes, 1)} | ` +
          `${between(m.workerBesideMs, m.bareMs)} | ${cell(m.workerMs, notes, 1)} | ` +
          `${between(m.workerMs, m.bareMs)} | ${cell(m.workerKeptMs, notes, 1)} | ` +
          `${cell(m.bareWarmMs, notes, 1)} | ${between(m.workerKeptMs, m.bareWarmMs)} |`,
      );
    if (job) {
      const kept = job.kept && 'runs' in job.kept ? job.kept : null;
      const keptCell = (f: (k: NonNullable<typeof kept>) => Figure) =>
        kept ? cell(f(kept), notes) : job.kept && 'missing' in job.kept ? notes.mark(job.kept.missing) : '';
      out.push(
        '',
        '| The metrics job as a whole (ms, median) | fresh worker | worker kept between jobs |',
        '| --- | ---: | ---: |',
        `| postMessage on the page (structured clone, serialising side) | ${cell(job.postMs, notes, 1)} | |`,
        `| post to first progress (worker start, clone in, check and import of the graph) | ${cell(job.startMs, notes)} | ${keptCell((k) => k.startMs)} |`,
        `| sum of the metric steps | ${cell(job.stepsMs, notes)} | ${keptCell((k) => k.stepsMs)} |`,
        `| post to result on the page (everything, clone both ways included) | ${cell(job.totalMs, notes)} | ${keptCell((k) => k.totalMs)} |`,
      );
    }
  }
  if (notes.list.length) {
    out.push('');
    notes.list.forEach((n, i) => out.push(`[${i + 1}] ${n}  `));
  }
  if (s.notes.length) {
    out.push('', 'Run notes:', '');
    for (const n of s.notes) out.push(`- ${n}`);
  }
  return out.join('\n');
}

const ACTION_LABELS: Record<ActionId, string> = {
  hover: 'Hover',
  'overview-expand': 'Expand the overview: double-click the busiest country',
  'search-pick': 'Search: pick the hub organisation among the suggestions',
  'search-ego': "Search: open the hub's neighbourhood (Open neighbourhood)",
  'ego-dblclick': 'Open an ego network: double-click the busiest organisation in view',
  'network-view': 'Switch view to Network',
  filter: 'Apply a filter',
  'switch-view': 'Switch view to Co-partners',
};

const VERDICT: Record<TargetCheck['verdict'], string> = {
  met: '**met**',
  'not met': '**not met**',
  'not measured': 'not measured',
};

/** Issue 6's targets (rows) against each size (columns): what was measured, met or not. */
export function targetsSection(sizes: readonly SizeResult[]): string {
  if (!sizes.length) return '';
  const checks = sizes.map((s) => checkTargets(s));
  const out = [
    '## What must hold',
    '',
    "Issue 6's targets, checked against each size's figures below (ratios measured in one run in one browser). " +
      'The issue requires each target at the size in the second column; the other sizes show where the app stands.',
    '',
    `| Target | required at | ${sizes.map((s) => s.size).join(' | ')} |`,
    `| --- | --- | ${sizes.map(() => '---').join(' | ')} |`,
  ];
  checks[0]!.forEach((row, i) => {
    const cells = checks.map((c) => {
      const t = c[i]!;
      return `${VERDICT[t.verdict]}: ${t.measured.replace(/\|/g, '/')}`;
    });
    out.push(`| ${row.target} | ${row.requiredAt} | ${cells.join(' | ')} |`);
  });
  return out.join('\n');
}

/**
 * The text of a `## heading` section of a Markdown document (up to the next `## ` heading or the end),
 * without the heading; null when the document has no such section.
 */
export function extractSection(markdown: string, heading: string): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

const ORDER = ['S', 'M', 'L', 'XL'];

/**
 * The sizes of this run, plus those of the previous report that this run did not measure (each keeps its
 * own time and commit), in size order.
 */
export function mergeSizes(previous: readonly SizeResult[], fresh: readonly SizeResult[]): SizeResult[] {
  const kept = previous.filter((p) => !fresh.some((f) => f.size === p.size));
  return [...kept, ...fresh].sort((a, b) => ORDER.indexOf(a.size) - ORDER.indexOf(b.size));
}

export function renderReport(report: BenchReport, bounds: string): string {
  const m = report.machine;
  const out = [
    '# Consortia benchmarks',
    '',
    `Written by \`npm run bench\` on ${report.finishedAt} (commit \`${report.commit}\`); the same figures ` +
      'are in [benchmarks.json](benchmarks.json). Absolute times on this shared, CPU-only machine are noisy: ' +
      'read the ratios, measured in one run in one browser, against bare sigma.js, bare cytoscape and bare ' +
      'graphology-metrics drawing or computing the same graph.',
    '',
    targetsSection(report.sizes),
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, \`nproc\` = ${m.nproc} (shared with other work while measuring; load average at start: ${m.load})`,
    `- Memory: ${fmt(m.memoryGiB, 1)} GiB`,
    `- OS: ${m.os}; Node ${m.node}`,
    `- Browser: ${m.chromium}, headless, no GPU: WebGL by software (${m.webglRenderer})`,
    '',
    '## How it is measured',
    '',
    '- Each size: the seeded generator writes the partner table CSV (the shape users import) into `.bench/`; ' +
      'the pipeline builds the graph from it under `/usr/bin/time -v` (wall time, max RSS).',
    '- The app is the production build (`vite build`, served by `vite preview` on 127.0.0.1) opening the ' +
      "size's graph as its bundled graph. The references are separate small pages (scripts/bench/pages/) " +
      'served by the same server; they draw exactly the nodes and edges the app had on screen, at the same positions.',
    '- Each page is opened fresh at 1280x800. First drawn frame: the first cytoscape `render` with nodes ' +
      '(sigma draws synchronously in its constructor, so its mark follows it). Interactive: the end of the last ' +
      'long task before a one-second window with none (as Lighthouse TTI). Heap: `Performance.getMetrics` ' +
      "JSHeapUsedSize after a GC (main thread); the live workers' heaps by CDP `Runtime.getHeapUsage` on each " +
      "worker target after a GC in it (job workers that already ended are not counted); the tab's resident " +
      'memory is VmRSS (from /proc) of the largest renderer process, the only page open then.',
    '- Actions in the app are real input (hover, click, double-click, typing in the search box) timed from the ' +
      'input event to the last render before the screen stays still for 0.75 s with no progress state shown ' +
      '(a progress bar or aria-busy outside the metrics panel: a view or layout being computed in a worker), ' +
      'so work done in a worker is counted until its drawing is on screen; hover latency counts frames to the ' +
      'first render showing the highlight. Each action has a time limit; what does not finish says so.',
    '- Metrics: the start message of the largest metrics job the app sent is replayed on fresh workers of the ' +
      "app's own worker script while the page is otherwise idle, and on one worker kept alive between jobs; each " +
      "metric is timed from the job's progress messages (one step per metric, by the worker's clock, which " +
      'each message carries); bare graphology-metrics runs on ' +
      "the same graph on the main thread of a bare page, with the app's settings for each metric (imported from " +
      "the app's modules, so they cannot drift). Medians of the repeats. Times under " +
      `${TIMER_FLOOR_MS} ms are not divided (the browser's clock ticks in 0.1 ms): a ratio with one side under ` +
      'it is a bound, with both under it none.',
    '- Each size has a time budget (S 4, M 7, L 8, XL 10 minutes, with per-step limits inside it, and time kept ' +
      "for the references after the app's actions); steps left " +
      'when it is spent are reported as skipped.',
    '- Frame times: `requestAnimationFrame` timestamps recorded in the page while real mouse input drags ' +
      '(pan) and turns the wheel (zoom) over the canvas; median and 95th percentile of the gaps. ' +
      'Chromium caps frames at 60 Hz, so 16.7 ms is the floor. Each gesture stops after 20 s of input.',
    '',
  ];
  for (const s of report.sizes) out.push(sizeSection(s), '');
  out.push('## What bounds each figure', '', bounds.trim(), '');
  return out.join('\n');
}
