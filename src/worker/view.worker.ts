// The view worker's entry: keeps the dataset and answers view requests (see view.handler.ts).
import { computeAhead, handleViewMessage, newViewWorkerState } from './view.handler';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(m: unknown): void;
};

declare const FileReaderSync: { new (): { readAsText(blob: Blob): string } };

const state = newViewWorkerState((file) => new FileReaderSync().readAsText(file));

/**
 * How long the worker waits after its last message before working out views ahead (computeAhead):
 * past the drawing and the metrics of the view just answered, so it does not take the page's second core
 * while they run. A request that comes meanwhile waits at most for one step of it (a cut, or its places).
 */
const AHEAD_AFTER_MS = 2500;
let ahead: ReturnType<typeof setTimeout> | undefined;
const workAhead = () => {
  let more = false;
  try {
    more = computeAhead(state);
  } catch {
    // Nothing was asked for: a view that cannot be worked out says why when a person asks for it.
  }
  if (more) ahead = setTimeout(workAhead, 0);
};

scope.onmessage = (event: MessageEvent) => {
  clearTimeout(ahead);
  let answer;
  try {
    answer = handleViewMessage(state, event.data);
  } catch (error) {
    const id = (event.data as { id?: unknown } | null)?.id;
    answer = {
      type: 'error' as const,
      id: typeof id === 'number' ? id : 0,
      message: `view worker: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (answer) scope.postMessage(answer);
  if (answer?.type === 'shown') ahead = setTimeout(workAhead, AHEAD_AFTER_MS);
};
