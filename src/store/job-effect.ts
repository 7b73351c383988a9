// Runs a worker job whenever its inputs in the store change: debounced, superseded runs cancelled,
// progress and outcome reported back to the store, and a cancel counter the person can bump.
import { JobCancelledError, type RunOptions } from '../worker/client';
import type { Progress } from '../worker/protocol';
import type { AppStore } from './index';
import type { AppState } from './types';

export interface JobWatch<R> {
  /** Compared by identity; a change starts a new run. */
  inputs(state: AppState): readonly unknown[];
  /** False while there is nothing to compute (no data yet). */
  ready(state: AppState): boolean;
  /** Bumped to cancel the running job. */
  cancelRequest(state: AppState): number;
  run(state: AppState, options: RunOptions): Promise<R>;
  started(state: AppState): void;
  progressed(state: AppState, progress: Progress): void;
  finished(state: AppState, result: R): void;
  failed(state: AppState, message: string): void;
  cancelled(state: AppState): void;
}

/**
 * job-effect.watchJob: subscribes to the store; returns the unsubscribe, which also cancels. A change of
 * inputs starts a run `debounceMs` after the last of a burst of changes. With `leading`, a change after
 * `debounceMs` without any starts its run at once instead, at the end of the task that made it (so the
 * task's other changes come along): a click is not kept waiting, a drag still starts one run per pause.
 */
export function watchJob<R>(
  store: AppStore,
  watch: JobWatch<R>,
  debounceMs = 150,
  { leading = false }: { leading?: boolean } = {},
): () => void {
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastInputs: readonly unknown[] | null = null;
  let lastCancel = watch.cancelRequest(store.getState());
  let lastChange = -Infinity;
  // The start queued for the end of this task (leading), by number: a later number drops it.
  let queued = 0;
  let pending = false;
  const drop = () => {
    clearTimeout(timer);
    queued++;
    pending = false;
  };

  const start = () => {
    const state = store.getState();
    if (!watch.ready(state)) return;
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    watch.started(state);
    watch
      .run(state, {
        signal: mine.signal,
        onProgress: (p) => controller === mine && watch.progressed(store.getState(), p),
      })
      .then(
        (result) => {
          if (controller === mine) watch.finished(store.getState(), result);
        },
        (error: unknown) => {
          if (controller !== mine) return;
          if (error instanceof JobCancelledError) watch.cancelled(store.getState());
          else watch.failed(store.getState(), error instanceof Error ? error.message : String(error));
        },
      );
  };

  const check = () => {
    const state = store.getState();
    const cancel = watch.cancelRequest(state);
    if (cancel !== lastCancel) {
      lastCancel = cancel;
      drop();
      controller?.abort();
      return;
    }
    const inputs = watch.inputs(state);
    if (
      lastInputs &&
      inputs.length === lastInputs.length &&
      inputs.every((v, i) => Object.is(v, lastInputs![i]))
    )
      return;
    lastInputs = inputs;
    // Date, not performance: tests fake it with the timers.
    const now = Date.now();
    const quiet = now - lastChange >= debounceMs;
    lastChange = now;
    // Queued for the end of this task already: it reads the state then, this change with it.
    if (pending) return;
    clearTimeout(timer);
    if (!watch.ready(state)) return;
    if (leading && quiet) {
      const mine = ++queued;
      pending = true;
      queueMicrotask(() => {
        if (mine !== queued) return;
        pending = false;
        start();
      });
    } else timer = setTimeout(start, debounceMs);
  };

  check();
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    drop();
    const running = controller;
    controller = null;
    running?.abort();
  };
}
