import { describe, expect, it } from 'vitest';
import { nodeDetails } from '../../src/graph/details';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { shownGraph } from '../../src/graph/views';
import { JobCancelledError, type WorkerLike } from '../../src/worker/client';
import { ViewWorkerClient } from '../../src/worker/view.client';
import {
  AHEAD_VIEWS,
  computeAhead,
  handleViewMessage,
  newViewWorkerState,
} from '../../src/worker/view.handler';
import type { ShownRequest } from '../../src/worker/view.protocol';
import { build, type Spec } from '../graph/build';

const spec: Spec = {
  projects: {
    p1: {
      programme: 'programme:x',
      members: [
        ['a', 'lead'],
        ['b', 'partner'],
        ['c', 'partner'],
      ],
    },
    p2: {
      members: [
        ['a', 'partner'],
        ['d', 'lead'],
      ],
    },
  },
  countries: { a: 'AT', b: 'SI', c: 'SI', d: 'CZ' },
};
const graph = build(spec);

const request = (over: Partial<ShownRequest> = {}): ShownRequest => ({
  view: 'co-partners',
  egoRoot: null,
  egoDepth: 1,
  filters: DEFAULT_FILTERS,
  budget: { nodes: 100, edges: 100 },
  ...over,
});

describe('view worker handler', () => {
  it('answers a malformed message with an error naming what is wrong', () => {
    const answer = handleViewMessage(newViewWorkerState(), {
      type: 'shown',
      id: 3,
      request: { view: 'nope' },
    });
    expect(answer).toMatchObject({ type: 'error', id: 3 });
    expect(answer?.type === 'error' && answer.message).toMatch(/malformed/);
  });

  it('refuses a view request before its dataset arrived', () => {
    const answer = handleViewMessage(newViewWorkerState(), {
      type: 'shown',
      id: 1,
      dataset: 1,
      request: request(),
    });
    expect(answer).toEqual({ type: 'error', id: 1, message: 'view worker: the dataset is not loaded' });
  });

  it('computes the same view as the page, cut to the budget', () => {
    const state = newViewWorkerState();
    expect(handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() })).toBeNull();
    const whole = handleViewMessage(state, { type: 'shown', id: 2, dataset: 1, request: request() });
    const page = shownGraph(graph, 'co-partners', { egoRoot: null, egoDepth: 1 }, DEFAULT_FILTERS);
    expect(whole).toMatchObject({
      type: 'shown',
      id: 2,
      capped: false,
      total: { nodes: 4, edges: page.size },
    });
    expect(whole?.type === 'shown' && whole.graph.edges.map((e) => e.key).sort()).toEqual(
      page.edges().sort(),
    );

    const cut = handleViewMessage(state, {
      type: 'shown',
      id: 3,
      dataset: 1,
      request: request({ budget: { nodes: 2, edges: 1 } }),
    });
    expect(cut).toMatchObject({ type: 'shown', capped: true, total: { nodes: 4, edges: page.size } });
    expect(cut?.type === 'shown' && cut.graph.nodes.length).toBe(2);
  });

  it("lays out a whole view that the canvas draws as large, whose built positions are the dataset's", () => {
    // One country's partnerships: 300 Slovene organisations and their 150 projects (an Austrian partner
    // in each), spread as built over the whole dataset's space.
    const projects: Parameters<typeof build>[0]['projects'] = {};
    const countries: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      projects[`p${i}`] = {
        members: [
          [`s${i}`, 'lead'],
          [`t${i}`, 'partner'],
          [`a${i}`, 'partner'],
        ],
      };
      Object.assign(countries, { [`s${i}`]: 'SI', [`t${i}`]: 'SI', [`a${i}`]: 'AT' });
    }
    const dataset = build({ projects, countries });
    let i = 0;
    const built = new Map<string, { x: number; y: number }>();
    dataset.forEachNode((key) => {
      i += 1;
      built.set(key, { x: (i * 7919) % 100_000, y: (i * 104_729) % 100_000 });
      dataset.mergeNodeAttributes(key, built.get(key)!);
    });
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: dataset.export() });
    const ask = (countries: string[], budget = { nodes: 1000, edges: 1000 }) =>
      handleViewMessage(state, {
        type: 'shown',
        id: 1,
        dataset: 1,
        request: request({ view: 'partnerships', filters: { ...DEFAULT_FILTERS, countries }, budget }),
      });
    const slovene = ask(['SI']);
    expect(slovene).toMatchObject({ type: 'shown', capped: false, placed: true });
    const moved = slovene?.type === 'shown' ? slovene.graph.nodes : [];
    expect(moved.length).toBeGreaterThanOrEqual(200);
    expect(moved.filter((n) => n.attributes.x !== built.get(n.key)!.x).length).toBeGreaterThan(
      moved.length / 2,
    );
    // A small one keeps its built positions (the canvas draws it with its labels, fitted to them).
    const few = build({ projects: { p1: projects['p1']! }, countries: { s1: 'SI', t1: 'SI', a1: 'AT' } });
    const small = newViewWorkerState();
    handleViewMessage(small, { type: 'dataset', dataset: 1, graph: few.export() });
    expect(
      handleViewMessage(small, {
        type: 'shown',
        id: 1,
        dataset: 1,
        request: request({ view: 'partnerships' }),
      }),
    ).toMatchObject({ type: 'shown', capped: false, placed: false });
  });

  it('lays a cut view out in the same answer and says so; a whole one keeps the built positions', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    const whole = handleViewMessage(state, { type: 'shown', id: 1, dataset: 1, request: request() });
    expect(whole).toMatchObject({ type: 'shown', capped: false, placed: false });
    const ask = { type: 'shown', id: 2, dataset: 1, request: request({ budget: { nodes: 3, edges: 2 } }) };
    const cut = handleViewMessage(state, ask);
    expect(cut).toMatchObject({ type: 'shown', capped: true, placed: true });
    const nodes = cut?.type === 'shown' ? cut.graph.nodes : [];
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) {
      expect(Number.isFinite(n.attributes.x)).toBe(true);
      expect(Number.isFinite(n.attributes.y)).toBe(true);
    }
    // The consortium view opens concentric: its cut is not placed (the canvas would not use it).
    const ego = { view: 'ego' as const, egoRoot: 'org:a', budget: { nodes: 3, edges: 2 } };
    const egoCut = handleViewMessage(state, { ...ask, id: 4, request: request(ego) });
    expect(egoCut).toMatchObject({ type: 'shown', capped: true, placed: false });
    // Deterministic: the same request to another worker gets the same places.
    const other = newViewWorkerState();
    handleViewMessage(other, { type: 'dataset', dataset: 1, graph: graph.export() });
    expect(handleViewMessage(other, { ...ask, id: 3 })).toEqual({ ...cut, id: 3 });
  });

  it('keeps the filtered dataset for the next view, and filters again when the filters change', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    const slovenia = { ...DEFAULT_FILTERS, countries: ['SI'] };
    const ask = (id: number, over: Partial<ShownRequest>) =>
      handleViewMessage(state, { type: 'shown', id, dataset: 1, request: request(over) });
    const partners = ask(1, { filters: slovenia });
    const filtered = state.filtered?.graph;
    expect(filtered?.idOf('org:a')).toBe(-1);
    expect(filtered?.graph().hasNode('org:a')).toBe(false);
    ask(2, { view: 'network', filters: { ...slovenia, hideOrphans: true } });
    expect(state.filtered?.graph).toBe(filtered);
    expect(partners?.type === 'shown' && partners.graph.nodes.map((n) => n.key).sort()).toEqual([
      'org:b',
      'org:c',
    ]);
    // The cut counted the filtered dataset's nodes once; the next cut of it reads the same counts.
    const counts = state.filtered?.graph.counts();
    expect(counts?.[filtered!.idOf('org:b')]).toBe(1);
    ask(4, { view: 'partnerships', filters: slovenia, budget: { nodes: 2, edges: 1 } });
    expect(state.filtered?.graph.counts()).toBe(counts);
    const austria = ask(3, { filters: { ...DEFAULT_FILTERS, countries: ['AT'] } });
    expect(state.filtered?.graph).not.toBe(filtered);
    expect(austria?.type === 'shown' && austria.graph.nodes.map((n) => n.key)).toEqual(['org:a']);
  });

  it('numbers the dataset once and keeps it, with its counts, across filter states', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    expect(state.indexed).toBeNull();
    const ask = (id: number, over: Partial<ShownRequest>) =>
      handleViewMessage(state, { type: 'shown', id, dataset: 1, request: request(over) });
    ask(1, {});
    const indexed = state.indexed;
    expect(indexed?.order).toBe(graph.order);
    expect(state.filtered?.graph).toBe(indexed);
    const counts = indexed?.counts();
    ask(2, { filters: { ...DEFAULT_FILTERS, leadOnly: true } });
    expect(state.indexed).toBe(indexed);
    expect(state.filtered?.graph).not.toBe(indexed);
    expect(state.filtered?.graph.idOf('org:b')).toBe(-1);
    ask(3, { view: 'network' });
    expect(state.filtered?.graph).toBe(indexed);
    expect(indexed?.counts()).toBe(counts);
    expect(counts?.[indexed!.idOf('org:a')]).toBe(2);
    handleViewMessage(state, { type: 'dataset', dataset: 2, graph: graph.export() });
    expect(state.indexed).toBeNull();
  });

  it('answers a request it answered before at once, and forgets its answers with a new dataset', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    const first = handleViewMessage(state, { type: 'shown', id: 1, dataset: 1, request: request() });
    const again = handleViewMessage(state, { type: 'shown', id: 2, dataset: 1, request: request() });
    expect(again).toEqual({ ...first, id: 2 });
    const smaller = build({ projects: { p9: { members: [['x', 'lead']] } }, countries: { x: 'PL' } });
    handleViewMessage(state, { type: 'dataset', dataset: 2, graph: smaller.export() });
    expect(state.answers.size).toBe(0);
    expect(state.filtered).toBeNull();
    const next = handleViewMessage(state, { type: 'shown', id: 3, dataset: 2, request: request() });
    expect(next?.type === 'shown' && next.graph.nodes.map((n) => n.key)).toEqual(['org:x']);
  });

  it('works out the other views ahead under the last filters, in two steps each, answering them as if asked', () => {
    const state = newViewWorkerState();
    expect(computeAhead(state)).toBe(false);
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    // Nothing asked yet: nothing to guess the filters from.
    expect(computeAhead(state)).toBe(false);
    const filters = { ...DEFAULT_FILTERS, leadOnly: true };
    handleViewMessage(state, { type: 'shown', id: 1, dataset: 1, request: request({ filters }) });
    let steps = 0;
    while (computeAhead(state)) steps++;
    const others = AHEAD_VIEWS.filter((v) => v !== 'co-partners');
    expect(steps).toBe(2 * others.length);
    expect(state.answers.size).toBe(1 + others.length);
    for (const [i, view] of others.entries()) {
      // What the worker works out ahead is what it answers when asked (here, after the fact).
      const fresh = newViewWorkerState();
      handleViewMessage(fresh, { type: 'dataset', dataset: 1, graph: graph.export() });
      const asked = request({ view, filters, egoRoot: 'org:a' });
      const expected = handleViewMessage(fresh, { type: 'shown', id: 9, dataset: 1, request: asked });
      expect(handleViewMessage(state, { type: 'shown', id: 10 + i, dataset: 1, request: asked })).toEqual({
        ...expected,
        id: 10 + i,
      });
    }
    // Every one of them came from what was worked out ahead (none was added).
    expect(state.answers.size).toBe(1 + others.length);
    // The consortium view depends on its root: never guessed.
    expect([...state.answers.keys()].some((k) => k.includes('"ego"'))).toBe(false);
  });

  it("works out the views ahead to the request's ahead budget: a whole view's after a smaller neighbourhood", () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    const whole = { nodes: 100, edges: 100 };
    const neighbourhood = request({ view: 'ego', egoRoot: 'org:a', budget: { nodes: 3, edges: 2 } });
    handleViewMessage(state, {
      type: 'shown',
      id: 1,
      dataset: 1,
      request: { ...neighbourhood, aheadBudget: whole },
    });
    while (computeAhead(state));
    const sizeBefore = state.answers.size;
    expect(sizeBefore).toBe(1 + AHEAD_VIEWS.length);
    // Each whole view then asked with the whole budget is one of them: nothing new is kept.
    for (const [i, view] of AHEAD_VIEWS.entries())
      handleViewMessage(state, {
        type: 'shown',
        id: 2 + i,
        dataset: 1,
        request: request({ view, budget: whole }),
      });
    expect(state.answers.size).toBe(sizeBefore);
  });

  it('works ahead only into room left among the kept answers, so it never pushes out one it just made', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    // Neighbourhoods a person opened fill the kept answers.
    const roots = ['org:a', 'org:b', 'org:c', 'org:d', 'project:p1', 'project:p2'];
    for (let i = 0; state.answers.size < 16; i++) {
      const asked = request({
        view: 'ego',
        egoRoot: roots[i % roots.length]!,
        egoDepth: ([1, 2, 3] as const)[Math.floor(i / roots.length) % 3]!,
        budget: { nodes: 100 + i, edges: 100 },
      });
      handleViewMessage(state, { type: 'shown', id: i + 1, dataset: 1, request: asked });
    }
    let steps = 0;
    while (computeAhead(state) && steps < 100) steps++;
    expect(steps).toBe(0);
    expect(state.answers.size).toBe(16);
  });

  it('finishes a view it had cut ahead when a person asks for it meanwhile', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
    handleViewMessage(state, { type: 'shown', id: 1, dataset: 1, request: request() });
    expect(computeAhead(state)).toBe(true);
    expect(state.halfway?.key).toContain(`"${AHEAD_VIEWS[0]}"`);
    const answer = handleViewMessage(state, {
      type: 'shown',
      id: 2,
      dataset: 1,
      request: request({ view: AHEAD_VIEWS[0]! }),
    });
    expect(answer?.type).toBe('shown');
    expect(state.halfway).toBeNull();
  });
});

