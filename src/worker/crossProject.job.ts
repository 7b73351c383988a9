// Worker side of the `crossProject` job.
import { crossProject, type CrossProject } from '../graph/crossProject/findAll';
import { applyFilters } from '../graph/filters';
import type { CrossProjectPayload } from './crossProject.contract';
import { readGraphSource } from './graphSource';
import type { JobContext } from './protocol';

export async function runCrossProjectJob(
  payload: CrossProjectPayload,
  context: JobContext,
): Promise<CrossProject> {
  const whole = await readGraphSource(payload.graph, 'crossProject: graph');
  const graph = payload.filters ? applyFilters(whole, payload.filters) : whole;
  return crossProject(graph, (done, total, label) => context.progress(done, total, label));
}
