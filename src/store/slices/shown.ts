// A large dataset's view as the view worker computed it, and the state of that computation. Small
// datasets compute their view on the page (selectors.ts) and never use this slice's result.
import type { FittedView } from '../../graph/budget';
import type { FilterState } from '../../graph/filters';
import type { EgoDepth } from '../../graph/projections/ego';
import type { ConsortiaGraph } from '../../graph/types';
import type { ViewId } from '../../graph/views';
import type { SliceCreator } from '../types';

/** What a view was computed for: the dataset and the view state at the time. */
export interface ShownInputs {
  graph: ConsortiaGraph;
  view: ViewId;
  egoRoot: string | null;
  egoDepth: EgoDepth;
  filters: FilterState;
  drawMore: boolean;
}

export interface ShownSlice {
  /** The last view the worker finished, with what it was computed for. */
  shownResult: { inputs: ShownInputs; fitted: FittedView } | null;
  /** 'computing' while the worker works on a newer view (the last one stays drawn meanwhile). */
  shownStatus: 'idle' | 'computing' | 'error';
  shownError: string | null;
  /** What the running computation is for (its view's label in the status line). */
  shownPending: ShownInputs | null;
  shownCancelRequest: number;
  /** Draw up to DRAW_BUDGET_MORE instead of DRAW_BUDGET. */
  drawMore: boolean;
  /**
   * The canvas is still adding a large drawing's elements (over several tasks): work that can wait, the
   * metrics of the view, waits for it instead of taking the page's thread from it.
   */
  drawing: boolean;
  setDrawing(on: boolean): void;
  /**
   * A view worker counts a large dataset's partners for the details panel (shown-effect.ts): the page
   * does not (a hub's took 0.15-0.3 s there), the panel says they are being counted until they come.
   */
  partnersInWorker: boolean;
  setPartnersInWorker(on: boolean): void;
  /** The view worker's count for one organisation; `counts` null when it failed (the page counts then). */
  partnerCounts: { graph: ConsortiaGraph; key: string; counts: ReadonlyMap<string, number> | null } | null;
  partnersCounted(graph: ConsortiaGraph, key: string, counts: ReadonlyMap<string, number> | null): void;
  setDrawMore(on: boolean): void;
  /** Stops the running computation and goes back to the view and filters drawn. */
  cancelShown(): void;
  shownStarted(pending: ShownInputs): void;
  shownFinished(inputs: ShownInputs, fitted: FittedView): void;
  shownFailed(message: string): void;
}

export const createShownSlice: SliceCreator<ShownSlice> = (set, get) => ({
  shownResult: null,
  shownStatus: 'idle',
  shownError: null,
  shownPending: null,
  shownCancelRequest: 0,
  drawMore: false,
  setDrawMore(drawMore) {
    set({ drawMore });
  },
  drawing: false,
  setDrawing(drawing) {
    if (get().drawing !== drawing) set({ drawing });
  },
  partnersInWorker: false,
  setPartnersInWorker(partnersInWorker) {
    set({ partnersInWorker, partnerCounts: null });
  },
  partnerCounts: null,
  partnersCounted(graph, key, counts) {
    set({ partnerCounts: { graph, key, counts } });
  },
  cancelShown() {
    const drawn = get().shownResult?.inputs;
    set({
      shownCancelRequest: get().shownCancelRequest + 1,
      shownStatus: 'idle',
      shownPending: null,
      ...(drawn && drawn.graph === get().dataset?.graph
        ? {
            view: drawn.view,
            egoRoot: drawn.egoRoot,
            egoDepth: drawn.egoDepth,
            filters: drawn.filters,
            drawMore: drawn.drawMore,
          }
        : {}),
    });
  },
  shownStarted(pending) {
    set({ shownStatus: 'computing', shownPending: pending, shownError: null });
  },
  shownFinished(inputs, fitted) {
    set({ shownResult: { inputs, fitted }, shownStatus: 'idle', shownPending: null, shownError: null });
  },
  shownFailed(message) {
    set({ shownStatus: 'error', shownPending: null, shownError: message });
  },
});
