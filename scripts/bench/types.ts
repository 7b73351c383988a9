// The shape of one benchmark run, as written to docs/benchmarks.json and rendered into docs/benchmarks.md.
import type { Summary } from './stats';

/** A measured number, or why it could not be measured in this run. */
export type Figure = { value: number } | { missing: string };

export const missing = (reason: string): Figure => ({ missing: reason });
export const figure = (value: number): Figure => ({ value });
export const valueOf = (f: Figure | undefined): number | null => (f && 'value' in f ? f.value : null);

export type Frames = { summary: Summary } | { missing: string };

/** What one page (the app or a bare reference) costs: loading, memory, main thread, frames. */
export interface PageFigures {
  firstFrameMs: Figure;
  interactiveMs: Figure;
  heapMiB: Figure;
  /** Long tasks (>50 ms) on the main thread after the first drawn frame. */
  longTaskCount: Figure;
  longTaskMaxMs: Figure;
  pan: Frames;
  zoom: Frames;
}

export interface MetricTiming {
  metric: string;
  /** Time in the app's worker. */
  workerMs: Figure;
  /** Bare graphology-metrics on the main thread, same graph, same browser. */
  bareMs: Figure;
}

export interface SizeResult {
  size: string;
  /** When and on which commit this size was measured (a run may keep sizes from an earlier one). */
  measuredAt: string;
  commit: string;
  table: { organisations: number; projects: number; participations: number };
  csvBytes: { raw: number; gzip: number };
  graphBytes: { raw: number; gzip: number } | null;
  /** Where the graph the browser pages draw came from. */
  graph: { nodes: number; edges: number; source: string } | null;
  pipeline: { seconds: Figure; peakRssMiB: Figure };
  app: PageFigures & {
    switchViewMs: Figure;
    filterMs: Figure;
    egoMs: Figure;
    /** The longest main-thread task while each action ran (over 200 ms freezes the page visibly). */
    switchViewTaskMs: Figure;
    filterTaskMs: Figure;
    egoTaskMs: Figure;
    hoverFrames: Figure;
    metrics: MetricTiming[];
  };
  sigma: PageFigures;
  cytoscape: PageFigures;
  /** Bare cytoscape with hideEdgesOnViewport + textureOnViewport: the level-of-detail lever, measured. */
  cytoscapeLod?: PageFigures;
  /** Notes on what did not run and why, in the order they happened. */
  notes: string[];
}

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  webglRenderer: string;
  load: string;
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  commit: string;
  machine: Machine;
  sizes: SizeResult[];
}
