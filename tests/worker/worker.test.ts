import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobCancelledError, keptWorker, runJobWith, type WorkerLike } from '../../src/worker/client';
import { dispatch } from '../../src/worker/dispatch';
import type { FromWorkerMessage, JobContext } from '../../src/worker/protocol';

const contracts = {
  sum: { payload: z.object({ values: z.array(z.number()) }), result: z.number() },
  fail: { payload: z.object({}), result: z.number() },
};
const handlers = {
  sum: ({ values }: { values: number[] }, context: JobContext) => {
    values.forEach((_, i) => context.progress(i + 1, values.length, 'adding'));
    return values.reduce((a, b) => a + b, 0);
  },
  fail: () => {
    throw new Error('fail: no such graph');
  },
};

async function collect(data: unknown): Promise<FromWorkerMessage[]> {
  const posted: FromWorkerMessage[] = [];
  await dispatch(contracts, handlers as never, data, (m) => posted.push(m));
  return posted;
}

/** A worker that runs dispatch in-process, asynchronously like a real one; `hold` delays the start. */
function fakeWorker(hold = false) {
  const state = { terminated: false, release: () => {} };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      state.terminated = true;
    },
    postMessage: (message) => {
      const go = () =>
        void dispatch(contracts, handlers as never, message, (m) => {
          if (!state.terminated) worker.onmessage?.({ data: m });
        });
      if (hold) state.release = go;
      else queueMicrotask(go);
    },
  };
  return { worker, state };
}

describe('worker dispatch', () => {
  it('answers a malformed message with an error instead of throwing', async () => {
    expect(await collect({ type: 'start', id: 'x' })).toEqual([
      { type: 'error', id: -1, message: expect.stringMatching(/^worker: ignored a malformed message/) },
    ]);
  });

  it('names an unknown job', async () => {
    expect(await collect({ type: 'start', id: 3, job: 'nope', payload: {} })).toEqual([
      { type: 'error', id: 3, message: 'worker: unknown job "nope"' },
    ]);
  });

  it('names the field of a bad payload', async () => {
    const [message] = await collect({ type: 'start', id: 4, job: 'sum', payload: { values: [1, 'two'] } });
    expect(message).toMatchObject({
      type: 'error',
      id: 4,
      message: expect.stringMatching(/^worker: job "sum": values\.1: /),
    });
  });

  it('posts progress, then the result', async () => {
    expect(await collect({ type: 'start', id: 5, job: 'sum', payload: { values: [2, 3] } })).toEqual([
      { type: 'progress', id: 5, done: 1, total: 2, label: 'adding', at: expect.any(Number) },
      { type: 'progress', id: 5, done: 2, total: 2, label: 'adding', at: expect.any(Number) },
      { type: 'result', id: 5, value: 5 },
    ]);
  });

  it('turns a thrown error into an error message', async () => {
    expect(await collect({ type: 'start', id: 6, job: 'fail', payload: {} })).toEqual([
      { type: 'error', id: 6, message: 'fail: no such graph' },
    ]);
  });
});

describe('worker client', () => {
  it('resolves with the checked result and reports progress', async () => {
    const { worker, state } = fakeWorker();
    const seen: number[] = [];
    const result = await runJobWith(
      contracts,
      () => worker,
      'sum',
      { values: [1, 2, 4] },
      { onProgress: (p) => seen.push(p.done) },
    );
    expect(result).toBe(7);
    expect(seen).toEqual([1, 2, 3]);
    expect(state.terminated).toBe(true);
  });

  it('rejects with the worker error message', async () => {
    const { worker } = fakeWorker();
    await expect(runJobWith(contracts, () => worker, 'fail', {})).rejects.toThrow('fail: no such graph');
  });

  it('cancels: terminates the worker and rejects, and a late result is ignored', async () => {
    const { worker, state } = fakeWorker(true);
    const controller = new AbortController();
    const running = runJobWith(
      contracts,
      () => worker,
      'sum',
      { values: [1] },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(state.terminated).toBe(true);
    state.release();
  });

  it('rejects a result that fails its contract', async () => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (m) =>
        queueMicrotask(() =>
          worker.onmessage?.({ data: { type: 'result', id: (m as { id: number }).id, value: 'seven' } }),
        ),
    };
    await expect(runJobWith(contracts, () => worker, 'sum', { values: [] })).rejects.toThrow(
      /result failed its check/,
    );
  });
});

describe('kept worker', () => {
  /** A supply of fake workers, counting how many were made and which were terminated. */
  function counted(hold = false) {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const supply = keptWorker(() => {
      made.push(fakeWorker(hold));
      return made.at(-1)!.worker;
    });
    return { supply, made };
  }

  it('terminates on cancel, and the next job starts a fresh worker', async () => {
    const { supply, made } = counted(true);
    const controller = new AbortController();
    const running = runJobWith(contracts, supply, 'sum', { values: [1] }, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(made[0]!.state.terminated).toBe(true);
    const next = runJobWith(contracts, supply, 'sum', { values: [2, 3] });
    made[1]!.state.release();
    expect(await next).toBe(5);
    expect(made).toHaveLength(2);
  });

  it("keeps the worker alive after a result and after the job's own error, for the next job", async () => {
    const { supply, made } = counted();
    expect(await runJobWith(contracts, supply, 'sum', { values: [1, 2] })).toBe(3);
    await expect(runJobWith(contracts, supply, 'fail', {})).rejects.toThrow('fail: no such graph');
    expect(await runJobWith(contracts, supply, 'sum', { values: [4] })).toBe(4);
    expect(made).toHaveLength(1);
    expect(made[0]!.state.terminated).toBe(false);
  });

  it('gives overlapping jobs a worker each and keeps only one of them', async () => {
    const { supply, made } = counted();
    const results = await Promise.all([
      runJobWith(contracts, supply, 'sum', { values: [1] }),
      runJobWith(contracts, supply, 'sum', { values: [2] }),
    ]);
    expect(results).toEqual([1, 2]);
    expect(made.map((m) => m.state.terminated)).toEqual([false, true]);
    expect(await runJobWith(contracts, supply, 'sum', { values: [3] })).toBe(3);
    expect(made).toHaveLength(2);
  });
});
