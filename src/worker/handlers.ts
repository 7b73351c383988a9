// Worker side: one handler per contract in contracts.ts.
import { importJob } from '../io/importJob';
import type { Contracts } from './contracts';
import { runCrossProjectJob } from './crossProject.job';
import { runLayoutJob } from './layout.job';
import { runMetricsJob } from './metrics.job';
import { openGraphJob } from './openGraph.job';
import type { Handlers } from './protocol';

export const HANDLERS: Handlers<Contracts> = {
  import: importJob,
  metrics: runMetricsJob,
  crossProject: runCrossProjectJob,
  layout: (payload, context) => runLayoutJob(payload, context),
  openGraph: (payload, context) => openGraphJob(payload, context),
};