/** A fake worker running the real handler in process; `hold` keeps answers until `release()`. */
function fakeWorker() {
  const state = newViewWorkerState();
  const held: unknown[] = [];
  let hold = false;
  let terminated = 0;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const answer = handleViewMessage(state, structuredClone(message));
      if (!answer) return;
      if (hold) held.push(answer);
      else queueMicrotask(() => worker.onmessage?.({ data: answer }));
    },
    terminate: () => void (terminated += 1),
  };
  return {
    worker,
    hold: () => void (hold = true),
    release: () => {
      hold = false;
      for (const a of held.splice(0)) worker.onmessage?.({ data: a });
    },
    terminated: () => terminated,
  };
}

describe("view worker: an organisation's partners", () => {
  /** The file's graph and two more projects: a and b share p1 and p3; a and c p1; a and d p2; e is in p4 alone with d. */
  const busy = build({
    projects: {
      ...spec.projects,
      p3: {
        members: [
          ['b', 'lead'],
          ['a', 'associated'],
        ],
      },
      p4: {
        members: [
          ['d', 'lead'],
          ['e', 'partner'],
        ],
      },
    },
    countries: { ...spec.countries, e: 'CZ' },
  });

  it('counts the projects each partner shares, as the details panel counts them on the page', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: busy.export() });
    for (const key of busy.filterNodes((_, a) => a.type === 'organisation')) {
      const answer = handleViewMessage(state, { type: 'partners', id: 4, dataset: 1, key });
      expect(answer?.type).toBe('partners');
      if (answer?.type !== 'partners') return;
      const counted = new Map(answer.keys.map((k, i) => [k, answer.shared[i]]));
      const page = nodeDetails(busy, key)!.partners.slice();
      expect(counted, key).toEqual(new Map(page.map((p) => [p.key, p.shared])));
    }
    const a = handleViewMessage(state, { type: 'partners', id: 5, dataset: 1, key: 'org:a' });
    expect(a?.type === 'partners' && Object.fromEntries(a.keys.map((k, i) => [k, a.shared[i]]))).toEqual({
      'org:b': 2,
      'org:c': 1,
      'org:d': 1,
    });
  });

  it('ranks the counts it is given the way it ranks its own, and says when they are still to come', () => {
    const counts = new Map([
      ['org:d', 1],
      ['org:b', 2],
      ['org:c', 1],
    ]);
    const given = nodeDetails(busy, 'org:a', { partners: counts })!;
    expect(given.partners.slice()).toEqual(nodeDetails(busy, 'org:a')!.partners.slice());
    const later = nodeDetails(busy, 'org:a', { partners: 'later' })!;
    expect(later.partnersPending).toBe(true);
    expect(later.partners.length).toBe(0);
    expect(later.projects).toEqual(given.projects);
  });

  it('says which node it does not know', () => {
    const state = newViewWorkerState();
    handleViewMessage(state, { type: 'dataset', dataset: 1, graph: busy.export() });
    expect(() => handleViewMessage(state, { type: 'partners', id: 6, dataset: 1, key: 'org:zz' })).toThrow(
      'the dataset has no node "org:zz"',
    );
  });

  it('are answered to the client as a map, after the view asked before them', async () => {
    const fake = fakeWorker();
    const client = new ViewWorkerClient(() => fake.worker);
    const order: string[] = [];
    const view = client.shown(busy, request()).then(() => order.push('view'));
    const partners = client.partners(busy, 'org:b').then((m) => (order.push('partners'), m));
    await Promise.all([view, partners]);
    expect(order).toEqual(['view', 'partners']);
    expect(await partners).toEqual(
      new Map([
        ['org:a', 2],
        ['org:c', 1],
      ]),
    );
  });
});

