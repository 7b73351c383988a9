// The one list of jobs the worker runs: name -> payload and result schemas. Each job adds one line here
// and its handler in handlers.ts.
import { IMPORT_CONTRACT } from '../io/importContract';
import { CROSS_PROJECT_CONTRACT } from './crossProject.contract';
import { LAYOUT_CONTRACT } from './layout.contract';
import { METRICS_CONTRACT } from './metrics.contract';
import { OPEN_GRAPH_CONTRACT } from './openGraph.contract';
import type { AnyContract } from './protocol';

export const CONTRACTS = {
  import: IMPORT_CONTRACT,
  metrics: METRICS_CONTRACT,
  crossProject: CROSS_PROJECT_CONTRACT,
  layout: LAYOUT_CONTRACT,
  openGraph: OPEN_GRAPH_CONTRACT,
} satisfies Record<string, AnyContract>;

export type Contracts = typeof CONTRACTS;
export type JobName = keyof Contracts;
