// Worker side of the `layout` job: ForceAtlas2 (Barnes–Hut past a size) in steps, with progress, an
// iteration budget and a time budget. Starting positions are given or seeded from the node keys, so
// the same graph always gets the same layout when the time budget is not what stops it.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { z } from 'zod';
import { hash01, neighbourScale } from '../graph/geometry';
import type { layoutPayload, LayoutResult } from './layout.contract';
import type { JobContext } from './protocol';

export const WORKER_LAYOUT = {
  /** Past this many nodes, Barnes–Hut (O(n log n)) replaces the exact O(n²) repulsion. */
  barnesHutNodes: 500,
  maxIterations: 150,
  timeBudgetMs: 20_000,
  /** Iterations between progress messages (and time-budget checks). */
  step: 10,
  neighbourDistance: 70,
  scale: 100,
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function runLayoutJob(
  payload: z.output<typeof layoutPayload>,
  context: JobContext,
  now: () => number = () => performance.now(),
): LayoutResult {
  const started = now();
  const maxIterations = payload.options?.maxIterations ?? WORKER_LAYOUT.maxIterations;
  const budget = payload.options?.timeBudgetMs ?? WORKER_LAYOUT.timeBudgetMs;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  payload.keys.forEach((key, i) => {
    const given = payload.initial?.[i];
    const ok = given && Number.isFinite(given[0]) && Number.isFinite(given[1]);
    graph.mergeNode(key, {
      x: ok ? given[0] : (hash01(key) - 0.5) * WORKER_LAYOUT.scale,
      y: ok ? given[1] : (hash01(`${key}#y`) - 0.5) * WORKER_LAYOUT.scale,
    });
  });
  for (const [s, t, weight] of payload.edges) {
    const source = payload.keys[s]!;
    const target = payload.keys[t]!;
    if (source === target) continue;
    if (graph.hasEdge(source, target))
      graph.updateEdgeAttribute(source, target, 'weight', (w) => (w as number) + weight);
    else graph.addEdge(source, target, { weight });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > WORKER_LAYOUT.barnesHutNodes,
  };
  let done = 0;
  let stoppedBy: LayoutResult['stoppedBy'] = 'iterations';
  context.progress(0, maxIterations, 'Laying out');
  while (done < maxIterations && graph.order > 1) {
    const step = Math.min(WORKER_LAYOUT.step, maxIterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    done += step;
    context.progress(done, maxIterations, 'Laying out');
    if (done < maxIterations && now() - started > budget) {
      stoppedBy = 'budget';
      break;
    }
  }
  const keys = graph.nodes();
  const points = keys.map((k) => graph.getNodeAttributes(k) as { x: number; y: number });
  const factor = neighbourScale(
    points,
    payload.options?.neighbourDistance ?? WORKER_LAYOUT.neighbourDistance,
  );
  return {
    keys,
    x: points.map((p) => round2(p.x * factor)),
    y: points.map((p) => round2(p.y * factor)),
    iterations: done,
    stoppedBy,
  };
}
