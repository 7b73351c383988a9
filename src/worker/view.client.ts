// The page side of the view worker: one persistent worker holding the current dataset (sent once per
// dataset), answering view requests. A request that is aborted (superseded by a newer one) rejects with
// JobCancelledError and its late answer is dropped; the worker is kept, so the dataset is not sent again.
import Graph from 'graphology';
import type { FittedView } from '../graph/budget';
import type { ConsortiaGraph } from '../graph/types';
import type { ViewGraph } from '../graph/view-types';
import { JobCancelledError, type WorkerLike } from './client';
import { fromViewWorker, type FromViewWorker, type ShownRequest, type ToViewWorker } from './view.protocol';

export const createViewWorker = (): WorkerLike =>
  new Worker(new URL('./view.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

type Answer = Exclude<FromViewWorker, { type: 'error' }>;

interface Pending {
  resolve(answer: Answer): void;
  reject(error: Error): void;
}

export class ViewWorkerClient {
  private worker: WorkerLike | null = null;
  private datasets = new WeakMap<ConsortiaGraph, number>();
  private nextDataset = 1;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly create: () => WorkerLike = createViewWorker) {}

  /**
   * The view of `graph` asked for, cut to the request's budget. `file`: the JSON file the graph was
   * opened from, sent instead of a serialised copy (seconds of main-thread work at scale).
   */
  shown(
    graph: ConsortiaGraph,
    request: ShownRequest,
    signal?: AbortSignal,
    file?: Blob,
  ): Promise<FittedView> {
    return this.ask(graph, file, signal, (id, dataset) => ({ type: 'shown', id, dataset, request })).then(
      (answer) => {
        if (answer.type !== 'shown') throw new Error('view: the view worker answered a view with partners');
        return {
          graph: Graph.from(answer.graph as never) as unknown as ViewGraph,
          total: answer.total,
          capped: answer.capped,
          ...(answer.placed ? { placed: true } : {}),
        };
      },
    );
  }

  /**
   * The organisation `key`'s partners in the whole of `graph`, each with the number of projects it
   * shares with them (details.nodeDetails' count, worked out where the dataset is held as arrays). Asked
   * after a view, it is answered after that view.
   */
  partners(
    graph: ConsortiaGraph,
    key: string,
    signal?: AbortSignal,
    file?: Blob,
  ): Promise<Map<string, number>> {
    return this.ask(graph, file, signal, (id, dataset) => ({ type: 'partners', id, dataset, key })).then(
      (answer) => {
        if (answer.type !== 'partners')
          throw new Error('view: the view worker answered partners with a view');
        if (answer.shared.length !== answer.keys.length)
          throw new Error('view: the view worker sent partners without their counts');
        return new Map(answer.keys.map((k, i) => [k, answer.shared[i]!]));
      },
    );
  }

  /** Sends the dataset if the worker does not hold it yet, then `message`; resolves with its answer. */
  private ask(
    graph: ConsortiaGraph,
    file: Blob | undefined,
    signal: AbortSignal | undefined,
    message: (id: number, dataset: number) => ToViewWorker,
  ): Promise<Answer> {
    if (signal?.aborted) return Promise.reject(new JobCancelledError('view'));
    const worker = this.ensureWorker();
    let dataset = this.datasets.get(graph);
    if (dataset === undefined) {
      dataset = this.nextDataset++;
      this.datasets.set(graph, dataset);
      const start = performance.now();
      this.post(
        worker,
        file
          ? { type: 'dataset-file', dataset, file }
          : { type: 'dataset', dataset, graph: graph.export() as never },
      );
      // Timed for the benchmark: serialising the dataset for the worker runs on the page's main thread.
      performance.measure('consortia:view-dataset-sent', { start, end: performance.now() });
    }
    const id = this.nextId++;
    const asked = message(id, dataset);
    return new Promise<Answer>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        reject(new JobCancelledError('view'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(v);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      });
      this.post(worker, asked);
    });
  }

  /** Stops the worker; pending requests fail. */
  dispose(): void {
    this.fail('view: the view worker was stopped');
  }

  private post(worker: WorkerLike, message: ToViewWorker): void {
    worker.postMessage(message);
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) =>
      this.fail(`view: the view worker failed${event.message ? `: ${event.message}` : ''}`);
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    const parsed = fromViewWorker.safeParse(data);
    if (!parsed.success) {
      this.fail('view: the view worker sent a malformed message');
      return;
    }
    const message = parsed.data;
    const waiting = this.pending.get(message.id);
    if (!waiting) return; // superseded: nobody waits for it any more
    this.pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(message.message));
    else waiting.resolve(message);
  }

  /** Fails everything waiting and drops the worker (and what it held), so the next request starts afresh. */
  private fail(text: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
    this.datasets = new WeakMap();
    for (const w of waiting) w.reject(new Error(text));
  }
}
