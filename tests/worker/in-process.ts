// The app's real job handlers run in-process, for job tests: `collect` gathers what one message produces;
// `inProcessWorker` behaves like a Worker (asynchronous), and drops everything posted after terminate().
import type { WorkerLike } from '../../src/worker/client';
import { CONTRACTS } from '../../src/worker/contracts';
import { dispatch } from '../../src/worker/dispatch';
import { HANDLERS } from '../../src/worker/handlers';
import type { FromWorkerMessage } from '../../src/worker/protocol';

export async function collect(data: unknown): Promise<FromWorkerMessage[]> {
  const posted: FromWorkerMessage[] = [];
  await dispatch(CONTRACTS, HANDLERS as never, data, (m) => posted.push(m));
  return posted;
}

export function inProcessWorker() {
  const state = { terminated: false, posted: 0 };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      state.terminated = true;
    },
    postMessage: (message) =>
      queueMicrotask(
        () =>
          void dispatch(CONTRACTS, HANDLERS as never, message, (m) => {
            if (state.terminated) return;
            state.posted++;
            worker.onmessage?.({ data: m });
          }),
      ),
  };
  return { worker, state };
}
