import { describe, expect, it } from 'vitest';
import { parseSizes } from '../../scripts/bench/args';
import { parseTimeV } from '../../scripts/bench/pipeline';
import {
  extractSection,
  mergeSizes,
  renderReport,
  sizeSection,
  targetsSection,
} from '../../scripts/bench/report';
import { checkTargets } from '../../scripts/bench/targets';
import type { BenchReport, PageFigures, SizeResult } from '../../scripts/bench/types';

const page = (firstFrame: number, panMedian: number): PageFigures => ({
  firstFrameMs: { value: firstFrame },
  interactiveMs: { value: firstFrame + 100 },
  heapMiB: { value: 12.5 },
  longTaskCount: { value: 0 },
  longTaskMaxMs: { value: 0 },
  pan: { summary: { n: 100, median: panMedian, p95: panMedian * 2, max: 90 } },
  zoom: { missing: 'only 3 frames were drawn during the gesture' },
});

const size: SizeResult = {
  schema: 2,
  size: 'M',
  benchSeconds: 301.4,
  measuredAt: '2026-11-23T13:20:00.000Z',
  commit: 'abc1234',
  table: { organisations: 10_000, projects: 2_700, participations: 31_430 },
  csvBytes: { raw: 4_647_033, gzip: 700_000 },
  graphBytes: null,
  graph: { nodes: 12_000, edges: 40_000, source: 'the pipeline' },
  pipeline: { seconds: { value: 3.25 }, peakRssMiB: { missing: 'pipeline: exited with status 1' } },
  app: {
    ...page(1500, 25),
    tabRssMiB: { value: 900 },
    initialView: 'Countries',
    actions: [
      {
        id: 'switch-view',
        target: 'Co-partners',
        settledMs: { value: 1200 },
        firstDrawnMs: { value: 100 },
        longestTaskMs: { value: 80 },
        progressShown: true,
      },
      {
        id: 'filter',
        settledMs: { missing: 'no filter control' },
        firstDrawnMs: { missing: 'no filter control' },
        longestTaskMs: { missing: 'no filter control' },
      },
    ],
    hoverFrames: { value: 2 },
    metrics: [
      {
        metric: 'PageRank',
        workerMs: { value: 60 },
        bareMs: { value: 50 },
        bareWarmMs: { value: 40 },
        workerKeptMs: { value: 44 },
        workerBesideMs: { value: 55 },
      },
      { metric: 'Degree', workerMs: { value: 0.6 }, bareMs: { value: 0.4 } },
      { metric: 'Components', workerMs: { value: 0.5 }, bareMs: { value: 2 } },
      { metric: 'Betweenness', workerMs: { value: 30 }, bareMs: { missing: 'skipped' } },
    ],
    metricsJob: {
      graph: { nodes: 1200, edges: 4000, view: '' },
      runs: 3,
      postMs: { value: 12.25 },
      startMs: { value: 80 },
      totalMs: { value: 400 },
      stepsMs: { value: 300 },
      bareRuns: 3,
      sampled: ['betweenness'],
      kept: { runs: 3, startMs: { value: 9 }, totalMs: { value: 250 }, stepsMs: { value: 200 } },
    },
  },
  sigma: page(1000, 20),
  cytoscape: page(3000, 50),
  notes: ['Bare betweenness was stopped after 90 s (page closed).'],
};

