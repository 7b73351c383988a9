import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DRAW_BUDGET,
  DRAW_BUDGET_MORE,
  EGO_DRAW_BUDGET,
  LARGE_DATASET,
  type DrawBudget,
  type FittedView,
} from '../../src/graph/budget';
import { createAppStore } from '../../src/store';
import { selectSelectedDetails, selectShownFit, selectShownGraph } from '../../src/store/selectors';
import { startPartnersEffect, startShownEffect, type RunShown } from '../../src/store/shown-effect';
import { JobCancelledError } from '../../src/worker/client';
import { handleViewMessage, newViewWorkerState } from '../../src/worker/view.handler';
import { build } from '../graph/build';
import Graph from 'graphology';
import type { ViewGraph } from '../../src/graph/view-types';

afterEach(() => vi.useRealTimers());

/** A dataset past the large threshold: a few consortia plus many organisations in no project. */
function largeGraph() {
  const g = build({
    projects: {
      p1: {
        members: [
          ['a', 'lead'],
          ['b', 'partner'],
        ],
      },
    },
    countries: { a: 'AT', b: 'SI' },
  });
  for (let i = 0; g.order + g.size <= LARGE_DATASET; i++)
    g.addNode(`org:x${i}`, { type: 'organisation', label: `X${i}`, names: [], sources: [] });
  return g;
}

/** Runs the real handler, answering only when the test says so. */
function manualRunner() {
  const state = newViewWorkerState();
  const runs: Array<{ finish(): void; signal: AbortSignal; view: string; budget: DrawBudget }> = [];
  const run: RunShown = (graph, request, options) =>
    new Promise<FittedView>((resolve, reject) => {
      options.signal!.addEventListener('abort', () => reject(new JobCancelledError('view')));
      runs.push({
        view: request.view,
        budget: request.budget,
        signal: options.signal!,
        finish: () => {
          handleViewMessage(state, { type: 'dataset', dataset: 1, graph: graph.export() });
          const a = handleViewMessage(state, { type: 'shown', id: 1, dataset: 1, request });
          if (a?.type !== 'shown') return reject(new Error('no view'));
          resolve({
            graph: Graph.from(a.graph as never) as unknown as ViewGraph,
            total: a.total,
            capped: a.capped,
          });
        },
      });
    });
  return { run, runs };
}

/**
 * A store on the large dataset with the shown effect running on the manual runner. keepView: it starts on
 * the whole network, as an address naming it would (else a large dataset opens on countries).
 */
function onLargeDataset(debounceMs: number) {
  const store = createAppStore();
  const { run, runs } = manualRunner();
  store.getState().setDataset({ name: 'big', graph: largeGraph() }, { keepView: true });
  return { store, runs, stop: startShownEffect(store, run, debounceMs) };
}

describe('shown effect (large datasets)', () => {
  it('computes small datasets on the page and never asks the worker', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const { run, runs } = manualRunner();
    store.getState().setDataset({ name: 't', graph: build({ projects: {}, countries: { a: 'AT' } }) });
    startShownEffect(store, run, 0);
    vi.runAllTimers();
    expect(runs).toHaveLength(0);
    expect(selectShownGraph(store.getState())?.order).toBe(2);
  });

  it("cuts a small dataset's neighbourhood on the page to the neighbourhood budget, a whole view to the whole one", () => {
    // One project of 400 organisations: its consortium and any member's neighbourhood hold all of them.
    const members = Array.from(
      { length: 400 },
      (_, i) => [`o${i}`, i === 0 ? 'lead' : 'partner'] as [string, 'lead' | 'partner'],
    );
    const store = createAppStore();
    store.getState().setDataset({
      name: 't',
      graph: build({
        projects: { p1: { members } },
        countries: Object.fromEntries(members.map(([o]) => [o, 'AT'])),
      }),
    });
    store.getState().setView('network');
    const whole = selectShownFit(store.getState())!;
    expect(whole.capped).toBe(false);
    expect(whole.graph.order).toBeGreaterThan(400);
    store.getState().openEgo('org:o1');
    const fit = selectShownFit(store.getState())!;
    expect(fit.capped).toBe(true);
    expect(fit.graph.order).toBeLessThanOrEqual(EGO_DRAW_BUDGET.nodes);
    expect(fit.graph.order).toBeGreaterThan(EGO_DRAW_BUDGET.nodes / 2);
  });

  it('shows nothing until the worker answers, then its view; a newer request supersedes', async () => {
    vi.useFakeTimers();
    const { store, runs, stop } = onLargeDataset(0);
    await vi.runAllTimersAsync();
    expect(store.getState().shownStatus).toBe('computing');
    expect(selectShownGraph(store.getState())).toBeNull();

    store.getState().setView('countries');
    await vi.runAllTimersAsync();
    expect(runs.map((r) => r.view)).toEqual(['network', 'countries']);
    expect(runs[0]!.signal.aborted).toBe(true);
    runs[1]!.finish();
    await vi.runAllTimersAsync();
    expect(store.getState().shownStatus).toBe('idle');
    const fit = selectShownFit(store.getState());
    expect(fit?.graph.nodes().sort()).toEqual(['country:AT', 'country:SI']);
    stop();
  });

  it('asks the worker at the end of the task that changed the view, and once for a burst of changes', async () => {
    vi.useFakeTimers();
    const { store, runs, stop } = onLargeDataset(30);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.map((r) => r.view)).toEqual(['network']);
    // A click after a quiet while: asked before any timer runs, with all of the task's changes.
    store.getState().setView('countries');
    store.getState().setView('programmes');
    await Promise.resolve();
    expect(runs.map((r) => r.view)).toEqual(['network', 'programmes']);
    // Changes in quick succession (a drag): the next waits until they pause, and is asked once.
    for (const view of ['co-partners', 'projects', 'partnerships'] as const) {
      await vi.advanceTimersByTimeAsync(10);
      store.getState().setView(view);
    }
    await vi.advanceTimersByTimeAsync(20);
    expect(runs.map((r) => r.view)).toEqual(['network', 'programmes']);
    await vi.advanceTimersByTimeAsync(20);
    expect(runs.map((r) => r.view)).toEqual(['network', 'programmes', 'partnerships']);
    stop();
  });

  it("asks for a neighbourhood's smaller budget in the ego view, the larger one when Draw more is on", async () => {
    vi.useFakeTimers();
    const { store, runs, stop } = onLargeDataset(0);
    await vi.runAllTimersAsync();
    store.getState().openEgo('org:a');
    await vi.runAllTimersAsync();
    store.getState().setDrawMore(true);
    await vi.runAllTimersAsync();
    expect(runs.map((r) => [r.view, r.budget])).toEqual([
      ['network', DRAW_BUDGET],
      ['ego', EGO_DRAW_BUDGET],
      ['ego', DRAW_BUDGET_MORE],
    ]);
    expect(EGO_DRAW_BUDGET.nodes).toBeLessThan(DRAW_BUDGET.nodes);
    expect(EGO_DRAW_BUDGET.edges).toBeLessThan(DRAW_BUDGET.edges);
    stop();
  });

  it('Cancel stops the computation and puts back the view that is drawn', async () => {
    vi.useFakeTimers();
    const { store, runs, stop } = onLargeDataset(0);
    await vi.runAllTimersAsync();
    runs[0]!.finish();
    await vi.runAllTimersAsync();
    expect(store.getState().shownResult?.fitted.capped).toBe(true);

    store.getState().setView('co-partners');
    await vi.runAllTimersAsync();
    expect(store.getState().shownStatus).toBe('computing');
    store.getState().cancelShown();
    await vi.runAllTimersAsync();
    expect(runs[1]!.signal.aborted).toBe(true);
    expect(store.getState().view).toBe('network');
    expect(store.getState().shownStatus).toBe('idle');
    expect(selectShownGraph(store.getState())?.hasNode('org:a')).toBe(true);
    stop();
  });
});

