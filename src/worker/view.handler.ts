// The view worker's logic, without the worker: one dataset held, each request answered with the view
// cut to the draw budget. Pure enough to test in Node (tests call it directly).
import { DirectedGraph } from 'graphology';
import { fitToBudget, type FittedView } from '../graph/budget';
import { CUT_PLACEMENT, placeView } from '../graph/place';
import { isLargeGraph } from '../render/layouts';
import { buildGraph, type SerializedConsortiaGraph } from '../graph/schema';
import { filterIndexed, modelFilterKey } from '../graph/filters';
import { EDGE_CODE, indexGraph, type IndexedGraph } from '../graph/indexed';
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
  /** The filters and ahead budget of the last request: the views worked out ahead use them (computeAhead). */
  ahead?: Pick<ShownRequest, 'filters' | 'budget'> | null;
  /** A view worked out ahead, cut but not placed yet (computeAhead's first step). */
  halfway?: { key: string; fitted: FittedView } | null;
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
  if (message.type === 'partners')
    return { type: 'partners', id: message.id, ...partnersOf(state, message.key) };
  const { filters, budget, aheadBudget } = message.request;
  state.ahead = { filters, budget: aheadBudget ?? budget };
  return { ...answerFor(state, state.graph, message.request), id: message.id };
}

/**
 * An organisation's partners in the whole dataset with the projects each shares with it, as
 * details.nodeDetails counts them (each other participant of each project it takes part in), over the
 * numbered graph's arrays: a hub's 5,600 projects took 0.15-0.3 s of graphology callbacks on the page.
 */
function partnersOf(
  state: ViewWorkerState,
  key: string,
): { keys: string[]; shared: Uint32Array<ArrayBuffer> } {
  const indexed = (state.indexed ??= indexGraph(state.graph!));
  const { whole } = indexed;
  const org = whole.id.get(key);
  if (org === undefined) throw new Error(`the dataset has no node "${key}"`);
  const out = indexed.outEdges();
  const into = indexed.inEdges();
  const joins = EDGE_CODE.participates_in;
  const count = new Map<number, number>();
  for (let i = out.start[org]!; i < out.start[org + 1]!; i++) {
    const e = out.edges[i]!;
    if (whole.edgeType[e] !== joins) continue;
    const project = whole.target[e]!;
    for (let j = into.start[project]!; j < into.start[project + 1]!; j++) {
      const pe = into.edges[j]!;
      const other = whole.source[pe]!;
      if (whole.edgeType[pe] !== joins || other === org) continue;
      count.set(other, (count.get(other) ?? 0) + 1);
    }
  }
  const keys: string[] = [];
  const shared = new Uint32Array(count.size);
  for (const [other, n] of count) {
    shared[keys.length] = n;
    keys.push(whole.keys[other]!);
  }
  return { keys, shared };
}

type ShownRequest = Extract<ReturnType<typeof toViewWorker.parse>, { type: 'shown' }>['request'];

/** The answers' key: what the view depends on (a view other than the consortium has no root or depth). */
function answerKey({ view, egoRoot, egoDepth, filters, budget }: ShownRequest): string {
  const ego = view === 'ego';
  return JSON.stringify({
    view,
    egoRoot: ego ? egoRoot : null,
    egoDepth: ego ? egoDepth : 1,
    filters,
    budget,
  });
}

/** The view `request` asks for, projected from the filtered dataset and cut to the budget, not placed yet. */
function fittedFor(state: ViewWorkerState, graph: ConsortiaGraph, request: ShownRequest): FittedView {
  const { view, egoRoot, egoDepth, filters, budget } = request;
  const key = modelFilterKey(filters);
  const indexed = (state.indexed ??= indexGraph(graph));
  if (state.filtered?.key !== key) state.filtered = { key, graph: filterIndexed(indexed, filters) };
  return fitToBudget(
    projectView(state.filtered.graph, view, { egoRoot, egoDepth, limit: budget }, filters),
    budget,
  );
}

/** The answer for a fitted view: placed here when it needs it, as the page receives it. */
function finished(state: ViewWorkerState, view: ViewId, fitted: FittedView): Omit<ShownAnswer, 'id'> {
  // A cut keeps a scattered few of the built positions: lay it out here, in the same answer, so the
  // page draws it at once instead of starting a layout worker of its own.
  const placed = needsPlacing(fitted, view);
  if (placed) placeView(fitted.graph, { ...CUT_PLACEMENT, now: state.now });
  return {
    type: 'shown',
    total: fitted.total,
    capped: fitted.capped,
    placed,
    graph: fitted.graph.export() as unknown as ShownAnswer['graph'],
  };
}

