// The view worker's entry: keeps the dataset and answers view requests (see view.handler.ts).
import { handleViewMessage, newViewWorkerState } from './view.handler';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(m: unknown): void;
};

declare const FileReaderSync: { new (): { readAsText(blob: Blob): string } };

const state = newViewWorkerState((file) => new FileReaderSync().readAsText(file));

scope.onmessage = (event: MessageEvent) => {
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
};