describe("a large dataset's partners, counted in the view worker", () => {
  /** A large dataset with the effect started on a client whose answers the test gives, recording what it was asked. */
  function partnersInWorker() {
    const store = createAppStore();
    store.getState().setDataset({ name: 'large', graph: largeGraph() });
    const asked: Array<{ key: string; answer(m: Map<string, number> | Error): void }> = [];
    const client = {
      partners: (_graph: unknown, key: string) =>
        new Promise<Map<string, number>>((resolve, reject) =>
          asked.push({ key, answer: (m) => (m instanceof Error ? reject(m) : resolve(m)) }),
        ),
    };
    return { store, asked, stop: startPartnersEffect(store, client) };
  }

  it('are not counted on the page: the details say they are coming, then list them', async () => {
    const { store, asked, stop } = partnersInWorker();
    store.getState().select('org:a');
    expect(selectSelectedDetails(store.getState())).toMatchObject({ partnersPending: true });
    expect(selectSelectedDetails(store.getState())!.projects).toHaveLength(1);
    await vi.waitFor(() => expect(asked.map((a) => a.key)).toEqual(['org:a']));
    asked[0]!.answer(new Map([['org:b', 1]]));
    await vi.waitFor(() => expect(selectSelectedDetails(store.getState())!.partnersPending).toBeFalsy());
    expect(selectSelectedDetails(store.getState())!.partners.slice()).toMatchObject([
      { key: 'org:b', shared: 1 },
    ]);
    // A project's details have no partners to count: nothing is asked.
    store.getState().select('project:p1');
    await new Promise((r) => setTimeout(r, 60));
    expect(asked).toHaveLength(1);
    stop();
    expect(store.getState().partnersInWorker).toBe(false);
  });

  it('are asked for once the view the click opened is computed and drawn', async () => {
    const { store, asked, stop } = partnersInWorker();
    store.getState().setDrawing(true);
    store.getState().select('org:a');
    await new Promise((r) => setTimeout(r, 60));
    expect(asked).toHaveLength(0);
    expect(selectSelectedDetails(store.getState())).toMatchObject({ partnersPending: true });
    store.getState().setDrawing(false);
    await vi.waitFor(() => expect(asked.map((a) => a.key)).toEqual(['org:a']));
    stop();
  });

  it('are counted on the page when the worker cannot count them', async () => {
    const { store, asked, stop } = partnersInWorker();
    store.getState().select('org:b');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked[0]!.answer(new Error('view worker: the dataset is not loaded'));
    await vi.waitFor(() => expect(selectSelectedDetails(store.getState())!.partnersPending).toBeFalsy());
    expect(selectSelectedDetails(store.getState())!.partners.slice()).toMatchObject([
      { key: 'org:a', shared: 1 },
    ]);
    stop();
  });
});