/**
 * Keeps an answer, newest last, or first (`guess`: worked out ahead, so it goes before what was asked
 * and is the first to go; computeAhead only makes one while there is room).
 */
function keep(state: ViewWorkerState, key: string, answer: Omit<ShownAnswer, 'id'>, guess = false): void {
  if (guess) {
    const before = [...state.answers];
    state.answers.clear();
    state.answers.set(key, answer);
    for (const [k, v] of before) state.answers.set(k, v);
  } else state.answers.set(key, answer);
  while (state.answers.size > KEPT_ANSWERS) state.answers.delete(state.answers.keys().next().value!);
}

/** The view `request` asks for, cut and placed, from the kept answers or worked out (and kept). */
function answerFor(state: ViewWorkerState, graph: ConsortiaGraph, request: ShownRequest) {
  const asked = answerKey(request);
  const known = state.answers.get(asked);
  if (known) {
    state.answers.delete(asked);
    state.answers.set(asked, known);
    return known;
  }
  const half = state.halfway?.key === asked ? state.halfway.fitted : null;
  if (half) state.halfway = null;
  const answer = finished(state, request.view, half ?? fittedFor(state, graph, request));
  keep(state, asked, answer);
  return answer;
}

/**
 * The views worked out ahead, in the worker's idle time, under the filters of the last request: the
 * views a person switches between. Each took the worker 0.15-0.6 s at M (docs/benchmarks.md) that a
 * switch to it then waited for; a consortium view depends on its root and is not guessed.
 */
export const AHEAD_VIEWS: readonly ViewId[] = [
  'network',
  'co-partners',
  'partnerships',
  'projects',
  'programmes',
  'countries',
];

/**
 * view.handler.computeAhead: works out one view of AHEAD_VIEWS not kept yet, under the last request's
 * filters and budget, and keeps its answer; false when there is none left (or nothing was asked yet).
 * The worker calls it while no message waits, one step (a cut, or its places) per task.
 */
export function computeAhead(state: ViewWorkerState): boolean {
  const { graph, ahead } = state;
  // Only into room left: a guess kept first would be the first pushed out, and worked out again forever.
  if (!graph || !ahead || state.answers.size >= KEPT_ANSWERS) return false;
  for (const view of AHEAD_VIEWS) {
    const request: ShownRequest = { view, egoRoot: null, egoDepth: 1, ...ahead };
    const key = answerKey(request);
    if (state.answers.has(key)) continue;
    // In two steps (the cut, then its places), so a request that comes meanwhile waits for one only.
    if (state.halfway?.key === key) {
      keep(state, key, finished(state, view, state.halfway.fitted), true);
      state.halfway = null;
    } else state.halfway = { key, fitted: fittedFor(state, graph, request) };
    return true;
  }
  return false;
}

/** How many answers the worker keeps (each a view within the draw budget: some hundred kB). */
const KEPT_ANSWERS = 16;

function setDataset(state: ViewWorkerState, dataset: number, graph: ConsortiaGraph | null): void {
  state.dataset = dataset;
  state.graph = graph;
  state.indexed = null;
  state.filtered = null;
  state.answers.clear();
  state.ahead = null;
  state.halfway = null;
}

function needsPlacing(fitted: FittedView, id: ViewId): boolean {
  // The canvas draws these places for "As built" and for a view that opens on Force (layoutChoice.ts):
  // a view with neither (the consortium view opens concentric) would not use them.
  const { layouts, defaultLayout } = viewById(id);
  if (!layouts.includes('preset') && defaultLayout !== 'fcose') return false;
  const view = fitted.graph;
  if (view.order < 2) return false;
  if (fitted.capped) return true;
  // A whole view the canvas draws as large (layouts.isLargeGraph), from nodes without positions or a
  // part of the dataset, say one country's partnerships: its built positions are the whole dataset's,
  // so its nodes lie scattered over all of it, dots on an empty canvas once fitted (and a large drawing
  // shows no labels to fill it). Placed by itself, from them. A small one keeps its built positions.
  return isLargeGraph(view.order, view.size);
}
