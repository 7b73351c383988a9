import { describe, expect, it } from 'vitest';
import { JobCancelledError, runJobWith } from '../../src/worker/client';
import { CONTRACTS } from '../../src/worker/contracts';
import { runLayoutJob } from '../../src/worker/layout.job';
import { collect, inProcessWorker } from './in-process';
import { TWO_TRIANGLES } from '../graph/build';

/** Two triangles joined by one edge. */
const { keys, edges } = TWO_TRIANGLES;
const silent = { progress: () => undefined };

describe('layout job', () => {
  it('answers an edge to a node index that does not exist with an error naming the rule', async () => {
    const payload = { keys: ['a'], edges: [[0, 3, 1]] };
    const [message] = await collect({ type: 'start', id: 1, job: 'layout', payload });
    expect(message).toMatchObject({
      type: 'error',
      id: 1,
      message: expect.stringMatching(/^worker: job "layout": payload: edges refer to nodes by index/),
    });
  });

  it('answers a non-positive weight with an error naming the field', async () => {
    const payload = { keys: ['a', 'b'], edges: [[0, 1, 0]] };
    const [message] = await collect({ type: 'start', id: 2, job: 'layout', payload });
    expect(message).toMatchObject({ type: 'error', message: expect.stringMatching(/edges\.0\.2/) });
  });

  it('answers a Barnes–Hut threshold that is not a positive integer with an error naming the field', async () => {
    const payload = { keys, edges, options: { barnesHutNodes: 0 } };
    const [message] = await collect({ type: 'start', id: 3, job: 'layout', payload });
    expect(message).toMatchObject({ type: 'error', message: expect.stringMatching(/barnesHutNodes/) });
  });

  it('takes the placement budget of a cut view: Barnes–Hut from a threshold, at most its iterations', () => {
    const exact = runLayoutJob({ keys, edges, options: { maxIterations: 60 } }, silent);
    const approximate = runLayoutJob(
      { keys, edges, options: { maxIterations: 60, barnesHutNodes: 2 } },
      silent,
    );
    expect(approximate.iterations).toBe(60);
    expect(approximate.x).not.toEqual(exact.x);
  });

  it('gives the same positions for the same graph, with close neighbours ~70 px apart', () => {
    const one = runLayoutJob({ keys, edges, options: { maxIterations: 200 } }, silent);
    const two = runLayoutJob({ keys, edges, options: { maxIterations: 200 } }, silent);
    expect(two).toEqual(one);
    expect(one.keys).toEqual(keys);
    expect(one.iterations).toBe(200);
    expect(one.stoppedBy).toBe('iterations');
    expect([...one.x, ...one.y].every(Number.isFinite)).toBe(true);
    const at = (k: string) => ({ x: one.x[one.keys.indexOf(k)]!, y: one.y[one.keys.indexOf(k)]! });
    const dist = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    // Triangle members sit closer to each other than to the far triangle's members.
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'e'));
    expect(Math.min(dist('a', 'b'), dist('b', 'c'), dist('a', 'c'))).toBeGreaterThan(30);
  });

  it('starts from the given positions', () => {
    const initial = keys.map((_, i) => [i * 10, 0] as [number, number]);
    const given = runLayoutJob({ keys, edges, initial, options: { maxIterations: 20 } }, silent);
    const seeded = runLayoutJob({ keys, edges, options: { maxIterations: 20 } }, silent);
    expect(given.x).not.toEqual(seeded.x);
  });

  it('reports progress by iteration steps up to the budget', () => {
    const seen: Array<[number, number]> = [];
    runLayoutJob(
      { keys, edges, options: { maxIterations: 35 } },
      { progress: (done, total) => seen.push([done, total]) },
    );
    expect(seen).toEqual([
      [0, 35],
      [10, 35],
      [20, 35],
      [30, 35],
      [35, 35],
    ]);
  });

  it('stops at the time budget and says so', () => {
    let t = 0;
    const result = runLayoutJob(
      { keys, edges, options: { maxIterations: 1000, timeBudgetMs: 25 } },
      silent,
      () => (t += 10),
    );
    expect(result.stoppedBy).toBe('budget');
    expect(result.iterations).toBe(30); // clock 10 at start, +10 per step: 30 ms elapsed after three steps
  });

  it('runs through the client, and cancel stops it with nothing delivered after', async () => {
    const ok = inProcessWorker();
    const result = await runJobWith(CONTRACTS, () => ok.worker, 'layout', {
      keys,
      edges,
      options: { maxIterations: 30 },
    });
    expect(result.keys).toHaveLength(6);

    const cancelled = inProcessWorker();
    const controller = new AbortController();
    const seen: number[] = [];
    const running = runJobWith(
      CONTRACTS,
      () => cancelled.worker,
      'layout',
      { keys, edges, options: { maxIterations: 100 } },
      {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.done);
          if (p.done >= 20) controller.abort();
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(cancelled.state.terminated).toBe(true);
    expect(seen).toEqual([0, 10, 20]);
  });
});