describe('bench report', () => {
  it('rejects unknown sizes and defaults to all four', () => {
    expect(() => parseSizes(['--sizes', 'S,XXL'])).toThrow('got "S,XXL"');
    expect(() => parseSizes(['--sizes'])).toThrow('comma-separated list');
    expect(parseSizes([])).toEqual(['S', 'M', 'L', 'XL']);
    expect(parseSizes(['--sizes', 's, m'])).toEqual(['S', 'M']);
  });

  it('reads wall time and max RSS from GNU time -v, and nothing from other text', () => {
    expect(parseTimeV('Command exited with non-zero status 1')).toBeNull();
    const report = [
      '\tCommand being timed: "tsx src/pipeline/cli.ts"',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 524288',
      '\tExit status: 0',
    ].join('\n');
    expect(parseTimeV(report)).toEqual({ seconds: 62.5, maxRssKiB: 524288, exitStatus: 0 });
    expect(parseTimeV(report.replace('1:02.50', '1:00:03'))).toEqual({
      seconds: 3603,
      maxRssKiB: 524288,
      exitStatus: 0,
    });
  });

  it('writes ratios to the references and footnotes each missing figure once', () => {
    const md = sizeSection(size);
    expect(md).toContain('## M: 10,000 organisations, 2,700 projects, 31,430 participations');
    expect(md).toContain('| Navigation to first drawn frame (ms) | 1,500 | 1,000 | 3,000 | 1.50x | 0.50x |');
    expect(md).toContain('| Pan: frame time median (ms) | 25.0 | 20.0 | 50.0 | 1.25x | 0.50x |');
    expect(md).toContain('| Zoom: frame time median (ms) | — [2] | — [2] | — [2] |  |  |');
    expect(md).toContain('| PageRank | 55.0 | 50.0 | 1.10x | 60.0 | 1.20x | 44.0 | 40.0 | 1.10x |');
    // Under the 1 ms timer floor: a bound when one side is, no ratio when both are.
    expect(md).toContain('| Degree |  | 0.4 |  | 0.6 | both < 1 ms |  |  |  |');
    expect(md).toContain('| Components |  | 2.0 |  | 0.5 | ≤ 0.50x |  |  |  |');
    expect(md).toContain('| Betweenness |  | — [5] |  | 30.0 |  |  |  |  |');
    expect(md).toContain(
      '| post to first progress (worker start, clone in, check and import of the graph) | 80 | 9 |',
    );
    expect(md).toContain('| Pipeline `build:data --csv` (s) | 3.3 |');
    expect(md).toContain('| Switch view to Co-partners (Co-partners) | 100 | 1,200 | 80 | yes |');
    expect(md).toContain('| Apply a filter | — [4] | — [4] | — [4] |  |');
    expect(md).toContain('The app opened on the "Countries" view.');
    expect(md).toContain('| Tab resident memory, renderer process RSS (MiB) | 900 | — [1] | — [1] |');
    expect(md).toContain('| postMessage on the page (structured clone, serialising side) | 12.3 | |');
    expect(md).toContain('The app sampled sources for betweenness');
    expect(md).toContain('this size took 301 s to bench.');
    expect(md.match(/^\[2\] only 3 frames/gm)).toHaveLength(1);
    expect(md).toContain('No graph file was built.');
    expect(md).toContain('- Bare betweenness was stopped after 90 s (page closed).');
  });

  it('keeps sizes an earlier run measured and this one did not, in size order', () => {
    const old = (name: string, commit: string) => ({ ...size, size: name, commit });
    const merged = mergeSizes([old('XL', 'old'), old('M', 'old'), old('S', 'old')], [old('M', 'new')]);
    expect(merged.map((s) => `${s.size}@${s.commit}`)).toEqual(['S@old', 'M@new', 'XL@old']);
    expect(sizeSection(size)).toContain(
      'Measured 2026-11-23 13:20 UTC at commit `abc1234`; this size took 301 s to bench.',
    );
  });

  it('checks the issue targets: met, not met, and not measured with the reason', () => {
    const rows = checkTargets(size);
    const row = (start: string) => rows.find((r) => r.target.startsWith(start))!;
    // pan: median 25/20 = 1.25x, p95 50/40 = 1.25x
    expect(row('Frame time while panning')).toMatchObject({
      verdict: 'met',
      measured: 'median 1.25x, p95 1.25x',
      requiredAt: 'M',
    });
    expect(row('Frame time while zooming')).toMatchObject({
      verdict: 'not measured',
      measured: 'only 3 frames were drawn during the gesture',
    });
    expect(row('Hover feedback')).toMatchObject({ verdict: 'met', measured: '2 frames' });
    expect(row('View switch')).toMatchObject({ verdict: 'not met', measured: '1,200 ms' });
    expect(row('Filter')).toMatchObject({ verdict: 'not measured', measured: 'no filter control' });
    expect(row('No main-thread task')).toMatchObject({ verdict: 'met', measured: 'longest 80 ms' });
    expect(row('Opens to an aggregated overview')).toMatchObject({ verdict: 'met', requiredAt: 'XL' });
    expect(row('Memory within a laptop tab')).toMatchObject({ verdict: 'met', measured: '900 MiB' });
    // Replayed beside the bare runs (PageRank only here): that ratio is the one judged.
    expect(row('Metrics in the worker')).toMatchObject({
      verdict: 'met',
      measured: 'worst PageRank 1.10x; 1 of 4 metrics compared; worker replayed beside the bare runs',
    });
    const inApp = checkTargets({
      ...size,
      app: { ...size.app, metrics: size.app.metrics.map(({ workerBesideMs: _, ...m }) => m) },
    });
    expect(inApp.find((r) => r.target.startsWith('Metrics in the worker'))).toMatchObject({
      verdict: 'met',
      measured:
        'worst PageRank 1.20x; 2 of 4 metrics compared (Degree under 1 ms on both sides, not divided); ' +
        "worker replayed in the app's page",
    });
    const slowDegree = { metric: 'Degree', workerMs: { value: 1.9 }, bareMs: { value: 0.5 } };
    const overhead = checkTargets({ ...size, app: { ...size.app, metrics: [slowDegree] } });
    expect(overhead.find((r) => r.target.startsWith('Metrics in the worker'))).toMatchObject({
      verdict: 'not met',
      measured: "worst Degree ≥ 1.90x; 1 of 1 metrics compared; worker replayed in the app's page",
    });
    const network = checkTargets({ ...size, app: { ...size.app, initialView: 'Network' } });
    expect(network.find((r) => r.target.startsWith('Opens to'))!.verdict).toBe('not met');
  });

  it('judges frame times on the largest drawing when the app opened on a small overview', () => {
    const frames = (median: number) => ({ summary: { n: 100, median, p95: median * 2, max: 90 } });
    const drawn = {
      view: 'Co-partners',
      nodes: 1200,
      edges: 4000,
      app: { pan: frames(40), zoom: frames(20) },
      sigma: { pan: frames(20), zoom: frames(20) },
    };
    const rows = checkTargets({ ...size, drawn });
    expect(rows.find((r) => r.target.startsWith('Frame time while panning'))).toMatchObject({
      verdict: 'not met',
      measured: 'median 2.00x, p95 2.00x on the Co-partners drawing (1,200 nodes)',
    });
    expect(rows.find((r) => r.target.startsWith('Frame time while zooming'))!.verdict).toBe('met');
    expect(sizeSection({ ...size, drawn })).toContain("On the app's largest drawing: the Co-partners view");
  });

  it('puts one column per size in the targets summary', () => {
    const md = targetsSection([size, { ...size, size: 'XL' }]);
    expect(md).toContain('| Target | required at | M | XL |');
    expect(md).toContain('| Hover feedback within two frames | M | **met**: 2 frames | **met**: 2 frames |');
    expect(targetsSection([])).toBe('');
  });

  it('finds a section by its heading and stops at the next one', () => {
    expect(extractSection('# Title\n\nno sections', 'Bounds')).toBeNull();
    const md = '# T\n\n## Bounds\n\nFrames are slow.\n\n- because\n\n## Next\n\nother';
    expect(extractSection(md, 'Bounds')).toBe('Frames are slow.\n\n- because');
    expect(extractSection('## Bounds\nlast', 'Bounds')).toBe('last');
  });

  it('describes the machine and appends what bounds each figure', () => {
    const report: BenchReport = {
      startedAt: '2026-11-23T13:00:00Z',
      finishedAt: '2026-11-23T13:30:00Z',
      commit: 'abc1234',
      machine: {
        nproc: 2,
        cpu: 'Intel(R) Xeon(R) Processor',
        memoryGiB: 23.5,
        os: 'Debian GNU/Linux 12 (bookworm)',
        node: 'v20.20.2',
        chromium: 'Chromium 156.0.8078.79',
        webglRenderer: 'SwiftShader',
        load: '1.00, 0.50, 0.20',
      },
      sizes: [size],
    };
    const md = renderReport(report, 'Frames are bound by edge drawing.\n');
    expect(md).toContain('- CPU: Intel(R) Xeon(R) Processor, `nproc` = 2');
    expect(md).toContain('- Memory: 23.5 GiB');
    expect(md).toContain('Chromium 156.0.8078.79, headless, no GPU: WebGL by software (SwiftShader)');
    expect(md.trimEnd().endsWith('## What bounds each figure\n\nFrames are bound by edge drawing.')).toBe(
      true,
    );
  });
});
