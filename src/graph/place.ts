// ForceAtlas2 placement of a drawn graph, in steps, with an iteration budget and a time budget: the one
// home of the force layout the worker runs (the view worker on a view cut to the draw budget, the
// `layout` job when a person asks for Force). Starting positions are given or seeded from the node
// keys, so the same graph always gets the same layout when the time budget is not what stops it.
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { hash01, neighbourScale } from './geometry';
import type { ViewGraph } from './view-types';

export const PLACE_DEFAULTS = {
  /** Past this many nodes, Barnes–Hut (O(n log n)) replaces the exact O(n²) repulsion. */
  barnesHutNodes: 500,
  maxIterations: 150,
  timeBudgetMs: 20_000,
  /** Iterations between progress reports (and time-budget checks). */
  step: 10,
  /** The closest tenth of neighbour pairs end up this far apart (px at zoom 1). */
  neighbourDistance: 70,
  /** Spread of the seeded starting positions. */
  scale: 100,
};

export type PlaceSettings = typeof PLACE_DEFAULTS;

/**
 * Forces over the ones ForceAtlas2 infers from the size. Measured on the 800-node cuts of the M
 * benchmark: the inferred slow-down (1 + ln n, ~7.7 there) leaves a blob after a few dozen iterations;
 * at 2, with lin-log attraction and hubs' attraction spread over their ties, the hubs stand apart.
 */
export const PLACE_FORCES: ForceAtlas2Settings = {
  slowDown: 2,
  linLogMode: true,
  outboundAttractionDistribution: true,
  // Coarser Barnes–Hut cells: the same picture there in ~55% of the time (theta 0.5 by default).
  barnesHutTheta: 1,
};

/**
 * The budget of a view cut to the draw budget, placed with the answer that brings it: about 60
 * iterations from the built positions give the picture 150 gave before (M, 800 nodes: ~100 ms in Node).
 */
export const CUT_PLACEMENT: Partial<PlaceSettings> = {
  maxIterations: 60,
  timeBudgetMs: 250,
  // Cut views have hundreds of nodes: Barnes–Hut already pays there (477 nodes: 56 ms instead of ~140).
  barnesHutNodes: 250,
};

export interface PlaceOptions extends Partial<PlaceSettings> {
  /** Called with iterations done and the iteration budget, before the first step and after each. */
  onProgress?(done: number, total: number): void;
  /** ForceAtlas2 settings over the ones inferred from the graph's size. */
  settings?: ForceAtlas2Settings;
  /** The clock the time budget is read from (ms); injectable for tests. */
  now?(): number;
}

/** What to place: node keys, edges as [source index, target index, weight], optional start positions. */
export interface PlaceInput {
  keys: readonly string[];
  edges: ReadonlyArray<readonly [number, number, number]>;
  initial?: ReadonlyArray<readonly [number, number] | null>;
}

export interface Placement {
  keys: string[];
  x: number[];
  y: number[];
  iterations: number;
  stoppedBy: 'iterations' | 'budget';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** place.place: ForceAtlas2 positions of `input`'s nodes (parallel edges merged, weights summed). */
export function place(input: PlaceInput, options: PlaceOptions = {}): Placement {
  const o = { ...PLACE_DEFAULTS };
  for (const key of Object.keys(PLACE_DEFAULTS) as Array<keyof PlaceSettings>)
    if (options[key] !== undefined) o[key] = options[key];
  const now = options.now ?? (() => performance.now());
  const started = now();
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  input.keys.forEach((key, i) => {
    const given = input.initial?.[i];
    const ok = given && Number.isFinite(given[0]) && Number.isFinite(given[1]);
    graph.mergeNode(key, {
      x: ok ? given[0] : (hash01(key) - 0.5) * o.scale,
      y: ok ? given[1] : (hash01(`${key}#y`) - 0.5) * o.scale,
    });
  });
  for (const [s, t, weight] of input.edges) {
    const source = input.keys[s];
    const target = input.keys[t];
    if (source === undefined || target === undefined)
      throw new Error(
        `place: an edge refers to node index ${source === undefined ? s : t}, which does not exist`,
      );
    if (source === target) continue;
    if (graph.hasEdge(source, target))
      graph.updateEdgeAttribute(source, target, 'weight', (w) => (w as number) + weight);
    else graph.addEdge(source, target, { weight });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > o.barnesHutNodes,
    ...PLACE_FORCES,
    ...options.settings,
  };
  let done = 0;
  let stoppedBy: Placement['stoppedBy'] = 'iterations';
  options.onProgress?.(0, o.maxIterations);
  while (done < o.maxIterations && graph.order > 1) {
    const step = Math.min(o.step, o.maxIterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    done += step;
    options.onProgress?.(done, o.maxIterations);
    if (done < o.maxIterations && now() - started > o.timeBudgetMs) {
      stoppedBy = 'budget';
      break;
    }
  }
  const keys = graph.nodes();
  const points = keys.map((k) => graph.getNodeAttributes(k) as { x: number; y: number });
  const factor = neighbourScale(points, o.neighbourDistance);
  return {
    keys,
    x: points.map((p) => round2(p.x * factor)),
    y: points.map((p) => round2(p.y * factor)),
    iterations: done,
    stoppedBy,
  };
}

/** A view's nodes, edges (weights as drawn) and positions where it has them, as place() takes them. */
export function placeInput(view: ViewGraph): PlaceInput {
  const keys = view.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const edges: Array<[number, number, number]> = [];
  view.forEachEdge((_, a, source, target) => {
    const w = a.weight;
    edges.push([index.get(source)!, index.get(target)!, Number.isFinite(w) && w > 0 ? w : 1]);
  });
  const initial = keys.map((k) => {
    const a = view.getNodeAttributes(k);
    return a.x !== undefined && a.y !== undefined ? ([a.x, a.y] as [number, number]) : null;
  });
  return { keys, edges, initial };
}

/**
 * place.placeView: lays `view` out by itself, starting from the positions its nodes carry (seeded
 * where they have none), and assigns the new x/y to its nodes. Mutates and returns `view`.
 */
export function placeView(
  view: ViewGraph,
  options: PlaceOptions = {},
): { view: ViewGraph; iterations: number; stoppedBy: Placement['stoppedBy'] } {
  const placed = place(placeInput(view), options);
  placed.keys.forEach((key, i) => {
    view.mergeNodeAttributes(key, { x: placed.x[i]!, y: placed.y[i]! });
  });
  return { view, iterations: placed.iterations, stoppedBy: placed.stoppedBy };
}
