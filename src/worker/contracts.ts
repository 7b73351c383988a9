// The one list of jobs the worker runs: name -> payload and result schemas. Each job adds one line here
// and its handler in handlers.ts.
import type { AnyContract } from './protocol';

export const CONTRACTS = {} satisfies Record<string, AnyContract>;

export type Contracts = typeof CONTRACTS;
export type JobName = keyof Contracts;
