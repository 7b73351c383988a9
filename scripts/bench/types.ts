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
  /** JS heap of the page's workers alive after load (CDP Runtime.getHeapUsage on each worker target). */
  workersHeapMiB?: Figure;
  /** Resident memory of the largest Chromium renderer process (the tab, its workers included), /proc. */
  tabRssMiB?: Figure;
  /**
   * The app opened in more than one session: each session's longest task after its first frame (the
   * load figures above are the medians of the sessions'; memory and frames are the first session's).
   */
  sessionsLongTaskMaxMs?: (number | null)[];
}

/** One timed user action in the app. */
export interface ActionResult {
  id: ActionId;
  /** Input event to the new drawing on screen and still (and no progress shown). */
  settledMs: Figure;
  /** Input event to the first render showing a change. */
  firstDrawnMs: Figure;
  /** The longest main-thread task while the action ran (over 200 ms freezes the page visibly). */
  longestTaskMs: Figure;
  /** The app showed a progress state (a progress bar or aria-busy) during the action. */
  progressShown?: boolean;
  /** What was acted on (the node's label, the view's name). */
  target?: string;
  /**
   * Where the app was opened in more than one session (a fresh page each): each session's figures, in
   * order (null where it did not measure it); the figures above are their medians.
   */
  sessions?: { settledMs: (number | null)[]; longestTaskMs: (number | null)[] };
}

export type ActionId =
  | 'hover'
  | 'filter'
  | 'ego-dblclick'
  | 'search-pick'
  | 'search-ego'
  | 'overview-expand'
  | 'network-view'
  | 'switch-view';

export interface MetricTiming {
  metric: string;
  /** Time in the app's worker: median over the runs, from its progress messages (no clone included). */
  workerMs: Figure;
  /**
   * Bare graphology-metrics on the main thread, same graph, same browser: median over fresh pages of the
   * first run there (cold, as the app's fresh worker runs it).
   */
  bareMs: Figure;
  /** The same, repeated in one page (warm JIT): what graphology-metrics costs once compiled. */
  bareWarmMs?: Figure;
  /** In the app's worker kept alive between jobs, a later job (warm JIT): median over the runs. */
  workerKeptMs?: Figure;
  /**
   * The app's worker on a fresh worker started by the bare metrics pages themselves (same page, same
   * moment as the bare runs): median over those pages. The target's ratio reads this when measured.
   */
  workerBesideMs?: Figure;
}

/** The app's metrics job, replayed on a fresh worker with the payload the app sent it. */
export interface MetricsJobFigures {
  /** The graph the job computed on (the view the app showed), as nodes and edges. */
  graph: { nodes: number; edges: number; view: string } | null;
  runs: number;
  /** postMessage on the page (structured clone of the payload, serialising side), median. */
  postMs: Figure;
  /** Post to the first progress message: clone in, check and import of the graph in the worker. */
  startMs: Figure;
  /** Post to the result message arriving on the page: everything, clone both ways included. */
  totalMs: Figure;
  /** Sum of the per-metric steps (the worker's own computing). */
  stepsMs: Figure;
  bareRuns: number;
  /** Replays of the job beside the bare metrics, one in each bare page (workerBesideMs). */
  besideRuns?: number;
  /** The app's path metrics sampled sources (so bare exact ones are not the same computation). */
  sampled?: string[];
  /** The same job replayed on one worker kept alive between jobs (after one run that warms it). */
  kept?: { runs: number; startMs: Figure; totalMs: Figure; stepsMs: Figure } | { missing: string };
}

/** Bumped when SizeResult changes shape; earlier results are not kept in the report. */
export const SCHEMA = 2;

export interface SizeResult {
  schema: number;
  size: string;
  /** Wall time this size took to bench, seconds. */
  benchSeconds?: number;
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
    /** The view the app opened on (its pressed view button). */
    initialView: string;
    actions: ActionResult[];
    hoverFrames: Figure;
    metrics: MetricTiming[];
    metricsJob?: MetricsJobFigures;
  };
  sigma: PageFigures;
  cytoscape: PageFigures;
  /** Bare cytoscape with hideEdgesOnViewport + textureOnViewport: the level-of-detail lever, measured. */
  cytoscapeLod?: PageFigures;
  /**
   * Frame times on the app's largest drawing after its actions (e.g. the Co-partners view cut to the
   * draw budget), when it is larger than what it opened on (an overview), and bare sigma.js on the same.
   */
  drawn?: {
    view: string;
    nodes: number;
    edges: number;
    app: { pan: Frames; zoom: Frames };
    sigma: { pan: Frames; zoom: Frames };
  };
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
