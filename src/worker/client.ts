// The page side: runs a job in a worker and returns a promise; cancel terminates that worker, so even a
// synchronous kernel stops at once and nothing half-done reaches the page. Most jobs get a fresh worker;
// metrics, rerun on every view change, keep theirs warm between jobs (keptWorker).
import { CONTRACTS, type Contracts, type JobName } from './contracts';
import {
  fromWorkerMessage,
  type AnyContract,
  type PayloadOf,
  type Progress,
  type ResultOf,
} from './protocol';

/** The little of a Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  /** Each piece a job hands over before its result (JobContext.part), unchecked: the caller checks it. */
  onPart?: (value: unknown) => void;
  signal?: AbortSignal;
}

export class JobCancelledError extends Error {
  constructor(job: string) {
    super(`${job}: cancelled`);
    this.name = 'JobCancelledError';
  }
}

export const createAppWorker = (): WorkerLike =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** Where a job's worker comes from, and where it goes when the job is over. */
export interface WorkerSupply {
  take(): WorkerLike;
  /** `reusable`: the job ended with its result or its own error, so the worker is idle and sound. */
  give(worker: WorkerLike, reusable: boolean): void;
}

/** client.freshWorkers: a new worker for each job, terminated when the job is over. */
export const freshWorkers = (create: () => WorkerLike): WorkerSupply => ({
  take: create,
  give: (worker) => worker.terminate(),
});

/**
 * client.keptWorker: one worker kept alive between jobs, so a job after the first skips the worker's start
 * and runs compiled code. A cancel, a crash or a malformed message terminates it and the next job starts a
 * fresh one; jobs that overlap each get their own worker, and only one is kept.
 */
export function keptWorker(create: () => WorkerLike): WorkerSupply {
  let idle: WorkerLike | null = null;
  return {
    take() {
      const worker = idle ?? create();
      idle = null;
      return worker;
    },
    give(worker, reusable) {
      if (reusable && !idle) idle = worker;
      else worker.terminate();
    },
  };
}

let nextId = 1;

/** Runs one job against the given contracts in a worker from `workers` (a function: a fresh worker). */
export function runJobWith<C extends Record<string, AnyContract>, K extends keyof C & string>(
  contracts: C,
  workers: WorkerSupply | (() => WorkerLike),
  job: K,
  payload: PayloadOf<C[K]>,
  options: RunOptions = {},
): Promise<ResultOf<C[K]>> {
  const { onProgress, onPart, signal } = options;
  if (signal?.aborted) return Promise.reject(new JobCancelledError(job));
  const supply = typeof workers === 'function' ? freshWorkers(workers) : workers;
  const id = nextId++;
  const worker = supply.take();
  return new Promise<ResultOf<C[K]>>((resolve, reject) => {
    const finish = (settle: () => void, reusable = false) => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      supply.give(worker, reusable);
      settle();
    };
    const onAbort = () => finish(() => reject(new JobCancelledError(job)));
    signal?.addEventListener('abort', onAbort);
    worker.onerror = (event) =>
      finish(() =>
        reject(new Error(`${job}: the worker failed${event.message ? `: ${event.message}` : ''}`)),
      );
    worker.onmessage = (event) => {
      const parsed = fromWorkerMessage.safeParse(event.data);
      if (!parsed.success) {
        finish(() => reject(new Error(`${job}: the worker sent a malformed message`)));
        return;
      }
      const message = parsed.data;
      if (message.id !== id && message.id !== -1) return;
      if (message.type === 'progress')
        onProgress?.({ done: message.done, total: message.total, label: message.label });
      else if (message.type === 'part') {
        try {
          onPart?.(message.value);
        } catch (error) {
          finish(() => reject(error instanceof Error ? error : new Error(String(error))));
        }
      } else if (message.type === 'error')
        // The job's own error leaves the worker idle; one about a malformed message (id -1) does not say so.
        finish(() => reject(new Error(message.message)), message.id === id);
      else {
        const result = contracts[job]!.result.safeParse(message.value);
        if (result.success) finish(() => resolve(result.data as ResultOf<C[K]>), true);
        else
          finish(() =>
            reject(
              new Error(
                `${job}: the worker's result failed its check (${result.error.issues[0]?.message ?? 'invalid'})`,
              ),
            ),
          );
      }
    };
    worker.postMessage({ type: 'start', id, job, payload });
  });
}

/** The jobs whose worker is kept between runs: metrics rerun on every change of the shown view. */
const KEPT: Partial<Record<JobName, WorkerSupply>> = { metrics: keptWorker(createAppWorker) };

/** Runs an app job (see contracts.ts) in a Web Worker: a fresh one, or the kept one for metrics. */
export function runJob<K extends JobName>(
  job: K,
  payload: PayloadOf<Contracts[K]>,
  options?: RunOptions,
): Promise<ResultOf<Contracts[K]>> {
  return runJobWith(CONTRACTS, KEPT[job] ?? createAppWorker, job, payload, options);
}
