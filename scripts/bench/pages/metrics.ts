// Bare graphology-metrics on the main thread, default options, on the scene graph: the reference for the
// app's metrics worker. The runner calls window.bareMetric(name) once per metric and reads the time.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { fail, loadScene } from './scene';

const METRICS: Record<string, (g: Graph) => unknown> = {
  degree: (g) => degreeCentrality(g),
  betweenness: (g) => betweenness(g),
  closeness: (g) => closeness(g),
  eigenvector: (g) => eigenvector(g, { maxIterations: 1000 }),
  pagerank: (g) => pagerank(g),
  louvain: (g) => louvain(g),
  components: (g) => connectedComponents(g),
};

loadScene()
  .then((scene) => {
    const graph = new Graph({ type: 'undirected' });
    for (const n of scene.nodes) graph.addNode(n.id);
    for (const e of scene.edges) if (e.source !== e.target) graph.mergeEdge(e.source, e.target);
    Object.assign(window, {
      bareGraph: { nodes: graph.order, edges: graph.size },
      bareMetric(name: string): number {
        const fn = METRICS[name];
        if (!fn) throw new Error(`bench metrics page: unknown metric ${name}`);
        const t0 = performance.now();
        fn(graph);
        return performance.now() - t0;
      },
    });
    performance.mark('bench:first-frame');
  })
  .catch(fail);
