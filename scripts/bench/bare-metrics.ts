// What the bench's bare page computes: graphology-metrics with the app's settings for each metric (read
// from the app's modules, so the two cannot drift apart), on the graph the app's kernels would read.
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { resolveParameters } from '../../src/graph/metrics/compute';
import { DEFAULTS as EIGENVECTOR } from '../../src/graph/metrics/eigenvector';
import { DEFAULTS as PAGERANK } from '../../src/graph/metrics/pagerank';
import type { ParameterValues } from '../../src/graph/metrics/registry';
import { seededRandom } from '../../src/graph/metrics/rng';

/** The settings of the app's metrics job that change what the metrics compute. */
export interface BareJob {
  weighted: boolean;
  /** Per metric id, the job's parameter overrides (the app's list gives the rest). */
  parameters: Record<string, ParameterValues>;
}

/**
 * bare-metrics.bareGraph: as the app's kernels read a graph (compact.ts): undirected and simple, self-loops
 * dropped, parallel ties merged with their weights summed, and each tie's length 1/weight in `distance`.
 */
export function bareGraph(
  nodes: readonly string[],
  edges: readonly { source: string; target: string; weight?: number }[],
  weighted: boolean,
): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const node of nodes) graph.addNode(node);
  for (const e of edges) {
    if (e.source === e.target) continue;
    const weight = weighted ? (e.weight ?? 1) : 1;
    const edge = graph.edge(e.source, e.target);
    if (edge === undefined) graph.addEdge(e.source, e.target, { weight });
    else graph.updateEdgeAttribute(edge, 'weight', (w: number) => w + weight);
  }
  graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'distance', 1 / (a.weight as number)));
  return graph;
}

/**
 * bare-metrics.bareMetrics: per bench metric name, the graphology call that computes what the app's step
 * of that name computes, with the job's settings.
 */
export function bareMetrics(job: BareJob): Record<string, (graph: Graph) => unknown> {
  const parameters = (id: string) => resolveParameters(id, job.parameters[id]);
  const strength = job.weighted ? 'weight' : null;
  const pagerankSettings = parameters('pagerank');
  const communitySettings = parameters('community');
  const eigenvectorSettings = parameters('eigenvector');
  return {
    // The app's Degree step gives the degree centrality and the weighted degree of every node.
    degree: (g) => [degreeCentrality(g), g.mapNodes((node) => weightedDegree(g, node, 'weight'))],
    betweenness: (g) => betweenness(g, { getEdgeWeight: job.weighted ? 'distance' : null, normalized: true }),
    // graphology-metrics has no weighted closeness: with a weighted job this one counts hops.
    closeness: (g) => closeness(g, { wassermanFaust: true }),
    eigenvector: (g) =>
      eigenvector(g, {
        getEdgeWeight: strength,
        maxIterations: eigenvectorSettings.maxIterations as number,
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
}
