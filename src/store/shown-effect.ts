// The view of a large dataset, computed in the view worker whenever the view state changes: superseded
// requests are dropped, the last view stays drawn meanwhile, and the person can cancel.
import { drawBudget, isLargeDataset, type FittedView } from '../graph/budget';
import type { ConsortiaGraph } from '../graph/types';
import { JobCancelledError, type RunOptions } from '../worker/client';
import { ViewWorkerClient } from '../worker/view.client';
import type { ShownRequest } from '../worker/view.protocol';
import type { AppStore } from './index';
import type { AppState } from './types';
import { watchJob } from './job-effect';
import { selectPartnerCounts, selectShownInputs } from './selectors';
import type { ShownInputs } from './slices/shown';

export type RunShown = (
  graph: ConsortiaGraph,
  request: ShownRequest,
  options: RunOptions,
  /** The file the dataset was opened from, when there is one. */
  file?: Blob,
) => Promise<FittedView>;

/** shown-effect.startShownEffect: returns the unsubscribe, which also stops the worker it made. */
export function startShownEffect(store: AppStore, run?: RunShown, debounceMs = 30): () => void {
  const client = run ? null : new ViewWorkerClient();
  const compute: RunShown =
    run ?? ((graph, request, options, file) => client!.shown(graph, request, options.signal, file));
  const stop = watchJob<{ inputs: ShownInputs; fitted: FittedView }>(
    store,
    {
      inputs: (s) => {
        const i = selectShownInputs(s);
        return i ? [i.graph, i.view, i.egoRoot, i.egoDepth, i.filters, i.drawMore] : [];
      },
      ready: (s) => !!s.dataset && isLargeDataset(s.dataset.graph),
      cancelRequest: (s) => s.shownCancelRequest,
      run: (s, options) => {
        const inputs = selectShownInputs(s)!;
        // Back to what is drawn (a cancel, Back in the browser): nothing to compute.
        const drawn = s.shownResult;
        if (drawn && sameInputs(drawn.inputs, inputs)) return Promise.resolve(drawn);
        const request: ShownRequest = {
          view: inputs.view,
          egoRoot: inputs.egoRoot,
          egoDepth: inputs.egoDepth,
          filters: inputs.filters,
          budget: drawBudget(inputs.view === 'ego', inputs.drawMore),
          aheadBudget: drawBudget(false, inputs.drawMore),
        };
        return compute(inputs.graph, request, options, s.dataset?.source).then((fitted) => ({
          inputs,
          fitted,
        }));
      },
      started: (s) => s.shownStarted(selectShownInputs(s)!),
      progressed: () => undefined,
      finished: (s, { inputs, fitted }) => s.shownFinished(inputs, fitted),
      failed: (s, message) => s.shownFailed(message),
      cancelled: () => undefined,
    },
    debounceMs,
    // A click (a view, a neighbourhood) is asked of the worker at the end of its own task, not 30 ms
    // after it.
    { leading: true },
  );
  const stopPartners = client ? startPartnersEffect(store, client) : () => undefined;
  return () => {
    stop();
    stopPartners();
    client?.dispose();
  };
}

/** A view being computed or drawn. */
const viewBusy = (s: AppState): boolean => s.shownStatus === 'computing' || s.drawing;

/**
 * shown-effect.startPartnersEffect: the selected organisation's partners in a large dataset, counted by the view worker, which holds the
 * dataset as arrays. Asked once the view the click may open is computed and drawn, so the view comes
 * first; the page counted a hub's 46,000 partners in the click's own task before.
 */
export function startPartnersEffect(store: AppStore, client: Pick<ViewWorkerClient, 'partners'>): () => void {
  store.getState().setPartnersInWorker(true);
  const stop = watchJob<{ graph: ConsortiaGraph; key: string; counts: Map<string, number> | null }>(
    store,
    {
      // After the view the click opens is drawn: its answer, some 0.1 s on the page for a hub's 46,000
      // partners, came in the middle of the drawing.
      inputs: (s) => [s.dataset, s.selected, s.partnersInWorker, viewBusy(s)],
      ready: (s) => !viewBusy(s) && selectPartnerCounts(s) === 'later',
      cancelRequest: () => 0,
      run: (s, options) => {
        const { graph, source } = s.dataset!;
        const key = s.selected!;
        return client.partners(graph, key, options.signal, source).then(
          (counts) => ({ graph, key, counts }),
          (error: unknown) => {
            if (error instanceof JobCancelledError) throw error;
            // The page counts them instead (selectPartnerCounts).
            return { graph, key, counts: null };
          },
        );
      },
      started: () => undefined,
      progressed: () => undefined,
      finished: (s, { graph, key, counts }) => s.partnersCounted(graph, key, counts),
      failed: () => undefined,
      cancelled: () => undefined,
    },
    30,
  );
  return () => {
    stop();
    store.getState().setPartnersInWorker(false);
  };
}

const sameInputs = (a: ShownInputs, b: ShownInputs): boolean =>
  a.graph === b.graph &&
  a.view === b.view &&
  a.egoRoot === b.egoRoot &&
  a.egoDepth === b.egoDepth &&
  a.filters === b.filters &&
  a.drawMore === b.drawMore;
