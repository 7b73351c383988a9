import { describe, expect, it } from 'vitest';
import { crossProject } from '../../src/graph/crossProject';
import { CONTRACTS } from '../../src/worker/contracts';
import { dispatch } from '../../src/worker/dispatch';
import { HANDLERS } from '../../src/worker/handlers';
import type { FromWorkerMessage } from '../../src/worker/protocol';
import { consortia } from '../graph/crossProject/smallConsortia';

async function collect(payload: unknown): Promise<FromWorkerMessage[]> {
  const posted: FromWorkerMessage[] = [];
  await dispatch(CONTRACTS, HANDLERS as never, { type: 'start', id: 9, job: 'crossProject', payload }, (m) =>
    posted.push(m),
  );
  return posted;
}

describe('crossProject job', () => {
  it('names the field of a graph that breaks the Consortia contract', async () => {
    const graph = consortia().export();
    (graph.nodes[0]!.attributes as { type: string }).type = 'person';
    const [message] = await collect({ graph });
    expect(message).toMatchObject({
      type: 'error',
      id: 9,
      message: expect.stringMatching(/^worker: job "crossProject": graph\.nodes\.0\.attributes/),
    });
  });

  it('reports each list as progress and returns what the pure function finds', async () => {
    const graph = consortia();
    const messages = await collect({ graph: graph.export() });
    expect(messages.filter((m) => m.type === 'progress').map((m) => m.label)).toEqual([
      'Repeat partners',
      'Brokers',
      'Shared places',
      'Likely duplicates',
      'done',
    ]);
    const last = messages.at(-1)!;
    expect(last.type).toBe('result');
    const value = CONTRACTS.crossProject.result.parse((last as { value: unknown }).value);
    expect(value).toEqual(crossProject(graph));
    expect(value.repeatPartners.map((p) => p.organisation)).toEqual(['agency', 'council']);
    expect(value.duplicates).toHaveLength(1);
  });
});
