import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fitPositions,
  highlight,
  markPath,
  runLayout,
  syncElements,
  syncInSlices,
} from '../../src/render/adapter';
import type { EdgeData, ElementDefinitions, NodeData } from '../../src/render/elements';

const org = (id: string, extra: Partial<NodeData> = {}): { data: NodeData } => ({
  data: { id, label: id, short: id, type: 'organisation', count: 1, size: 18, ...extra },
});
const tie = (source: string, target: string): { data: EdgeData } => ({
  data: { id: `${source}--${target}`, source, target, type: 'co_partners', weight: 1, width: 1.2 },
});
const headless = () => cytoscape({ headless: true, styleEnabled: false });
/** Counts the elements each call touches: cytoscape emits `data` and `class` per element it changes. */
function touches(cy: cytoscape.Core, event: 'data' | 'class', run: () => void): string[] {
  const ids: string[] = [];
  const on = (e: cytoscape.EventObject) => void ids.push(e.target.id());
  cy.on(event, on);
  run();
  cy.off(event, on);
  return [...new Set(ids)].sort();
}

describe('syncElements', () => {
  const star: ElementDefinitions = {
    nodes: [org('hub', { lead: true, count: 3 }), org('a'), org('b')],
    edges: [tie('hub', 'a'), tie('hub', 'b')],
  };

  it('draws nothing from nothing', () => {
    const cy = headless();
    expect(syncElements(cy, { nodes: [], edges: [] })).toEqual({ added: 0, removed: 0 });
    expect(cy.elements().length).toBe(0);
  });

  it('adds what is new, removes what is gone and runs beforeAdd between the two', () => {
    const cy = headless();
    syncElements(cy, star);
    let during = -1;
    const next = { nodes: [org('hub'), org('a'), org('c')], edges: [tie('hub', 'a'), tie('hub', 'c')] };
    expect(syncElements(cy, next, () => (during = cy.elements().length))).toEqual({ added: 1, removed: 1 });
    expect(during).toBe(3); // hub, a and their tie: b and its tie were gone, c not there yet
    expect(cy.nodes().map((n) => n.id())).toEqual(['hub', 'a', 'c']);
  });

  it('leaves elements whose data did not change alone (setting data restyles them)', () => {
    const cy = headless();
    syncElements(cy, star);
    const moved = { ...star, nodes: [org('hub', { lead: true, count: 4 }), org('a'), org('b')] };
    expect(touches(cy, 'data', () => syncElements(cy, star))).toEqual([]);
    expect(touches(cy, 'data', () => syncElements(cy, moved))).toEqual(['hub']);
  });

  it('drops a lead mark the next view no longer has', () => {
    const cy = headless();
    syncElements(cy, star);
    syncElements(cy, { ...star, nodes: [org('hub', { count: 3 }), org('a'), org('b')] });
    expect(cy.getElementById('hub').data('lead')).toBeUndefined();
    expect(cy.getElementById('hub').data('count')).toBe(3);
  });
});

describe('highlight and markPath', () => {
  const chain: ElementDefinitions = {
    nodes: [org('a'), org('b'), org('c'), org('d')],
    edges: [tie('a', 'b'), tie('b', 'c'), tie('c', 'd')],
  };

  it('fades all but the hovered node and its neighbours, and clears', () => {
    const cy = headless();
    syncElements(cy, chain);
    highlight(cy, 'a');
    expect(cy.elements('.faded').map((e) => e.id())).toEqual(['c', 'd', 'b--c', 'c--d']);
    expect(cy.elements('.highlighted').map((e) => e.id())).toEqual(['a', 'b', 'a--b']);
    highlight(cy, 'no such node');
    expect(cy.elements('.faded, .highlighted').length).toBe(0);
  });

  it('moving the hover to a neighbour touches only the elements whose state changes', () => {
    const cy = headless();
    syncElements(cy, chain);
    highlight(cy, 'a');
    // b's neighbourhood is a, b, c and their ties: c and b--c come out of the fade and are highlighted;
    // the hover mark moves from a to b.
    expect(touches(cy, 'class', () => highlight(cy, 'b'))).toEqual(['a', 'b', 'b--c', 'c']);
    expect(cy.elements('.hovered').map((e) => e.id())).toEqual(['b']);
    expect(touches(cy, 'class', () => highlight(cy, 'b'))).toEqual([]);
  });

  it('marks the neighbourhood of a node in a large drawing without fading the rest', () => {
    const cy = headless();
    const keys = Array.from({ length: 400 }, (_, i) => `n${i}`);
    syncElements(cy, {
      nodes: keys.map((k) => org(k)),
      edges: keys.slice(1).map((k) => tie('n0', k)),
    });
    highlight(cy, 'n1');
    expect(cy.elements('.highlighted').map((e) => e.id())).toEqual(['n0', 'n1', 'n0--n1']);
    expect(cy.elements('.hovered').map((e) => e.id())).toEqual(['n1']);
    expect(cy.elements('.faded').length).toBe(0);
    highlight(cy, null);
    expect(cy.elements('.highlighted, .hovered').length).toBe(0);
  });

  it('marks a path and moves the mark when the path changes', () => {
    const cy = headless();
    syncElements(cy, chain);
    markPath(cy, ['a', 'b', 'c']);
    expect(cy.elements('.path').map((e) => e.id())).toEqual(['a', 'b', 'c', 'a--b', 'b--c']);
    expect(touches(cy, 'class', () => markPath(cy, ['b', 'c', 'd']))).toEqual(['a', 'a--b', 'c--d', 'd']);
    markPath(cy, []);
    expect(cy.elements('.path').length).toBe(0);
  });
});

