import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/graph/metrics';
import { JobCancelledError, runJobWith } from '../../src/worker/client';
import { CONTRACTS } from '../../src/worker/contracts';
import { fixtureGraph, loadFixture } from '../graph/metrics/fixtures';
import { collect, inProcessWorker } from './in-process';

const karate = fixtureGraph(loadFixture('karate'));

describe('metrics job', () => {
  it('answers a payload without a graph with an error naming the field', async () => {
    const [message] = await collect({ type: 'start', id: 1, job: 'metrics', payload: { options: {} } });
    expect(message).toMatchObject({
      type: 'error',
      id: 1,
      message: expect.stringMatching(/^worker: job "metrics": graph: /),
    });
  });

  it('answers an edge to a missing node with a metrics error', async () => {
    const payload = { graph: { nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'ghost' }] } };
    const [message] = await collect({ type: 'start', id: 2, job: 'metrics', payload });
    expect(message).toMatchObject({
      type: 'error',
      id: 2,
      message: expect.stringMatching(/^metrics: the graph could not be read/),
    });
  });

  it('answers a bad parameter with the compute error', async () => {
    const payload = { graph: karate.export(), options: { parameters: { pagerank: { alpha: 3 } } } };
    const [message] = await collect({ type: 'start', id: 3, job: 'metrics', payload });
    expect(message).toEqual({
      type: 'error',
      id: 3,
      message: 'compute: pagerank.alpha must be a number from 0 to 1, got 3',
    });
  });

  it('reports progress for every metric and returns the same numbers as computeMetrics', async () => {
    const messages = await collect({
      type: 'start',
      id: 4,
      job: 'metrics',
      payload: { graph: karate.export(), options: { weighted: true } },
    });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(new Set(progress.map((m) => m.label))).toEqual(
      new Set([
        'Degree',
        'Betweenness',
        'Closeness',
        'Eigenvector',
        'PageRank',
        'Communities',
        'Components',
        'k-core',
        'Projects and lead roles',
        'Size and density',
        'Diameter',
        'Clustering',
        'done',
      ]),
    );
    const result = messages.at(-1);
    expect(result?.type).toBe('result');
    expect(CONTRACTS.metrics.result.parse((result as { value: unknown }).value)).toEqual(
      computeMetrics(karate, { weighted: true }),
    );
  });

  it('runs through the client, and cancel stops it with nothing delivered after', async () => {
    const { worker, state } = inProcessWorker();
    const seen: string[] = [];
    const done = await runJobWith(
      CONTRACTS,
      () => worker,
      'metrics',
      { graph: karate.export() },
      { onProgress: (p) => seen.push(p.label) },
    );
    expect(done.graph.nodes).toBe(34);
    expect(seen.at(-1)).toBe('done');

    const cancelled = inProcessWorker();
    const controller = new AbortController();
    const labels: string[] = [];
    const running = runJobWith(
      CONTRACTS,
      () => cancelled.worker,
      'metrics',
      { graph: karate.export() },
      {
        signal: controller.signal,
        onProgress: (p) => {
          labels.push(p.label);
          if (p.label === 'Betweenness') controller.abort();
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(cancelled.state.terminated).toBe(true);
    expect(labels.at(-1)).toBe('Betweenness');
    expect(state.terminated).toBe(true);
  });

  it('gives the projects and lead roles sent along, null for nodes without them', async () => {
    const view = new UndirectedGraph();
    view.addNode('org:a', { label: 'Agency A' });
    view.addNode('project:1', { label: 'One' });
    view.addEdge('org:a', 'project:1');
    const [message] = (
      await collect({
        type: 'start',
        id: 5,
        job: 'metrics',
        payload: {
          graph: view.export(),
          participation: { 'org:a': { projects: 2, leads: 1 } },
          options: { metrics: ['participation'] },
        },
      })
    ).filter((m) => m.type === 'result');
    expect(message).toMatchObject({ value: { nodes: { projects: [2, null], leads: [1, null] } } });
  });
});
