// Renders a benchmark run as Markdown: the machine, then one table per size, ratios to the bare references.
import { ratio } from './stats';
import type { BenchReport, Figure, Frames, PageFigures, SizeResult } from './types';
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

const frameValue = (f: Frames, key: 'median' | 'p95'): Figure =>
  'summary' in f ? { value: f.summary[key] } : { missing: f.missing };

type Row = [label: string, pick: (p: PageFigures) => Figure, digits: number];

const PAGE_ROWS: Row[] = [
  ['Navigation to first drawn frame (ms)', (p) => p.firstFrameMs, 0],
  ['Navigation to interactive (ms)', (p) => p.interactiveMs, 0],
  ['JS heap after load, main thread (MiB)', (p) => p.heapMiB, 1],
  ['Long tasks after first frame (count)', (p) => p.longTaskCount, 0],
  ['Longest task after first frame (ms)', (p) => p.longTaskMaxMs, 0],
  ['Pan: frame time median (ms)', (p) => frameValue(p.pan, 'median'), 1],
  ['Pan: frame time p95 (ms)', (p) => frameValue(p.pan, 'p95'), 1],
  ['Zoom: frame time median (ms)', (p) => frameValue(p.zoom, 'median'), 1],
  ['Zoom: frame time p95 (ms)', (p) => frameValue(p.zoom, 'p95'), 1],
];

export function sizeSection(s: SizeResult): string {
  const notes = new Notes();
  const out: string[] = [];
  const t = s.table;
  out.push(
    `## ${s.size}: ${fmt(t.organisations)} organisations, ${fmt(t.projects)} projects, ${fmt(t.participations)} participations`,
    '',
  );
  out.push(`Measured ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC at commit \`${s.commit}\`.`, '');
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
  out.push('', '| Consortia only | |', '| --- | ---: |');
  const appRows: [string, Figure, number][] = [
    ['Pipeline `build:data --csv` (s)', s.pipeline.seconds, 1],
    ['Pipeline peak memory, max RSS (MiB)', s.pipeline.peakRssMiB, 0],
    ['Switch view Network → Co-partners, until drawn and still (ms)', s.app.switchViewMs, 0],
    ['… longest main-thread task meanwhile (ms)', s.app.switchViewTaskMs, 0],
    ['Apply a filter (lead partners only), until drawn and still (ms)', s.app.filterMs, 0],
    ['… longest main-thread task meanwhile (ms)', s.app.filterTaskMs, 0],
    ['Open an ego network (double-click), until drawn and still (ms)', s.app.egoMs, 0],
    ['… longest main-thread task meanwhile (ms)', s.app.egoTaskMs, 0],
    ['Hover highlight latency (frames)', s.app.hoverFrames, 0],
  ];
  for (const [label, f, digits] of appRows) out.push(`| ${label} | ${cell(f, notes, digits)} |`);
  if (s.app.metrics.length) {
    out.push(
      '',
      '| Metric | in the app worker (ms) | bare graphology-metrics, main thread (ms) | worker / bare |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const m of s.app.metrics)
      out.push(
        `| ${m.metric} | ${cell(m.workerMs, notes)} | ${cell(m.bareMs, notes)} | ` +
          `${ratioCell(valueOf(m.workerMs), valueOf(m.bareMs))} |`,
      );
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
      'JSHeapUsedSize after a GC (main thread only; workers not counted).',
    '- Actions in the app are real input (hover, click, double-click) timed from the input event to the last ' +
      'render before the screen stays still for 0.75 s; hover latency counts frames to the first render ' +
      "showing the highlight. Worker metrics are timed from the job's own progress messages (one step per metric).",
    '- Frame times: `requestAnimationFrame` timestamps recorded in the page while real mouse input drags ' +
      '(pan) and turns the wheel (zoom) over the canvas; median and 95th percentile of the gaps. ' +
      'Chromium caps frames at 60 Hz, so 16.7 ms is the floor. Each gesture stops after 20 s of input.',
    '',
  ];
  for (const s of report.sizes) out.push(sizeSection(s), '');
  out.push('## What bounds each figure', '', bounds.trim(), '');
  return out.join('\n');
}