describe('syncInSlices', () => {
  /**
   * Slices and animation frames run by hand. `next()` runs the slices asked for so far, `frame()` the
   * frame callbacks; each returns how many ran. Every syncInSlices here takes `schedule`.
   */
  function byHand() {
    let tasks: Array<(() => void) | null> = [];
    let frames: Array<(() => void) | null> = [];
    // Ids count from 1 in each round of frames (a round runs what was asked before it).
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = null));
    const runAll = (queue: Array<(() => void) | null>) => {
      const live = queue.filter((cb) => cb !== null);
      live.forEach((cb) => cb());
      return live.length;
    };
    const schedule = (fn: () => void) => {
      const at = tasks.push(fn) - 1;
      const queue = tasks;
      return () => void (queue[at] = null);
    };
    const next = () => {
      const run = tasks;
      tasks = [];
      return runAll(run);
    };
    const frame = () => {
      const run = frames;
      frames = [];
      return runAll(run);
    };
    return { schedule, next, frame };
  }
  afterEach(() => vi.unstubAllGlobals());
  const ring = (n: number): ElementDefinitions => ({
    nodes: Array.from({ length: n }, (_, i) => org(`n${i}`)),
    edges: Array.from({ length: n }, (_, i) => tie(`n${i}`, `n${(i + 1) % n}`)),
  });

  it('with nothing new, removes the stale elements at once and is done in the next slice', () => {
    const { schedule, next } = byHand();
    const cy = headless();
    syncElements(cy, ring(3));
    const done = vi.fn();
    syncInSlices(cy, { nodes: [org('n0')], edges: [] }, { onDone: done, schedule });
    expect(cy.elements().map((e) => e.id())).toEqual(['n0']);
    expect(done).not.toHaveBeenCalled();
    next();
    expect(done).toHaveBeenCalledWith(0);
  });

  it('adds nodes first, then edges, a slice at a time, and reports the nodes it added', () => {
    const { schedule, next } = byHand();
    const cy = headless();
    const done = vi.fn();
    const nodesIn = vi.fn(() => [cy.nodes().length, cy.edges().length]);
    // No time to spare: one chunk of 4 elements per frame, and no chunk holds both nodes and edges.
    syncInSlices(cy, ring(6), { onDone: done, onNodesIn: nodesIn, millis: 0, chunk: 4, schedule });
    expect(cy.elements().length).toBe(0);
    next();
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(0);
    next();
    expect([cy.nodes().length, cy.edges().length]).toEqual([6, 0]);
    expect(nodesIn).not.toHaveBeenCalled();
    next();
    // Told once, with every node in and before the first edge.
    expect(nodesIn).toHaveBeenCalledTimes(1);
    expect(nodesIn).toHaveReturnedWith([6, 0]);
    expect([cy.nodes().length, cy.edges().length]).toEqual([6, 4]);
    expect(done).not.toHaveBeenCalled();
    next();
    expect([cy.nodes().length, cy.edges().length]).toEqual([6, 6]);
    expect(done).toHaveBeenCalledWith(6);
    expect(nodesIn).toHaveBeenCalledTimes(1);
    expect(next()).toBe(0);
  });

  it('tells when the nodes are in even when no edge comes after them', () => {
    const { schedule, next } = byHand();
    const cy = headless();
    const nodesIn = vi.fn();
    syncInSlices(
      cy,
      { nodes: [org('a'), org('b')], edges: [] },
      { onDone: vi.fn(), onNodesIn: nodesIn, schedule },
    );
    next();
    expect(nodesIn).toHaveBeenCalledTimes(1);
  });

  it('keeps cytoscape from drawing in every frame until the last slice is in, then lets it draw', () => {
    const { schedule, next, frame } = byHand();
    const cy = headless();
    // A drawing renderer has the flag (and clears it after each frame, drawn or skipped); the headless
    // one has not. Cytoscape's own frame callback comes before the hold's in each frame.
    const renderer = (cy as unknown as { renderer(): { skipFrame: boolean } }).renderer();
    renderer.skipFrame = false;
    const held: boolean[] = [];
    const cytoscapeFrame = () => {
      held.push(renderer.skipFrame);
      renderer.skipFrame = false;
      frame();
    };
    const done = vi.fn();
    syncInSlices(cy, ring(6), { onDone: done, millis: 0, chunk: 4, schedule });
    // Four slices (4 nodes, 2 nodes, 4 edges, 2 edges), with two frames before the first and one or
    // two between the others: all held.
    cytoscapeFrame();
    cytoscapeFrame();
    next();
    cytoscapeFrame();
    cytoscapeFrame();
    next();
    cytoscapeFrame();
    next();
    expect(done).not.toHaveBeenCalled();
    cytoscapeFrame();
    next();
    expect(done).toHaveBeenCalledWith(6);
    cytoscapeFrame();
    expect(held).toEqual([true, true, true, true, true, true, false]);
    // Nothing left to run: the hold is gone.
    expect(frame()).toBe(0);
    expect(next()).toBe(0);
  });

  it('lets cytoscape draw again when cancelled', () => {
    const { schedule, next, frame } = byHand();
    const cy = headless();
    const renderer = (cy as unknown as { renderer(): { skipFrame: boolean } }).renderer();
    renderer.skipFrame = false;
    const cancel = syncInSlices(cy, ring(6), { onDone: vi.fn(), millis: 0, chunk: 4, schedule });
    next();
    expect(renderer.skipFrame).toBe(true);
    cancel();
    expect(renderer.skipFrame).toBe(false);
    expect(frame()).toBe(0);
  });

  it('with moveKept, nodes that stay go to their new places before anything is added; else they keep theirs', () => {
    const { schedule, next } = byHand();
    for (const moveKept of [true, false]) {
      const cy = headless();
      cy.add({ group: 'nodes', ...org('a'), position: { x: 1, y: 1 } });
      const placed = {
        nodes: [
          { ...org('a'), position: { x: 50, y: 60 } },
          { ...org('b'), position: { x: 0, y: 0 } },
        ],
        edges: [],
      };
      syncInSlices(cy, placed, { onDone: vi.fn(), moveKept, schedule });
      expect(cy.getElementById('a').position()).toEqual(moveKept ? { x: 50, y: 60 } : { x: 1, y: 1 });
      next();
      expect(cy.nodes().length).toBe(2);
    }
  });

  it('adds nothing more once cancelled; a new sync picks up where it stopped', () => {
    const { schedule, next } = byHand();
    const cy = headless();
    const cancel = syncInSlices(cy, ring(6), { onDone: vi.fn(), millis: 0, chunk: 4, schedule });
    next();
    cancel();
    next();
    expect(cy.elements().length).toBe(4);
    const done = vi.fn();
    syncInSlices(cy, ring(6), { onDone: done, schedule });
    next();
    expect(cy.elements().length).toBe(12);
    expect(done).toHaveBeenCalledWith(2);
  });
});

