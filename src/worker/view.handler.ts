// The view worker's logic, without the worker: one dataset held, each request answered with the view
// cut to the draw budget. Pure enough to test in Node (tests call it directly).
import { DirectedGraph } from 'graphology';
import { fitToBudget } from '../graph/budget';
import { shownGraph } from '../graph/views';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { toViewWorker, type FromViewWorker } from './view.protocol';

export interface ViewWorkerState {
  dataset: number;
  graph: ConsortiaGraph | null;
}

export const newViewWorkerState = (): ViewWorkerState => ({ dataset: 0, graph: null });

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
    state.dataset = message.dataset;
    state.graph = graph;
    return null;
  }
  if (!state.graph || state.dataset !== message.dataset)
    return { type: 'error', id: message.id, message: 'view worker: the dataset is not loaded' };
  const { view, egoRoot, egoDepth, filters, budget } = message.request;
  const fitted = fitToBudget(
    shownGraph(state.graph, view, { egoRoot, egoDepth, limit: budget }, filters),
    budget,
  );
  return {
    type: 'shown',
    id: message.id,
    total: fitted.total,
    capped: fitted.capped,
    graph: fitted.graph.export() as unknown as Extract<FromViewWorker, { type: 'shown' }>['graph'],
  };
}
