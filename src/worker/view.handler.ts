// The view worker's logic, without the worker: one dataset held, each request answered with the view
// cut to the draw budget. Pure enough to test in Node (tests call it directly).
import { DirectedGraph } from 'graphology';
import { fitToBudget, type FittedView } from '../graph/budget';
import { CUT_PLACEMENT, placeView } from '../graph/place';
import { buildGraph, type SerializedConsortiaGraph } from '../graph/schema';
import { filterIndexed, modelFilterKey } from '../graph/filters';
import { indexGraph, type IndexedGraph } from '../graph/indexed';
import { projectView, viewById, type ViewId } from '../graph/views';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { toViewWorker, type FromViewWorker } from './view.protocol';

type ShownAnswer = Extract<FromViewWorker, { type: 'shown' }>;

export interface ViewWorkerState {
  dataset: number;
  graph: ConsortiaGraph | null;
  /** The dataset numbered (graph/indexed.ts), once, for the filters and views. */
  indexed: IndexedGraph | null;
  /**
   * The dataset under the last filters asked for (filters.modelFilterKey), kept for the next view with
   * what the views read of it (node counts, edges by node), worked out when first asked for.
   */
  filtered: { key: string; graph: IndexedGraph } | null;
  /** The last answers by request, newest last (Back to a view is answered at once, with the same places). */
  answers: Map<string, Omit<ShownAnswer, 'id'>>;
  /** Reads a file's text synchronously (FileReaderSync in the worker), so messages stay in order. */
  readText(file: Blob): string;
  /** The clock placement budgets are read from (ms). */
  now?(): number;
}

const noReader = (): string => {
  throw new Error('this view worker cannot read files');
};

export const newViewWorkerState = (readText: (file: Blob) => string = noReader): ViewWorkerState => ({
  dataset: 0,
  graph: null,
  indexed: null,
  filtered: null,
  answers: new Map(),
  readText,
});

/** view.handler.handleViewMessage: answers one message (null when there is nothing to answer). */
export function handleViewMessage(state: ViewWorkerState, data: unknown): FromViewWorker | null {
  const parsed = toViewWorker.safeParse(data);
  if (!parsed.success) {
    const id = (data as { id?: unknown } | null)?.id;
    return {
      type: 'error',
      id: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0,
      message: `view worker: malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    };
  }
  const message = parsed.data;
  if (message.type === 'dataset') {
    const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.import(message.graph as never);
    setDataset(state, message.dataset, graph);
    return null;
  }
  if (message.type === 'dataset-file') {
    // The file the dataset was opened from (checked then); built the same way (edge keys, duplicates).
    const text = state.readText(message.file);
    const built = buildGraph(JSON.parse(text) as SerializedConsortiaGraph, 'dataset');
    setDataset(state, message.dataset, built.ok ? built.graph : null);
    return null;
  }
  if (!state.graph || state.dataset !== message.dataset)
    return { type: 'error', id: message.id, message: 'view worker: the dataset is not loaded' };
  const asked = JSON.stringify(message.request);
  const known = state.answers.get(asked);
  if (known) {
    state.answers.delete(asked);
    state.answers.set(asked, known);
    return { ...known, id: message.id };
  }
  const { view, egoRoot, egoDepth, filters, budget } = message.request;
  const key = modelFilterKey(filters);
  const indexed = (state.indexed ??= indexGraph(state.graph));
  if (state.filtered?.key !== key) state.filtered = { key, graph: filterIndexed(indexed, filters) };
  const fitted = fitToBudget(
    projectView(state.filtered.graph, view, { egoRoot, egoDepth, limit: budget }, filters),
    budget,
  );
  // A cut keeps a scattered few of the built positions: lay it out here, in the same answer, so the
  // page draws it at once instead of starting a layout worker of its own.
  const placed = needsPlacing(fitted, view);
  if (placed) placeView(fitted.graph, { ...CUT_PLACEMENT, now: state.now });
  const answer: Omit<ShownAnswer, 'id'> = {
    type: 'shown',
    total: fitted.total,
    capped: fitted.capped,
    placed,
    graph: fitted.graph.export() as unknown as ShownAnswer['graph'],
  };
  state.answers.set(asked, answer);
  if (state.answers.size > KEPT_ANSWERS) state.answers.delete(state.answers.keys().next().value!);
  return { ...answer, id: message.id };
}

/** How many answers the worker keeps (each a view within the draw budget: some hundred kB). */
const KEPT_ANSWERS = 8;

function setDataset(state: ViewWorkerState, dataset: number, graph: ConsortiaGraph | null): void {
  state.dataset = dataset;
  state.graph = graph;
  state.indexed = null;
  state.filtered = null;
  state.answers.clear();
}

/** A whole (uncut) view is placed here only from this many nodes, when some have no position. */
const PLACE_UNPLACED_FROM = 300;

function needsPlacing(fitted: FittedView, id: ViewId): boolean {
  // The canvas draws these places for "As built" and for a view that opens on Force (layoutChoice.ts):
  // a view with neither (the consortium view opens concentric) would not use them.
  const { layouts, defaultLayout } = viewById(id);
  if (!layouts.includes('preset') && defaultLayout !== 'fcose') return false;
  const view = fitted.graph;
  if (view.order < 2) return false;
  if (fitted.capped) return true;
  return view.order >= PLACE_UNPLACED_FROM && view.someNode((_, a) => a.x === undefined || a.y === undefined);
}
