// Bare graphology-metrics on the main thread, on the graph of the app's metrics job and with the app's
// settings (bare-metrics.ts): the reference for the app's metrics worker. The runner calls
// window.bareMetric(name) and reads the time.
import { bareGraph, bareMetrics, type BareJob } from '../bare-metrics';
import { fail, loadScene, type Scene } from './scene';

/** The job's graph (edges with the job's weights when it was weighted) and the job's metric settings. */
interface JobScene extends Scene {
  edges: { source: string; target: string; weight?: number }[];
  job?: BareJob;
}

loadScene()
  .then((loaded) => {
    const scene = loaded as JobScene;
    const job = scene.job ?? { weighted: false, parameters: {} };
    const graph = bareGraph(
      scene.nodes.map((n) => n.id),
      scene.edges,
      job.weighted,
    );
    const metrics = bareMetrics(job);
    Object.assign(window, {
      bareGraph: { nodes: graph.order, edges: graph.size, weighted: job.weighted },
      bareMetric(name: string): number {
        const fn = metrics[name];
        if (!fn) throw new Error(`bench metrics page: unknown metric ${name}`);
        const t0 = performance.now();
        fn(graph);
        return performance.now() - t0;
      },
      /** Each of `names` in turn, in one task, as the app's worker runs its job; the time of each. */
      bareMetrics(names: string[]): number[] {
        const fns = names.map((name) => {
          const fn = metrics[name];
          if (!fn) throw new Error(`bench metrics page: unknown metric ${name}`);
          return fn;
        });
        return fns.map((fn) => {
          const t0 = performance.now();
          fn(graph);
          return performance.now() - t0;
        });
      },
    });
    performance.mark('bench:first-frame');
  })
  .catch(fail);
