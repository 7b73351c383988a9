// Bare graphology-metrics on the main thread, on the graph of the app's metrics job and with the app's
// settings for each metric (read from the app's own modules, so the two cannot drift apart): the
// reference for the app's metrics worker. The runner calls window.bareMetric(name) and reads the time.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { resolveParameters } from '../../../src/graph/metrics/compute';
import { DEFAULTS as EIGENVECTOR } from '../../../src/graph/metrics/eigenvector';
import { DEFAULTS as PAGERANK } from '../../../src/graph/metrics/pagerank';
import type { ParameterValues } from '../../../src/graph/metrics/registry';
import { seededRandom } from '../../../src/graph/metrics/rng';
import { fail, loadScene, type Scene } from './scene';

/** The job's graph (edges with the job's weights when it was weighted) and the job's metric settings. */
interface JobScene extends Scene {
  edges: { source: string; target: string; weight?: number }[];
  job?: { weighted: boolean; parameters: Record<string, ParameterValues> };
}

loadScene()
  .then((loaded) => {
    const scene = loaded as JobScene;
    const weighted = scene.job?.weighted ?? false;
    const parameters = (id: string) => resolveParameters(id, scene.job?.parameters[id]);
    // As the app's kernels read a graph (compact.ts): undirected, simple, parallel ties' weights summed.
    const graph = new Graph({ type: 'undirected' });
    for (const n of scene.nodes) graph.addNode(n.id);
    for (const e of scene.edges) {
      if (e.source === e.target) continue;
      const weight = weighted ? (e.weight ?? 1) : 1;
      const edge = graph.edge(e.source, e.target);
      if (edge === undefined) graph.addEdge(e.source, e.target, { weight });
      else graph.updateEdgeAttribute(edge, 'weight', (w: number) => w + weight);
    }
    // The app's path metrics take 1/weight as a tie's length.
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'distance', 1 / (a.weight as number)));
    const strength = weighted ? 'weight' : null;

    const pagerankSettings = parameters('pagerank');
    const communitySettings = parameters('community');
    const METRICS: Record<string, (g: Graph) => unknown> = {
      // The app's Degree step gives the degree centrality and the weighted degree of every node.
      degree: (g) => [degreeCentrality(g), g.mapNodes((node) => weightedDegree(g, node, 'weight'))],
      betweenness: (g) => betweenness(g, { getEdgeWeight: weighted ? 'distance' : null, normalized: true }),
      // graphology-metrics has no weighted closeness: with a weighted job this one counts hops.
      closeness: (g) => closeness(g, { wassermanFaust: true }),
      eigenvector: (g) =>
        eigenvector(g, {
          getEdgeWeight: strength,
          maxIterations: parameters('eigenvector').maxIterations as number,
          tolerance: EIGENVECTOR.tolerance,
        }),
      pagerank: (g) =>
        pagerank(g, {
          getEdgeWeight: strength,
          alpha: pagerankSettings.alpha as number,
          maxIterations: PAGERANK.maxIterations,
          tolerance: PAGERANK.tolerance,
        }),
      // The app's Communities step gives the partition and its modularity, as `detailed` does.
      louvain: (g) =>
        louvain.detailed(g, {
          getEdgeWeight: strength,
          resolution: communitySettings.resolution as number,
          rng: seededRandom(communitySettings.seed as number),
        }),
      components: (g) => connectedComponents(g),
    };
    Object.assign(window, {
      bareGraph: { nodes: graph.order, edges: graph.size, weighted },
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
