// Worker side of the `crossProject` job.
import { crossProject, type CrossProject } from '../graph/crossProject/findAll';
import { parseGraph } from '../graph/schema';
import type { CrossProjectPayload } from './crossProject.contract';
import type { JobContext } from './protocol';

export function runCrossProjectJob(payload: CrossProjectPayload, context: JobContext): CrossProject {
  const parsed = parseGraph(payload.graph, 'crossProject: graph');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return crossProject(parsed.graph, (done, total, label) => context.progress(done, total, label));
}
