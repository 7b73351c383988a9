// The page side: runs a job in its own worker and returns a promise; cancel terminates that worker, so
// even a synchronous kernel stops at once and nothing half-done reaches the page.
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

let nextId = 1;

/** Runs one job against the given contracts in a fresh worker. */
export function runJobWith<C extends Record<string, AnyContract>, K extends keyof C & string>(
  contracts: C,
  createWorker: () => WorkerLike,
  job: K,
  payload: PayloadOf<C[K]>,
  options: RunOptions = {},
): Promise<ResultOf<C[K]>> {
  const { onProgress, onPart, signal } = options;
  if (signal?.aborted) return Promise.reject(new JobCancelledError(job));
  const id = nextId++;
  const worker = createWorker();
  return new Promise<ResultOf<C[K]>>((resolve, reject) => {
    const finish = (settle: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
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
      } else if (message.type === 'error') finish(() => reject(new Error(message.message)));
      else {
        const result = contracts[job]!.result.safeParse(message.value);
        if (result.success) finish(() => resolve(result.data as ResultOf<C[K]>));
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

/** Runs an app job (see contracts.ts) in a fresh Web Worker. */
export function runJob<K extends JobName>(
  job: K,
  payload: PayloadOf<Contracts[K]>,
  options?: RunOptions,
): Promise<ResultOf<Contracts[K]>> {
  return runJobWith(CONTRACTS, createAppWorker, job, payload, options);
}
