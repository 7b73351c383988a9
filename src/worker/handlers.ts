// Worker side: one handler per contract in contracts.ts.
import type { Contracts } from './contracts';
import type { Handlers } from './protocol';

export const HANDLERS: Handlers<Contracts> = {};