describe('ViewWorkerClient', () => {
  it('fails what waits when the worker sends something malformed, then starts afresh', async () => {
    const fake = fakeWorker();
    let created = 0;
    const client = new ViewWorkerClient(() => (created++, fake.worker));
    fake.hold();
    const pending = client.shown(graph, request());
    fake.worker.onmessage?.({ data: { type: 'shown', id: 1 } });
    await expect(pending).rejects.toThrow(/malformed/);
    expect(fake.terminated()).toBe(1);
    fake.release();
    await expect(client.shown(graph, request())).resolves.toMatchObject({ capped: false });
    expect(created).toBe(2);
  });

  it('sends the dataset once and answers each request with a graph', async () => {
    const fake = fakeWorker();
    const sent: string[] = [];
    const post = fake.worker.postMessage.bind(fake.worker);
    fake.worker.postMessage = (m) => {
      sent.push((m as { type: string }).type);
      post(m);
    };
    const client = new ViewWorkerClient(() => fake.worker);
    const first = await client.shown(graph, request());
    const second = await client.shown(graph, request({ view: 'countries' }));
    const cut = await client.shown(graph, request({ budget: { nodes: 3, edges: 2 } }));
    expect(sent).toEqual(['dataset', 'shown', 'shown', 'shown']);
    expect(first.placed).toBeUndefined();
    expect(cut).toMatchObject({ capped: true, placed: true });
    expect(first.graph.order).toBe(4);
    expect(second.graph.nodes().every((k) => k.startsWith('country:'))).toBe(true);
  });

  it('rejects an aborted request and drops its late answer', async () => {
    const fake = fakeWorker();
    const client = new ViewWorkerClient(() => fake.worker);
    const controller = new AbortController();
    fake.hold();
    const pending = client.shown(graph, request(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(JobCancelledError);
    fake.release(); // the late answer finds nobody waiting
    await expect(client.shown(graph, request())).resolves.toMatchObject({ capped: false });
  });
});

describe('view worker dataset as a file', () => {
  /** Node has no FileReaderSync: the test reader keeps the texts of the files it made. */
  const texts = new Map<Blob, string>();
  const file = (text: string) => {
    const blob = new Blob([text], { type: 'application/json' });
    texts.set(blob, text);
    return blob;
  };
  const read = (blob: Blob) => texts.get(blob)!;

  it('answers a view request with an error when the file did not make a graph', () => {
    const state = newViewWorkerState(read);
    const bad = JSON.stringify({
      nodes: [],
      edges: [{ source: 'a', target: 'b', attributes: { type: 'located_in', sources: [] } }],
    });
    handleViewMessage(state, { type: 'dataset-file', dataset: 3, file: file(bad) });
    expect(handleViewMessage(state, { type: 'shown', id: 4, dataset: 3, request: request() })).toMatchObject({
      type: 'error',
      id: 4,
    });
  });

  it('builds the dataset from the file it was opened from, with the same edge keys', () => {
    const state = newViewWorkerState(read);
    const message = { type: 'dataset-file', dataset: 2, file: file(JSON.stringify(graph.export())) };
    expect(handleViewMessage(state, message)).toBeNull();
    expect(state.graph?.edges().sort()).toEqual(graph.edges().sort());
    const answer = handleViewMessage(state, { type: 'shown', id: 1, dataset: 2, request: request() });
    expect(answer).toMatchObject({ type: 'shown', capped: false });
  });
});