describe('fitPositions and runLayout of a drawing placed as it comes', () => {
  const sized = () => {
    const cy = headless();
    vi.spyOn(cy, 'width').mockReturnValue(1000);
    vi.spyOn(cy, 'height').mockReturnValue(600);
    return cy;
  };

  it('fits the viewport to positions before any node is added', () => {
    const cy = sized();
    fitPositions(
      cy,
      [
        { x: -500, y: -100 },
        { x: 1500, y: 100 },
      ],
      40,
    );
    // 2,000 wide in 920 px: zoom 0.46, the middle (500, 0) at the canvas centre.
    expect(cy.zoom()).toBeCloseTo(0.46, 6);
    expect(cy.pan().x + 500 * cy.zoom()).toBeCloseTo(500, 6);
    expect(cy.pan().y).toBeCloseTo(300, 6);
  });

  it('leaves a large drawing whose nodes already stand at their places as it is', async () => {
    const cy = sized();
    const keys = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const positions = new Map(keys.map((k, i) => [k, { x: (i % 20) * 50, y: Math.floor(i / 20) * 50 }]));
    cy.add(
      keys.map((k) => ({ group: 'nodes' as const, data: { id: k }, position: { ...positions.get(k)! } })),
    );
    fitPositions(cy, positions.values(), 40);
    const moved: string[] = [];
    let viewports = 0;
    cy.on('position', (e) => void moved.push(e.target.id()));
    cy.on('viewport', () => void (viewports += 1));
    await runLayout(cy, 'preset', { animate: false, positions });
    // The map too (the overview by country): moving every node again had cytoscape work out all the
    // ties' end points in the next frame.
    await runLayout(cy, 'geographic', { animate: false, positions });
    expect(moved).toEqual([]);
    expect(viewports).toBe(0);
    // One node elsewhere: the preset layout runs and puts it back.
    cy.getElementById('n0').position({ x: 9999, y: 9999 });
    await runLayout(cy, 'preset', { animate: false, positions });
    expect(cy.getElementById('n0').position()).toEqual({ x: 0, y: 0 });
  });
});
