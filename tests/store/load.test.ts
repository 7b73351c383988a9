import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraph, type RunOpenGraph } from '../../src/store/load';
import { filterOptions } from '../../src/graph/filterOptions';
import { parseGraph } from '../../src/graph/schema';
import { runJobWith } from '../../src/worker/client';
import { CONTRACTS } from '../../src/worker/contracts';
import { checkPart } from '../../src/worker/openGraph.contract';
import { openGraphJob } from '../../src/worker/openGraph.job';
import type { FromWorkerMessage } from '../../src/worker/protocol';
import { inProcessWorker } from '../worker/in-process';

const FIXTURE = readFileSync('tests/fixtures/graph.json', 'utf8');
const dataUrl = (text: string) => `data:application/json,${encodeURIComponent(text)}`;
/** The real job, run by the real client against an in-process worker. */
const inWorker: RunOpenGraph = (payload, options) =>
  runJobWith(CONTRACTS, () => inProcessWorker().worker, 'openGraph', payload, options);

describe('loading the graph in a worker', () => {
  it('says where a file that is not JSON came from', async () => {
    const result = await loadGraph(dataUrl('{"nodes": ['), 'data/graph.json', { run: inWorker });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^data\/graph\.json: is not valid JSON/);
  });

  it('lists each field that breaks the contract, one message per line of the check', async () => {
    const broken = JSON.parse(FIXTURE) as { nodes: Array<{ attributes: { label?: unknown } }> };
    broken.nodes[0]!.attributes.label = 7;
    const result = await loadGraph(dataUrl(JSON.stringify(broken)), 'data/graph.json', { run: inWorker });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^data\/graph\.json: nodes\[0\]\.attributes\.label: /);
  });

  it('refuses a malformed part from the worker and keeps nothing of it', async () => {
    const run: RunOpenGraph = async (_, { onPart }) => {
      onPart?.({ nodes: [{ key: '', attributes: {} }] });
      throw new Error('unreachable');
    };
    const result = await loadGraph('https://x.example/g.json', 'g.json', { run });
    expect(result).toEqual({
      ok: false,
      errors: ['g.json: the worker sent a malformed part (part 1: nodes[0]: needs a key and attributes).'],
    });
  });

  it('stops the opening worker when the load is no longer wanted', async () => {
    const controller = new AbortController();
    let given: AbortSignal | undefined;
    const run: RunOpenGraph = (_, { signal }) => {
      given = signal;
      return new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('openGraph: cancelled'))),
      );
    };
    const pending = loadGraph('https://x.example/g.json', 'g.json', { run, signal: controller.signal });
    controller.abort();
    expect(given).toBe(controller.signal);
    expect(await pending).toEqual({ ok: false, errors: ['openGraph: cancelled'], cancelled: true });
  });

  it('says a failure is a failure when nobody cancelled', async () => {
    const run: RunOpenGraph = () => Promise.reject(new Error('g.json: HTTP 404'));
    const result = await loadGraph('https://x.example/g.json', 'g.json', {
      run,
      signal: new AbortController().signal,
    });
    expect(result).toEqual({ ok: false, errors: ['g.json: HTTP 404'] });
  });

  it('refuses a hand-over that lost parts', async () => {
    const run: RunOpenGraph = async (_, { onPart }) => {
      onPart?.({ nodes: [{ key: 'org:a', attributes: { type: 'organisation' } }] });
      return {
        source: new Blob(['{}']),
        attributes: {},
        nodes: 2,
        edges: 0,
        filterOptions: { countries: [], programmes: [], projects: 0, undatedProjects: 0 },
      };
    };
    const result = await loadGraph('https://x.example/g.json', 'g.json', { run });
    expect(result).toEqual({
      ok: false,
      errors: ['g.json: the worker handed over 1 of 2 nodes and 0 of 0 edges.'],
    });
  });

  it('builds the same graph as checking the file on the page, and keeps the file as its source', async () => {
    const expected = parseGraph(JSON.parse(FIXTURE));
    if (!expected.ok) throw new Error(expected.errors.join('\n'));
    const result = await loadGraph(dataUrl(FIXTURE), 'data/graph.json', { run: inWorker });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.graph.export()).toEqual(expected.graph.export());
    expect(result.dataset.name).toBe(expected.graph.getAttribute('name') ?? 'Bundled project pages');
    expect(await result.dataset.source?.text()).toBe(FIXTURE);
    expect(result.dataset.filterOptions).toEqual(filterOptions(expected.graph));
    expect(result.dataset.filterOptions?.countries.length).toBeGreaterThan(0);
  });
});

describe('openGraph job', () => {
  it('fails clearly when the context cannot hand over parts', async () => {
    await expect(
      openGraphJob({ url: dataUrl(FIXTURE), where: 'g.json' }, { progress: () => undefined }),
    ).rejects.toThrow(/^openGraph: this job hands the graph over in parts/);
  });

  it('hands over nodes, then edges, in parts of the given size', async () => {
    const parts: Array<{ nodes?: unknown[]; edges?: unknown[] }> = [];
    const messages: FromWorkerMessage[] = [];
    const result = await openGraphJob(
      { url: dataUrl(FIXTURE), where: 'g.json' },
      {
        progress: (done, total, label) => messages.push({ type: 'progress', id: 1, done, total, label }),
        part: (value) => parts.push(value as { nodes?: unknown[]; edges?: unknown[] }),
      },
      { nodesPerPart: 10, edgesPerPart: 25 },
    );
    const nodeParts = parts.filter((p) => p.nodes);
    const edgeParts = parts.filter((p) => p.edges);
    expect(nodeParts).toHaveLength(Math.ceil(result.nodes / 10));
    expect(edgeParts).toHaveLength(Math.ceil(result.edges / 25));
    expect(parts.findIndex((p) => p.edges)).toBe(nodeParts.length);
    expect(nodeParts.flatMap((p) => p.nodes!)).toHaveLength(result.nodes);
    expect(edgeParts.flatMap((p) => p.edges!)).toHaveLength(result.edges);
    const last = messages.at(-1);
    expect(last).toMatchObject({ done: result.nodes + result.edges, total: result.nodes + result.edges });
  });
});

describe('checkPart', () => {
  it.each([
    [null, 'not an object'],
    [[], 'not an object'],
    [{}, 'needs either nodes or edges'],
    [{ nodes: [], edges: [] }, 'needs either nodes or edges'],
    [{ nodes: [{ key: 'a' }] }, 'nodes[0]: needs a key and attributes'],
    [
      { edges: [{ key: 'e', source: 'a', target: '', attributes: {} }] },
      'edges[0]: needs a key, source, target and attributes',
    ],
  ])('refuses %j: %s', (value, problem) => {
    expect(checkPart(value)).toBe(problem);
  });

  it('accepts nodes or edges in the shape graphology imports', () => {
    expect(checkPart({ nodes: [{ key: 'a', attributes: { type: 'organisation' } }] })).toBeNull();
    expect(checkPart({ edges: [{ key: 'e', source: 'a', target: 'b', attributes: {} }] })).toBeNull();
  });
});
