// The Web Worker entry: imports nothing from the main chunk, only the job handlers and the pure core.
import { CONTRACTS } from './contracts';
import { dispatch } from './dispatch';
import { HANDLERS } from './handlers';
import type { FromWorkerMessage } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(m: FromWorkerMessage): void;
};

scope.onmessage = (event: MessageEvent) => {
  void dispatch(CONTRACTS, HANDLERS as never, event.data, (message) => scope.postMessage(message));
};
