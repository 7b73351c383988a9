import { describe, expect, it } from 'vitest';
import { parseSizes } from '../../scripts/bench/args';
import { parseTimeV } from '../../scripts/bench/pipeline';
import { mergeSizes, renderReport, sizeSection } from '../../scripts/bench/report';
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
  size: 'M',
  measuredAt: '2026-11-23T13:20:00.000Z',
  commit: 'abc1234',
  table: { organisations: 10_000, projects: 2_700, participations: 31_430 },
  csvBytes: { raw: 4_647_033, gzip: 700_000 },
  graphBytes: null,
  graph: { nodes: 12_000, edges: 40_000, source: 'the pipeline' },
  pipeline: { seconds: { value: 3.25 }, peakRssMiB: { missing: 'pipeline: exited with status 1' } },
  app: {
    ...page(1500, 25),
    switchViewMs: { value: 120 },
    filterMs: { missing: 'no filter control' },
    egoMs: { missing: 'no filter control' },
    switchViewTaskMs: { value: 80 },
    filterTaskMs: { missing: 'no filter control' },
    egoTaskMs: { missing: 'no filter control' },
    hoverFrames: { value: 2 },
    metrics: [{ metric: 'pagerank', workerMs: { value: 60 }, bareMs: { value: 50 } }],
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
    expect(md).toContain('| Zoom: frame time median (ms) | — [1] | — [1] | — [1] |  |  |');
    expect(md).toContain('| pagerank | 60 | 50 | 1.20x |');
    expect(md).toContain('| Pipeline `build:data --csv` (s) | 3.3 |');
    expect(md).toContain('| Apply a filter (lead partners only), until drawn and still (ms) | — [3] |');
    expect(md).toContain('| Open an ego network (double-click), until drawn and still (ms) | — [3] |');
    expect(md).toContain('| … longest main-thread task meanwhile (ms) | 80 |');
    expect(md.match(/^\[1\] only 3 frames/gm)).toHaveLength(1);
    expect(md).toContain('No graph file was built.');
    expect(md).toContain('- Bare betweenness was stopped after 90 s (page closed).');
  });

  it('keeps sizes an earlier run measured and this one did not, in size order', () => {
    const old = (name: string, commit: string) => ({ ...size, size: name, commit });
    const merged = mergeSizes([old('XL', 'old'), old('M', 'old'), old('S', 'old')], [old('M', 'new')]);
    expect(merged.map((s) => `${s.size}@${s.commit}`)).toEqual(['S@old', 'M@new', 'XL@old']);
    expect(sizeSection(size)).toContain('Measured 2026-11-23 13:20 UTC at commit `abc1234`.');
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
