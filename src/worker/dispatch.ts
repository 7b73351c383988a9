// The worker's message loop as a pure function, so it runs in tests without a Worker.
import { startMessage, type AnyContract, type FromWorkerMessage, type JobContext } from './protocol';

type Post = (message: FromWorkerMessage) => void;
type AnyHandlers = Record<string, (payload: never, context: JobContext) => unknown>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** worker.dispatch: checks a message, runs its job and posts progress, then a result or an error. */
export async function dispatch(
  contracts: Record<string, AnyContract>,
  handlers: AnyHandlers,
  data: unknown,
  post: Post,
): Promise<void> {
  const message = startMessage.safeParse(data);
  if (!message.success) {
    post({
      type: 'error',
      id: -1,
      message: `worker: ignored a malformed message (${message.error.issues[0]?.message ?? 'invalid'})`,
    });
    return;
  }
  const { id, job, payload } = message.data;
  const contract = contracts[job];
  const handler = handlers[job];
  if (!contract || !handler) {
    post({ type: 'error', id, message: `worker: unknown job "${job}"` });
    return;
  }
  const checked = contract.payload.safeParse(payload);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'payload';
    post({
      type: 'error',
      id,
      message: `worker: job "${job}": ${where}: ${issue?.message ?? 'invalid payload'}`,
    });
    return;
  }
  const context: JobContext = {
    progress: (done, total, label) =>
      post({ type: 'progress', id, done, total, label, at: performance.now() }),
    part: (value) => post({ type: 'part', id, value }),
  };
  try {
    const value = await handler(checked.data as never, context);
    post({ type: 'result', id, value });
  } catch (error) {
    post({ type: 'error', id, message: describe(error) });
  }
}
