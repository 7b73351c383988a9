// The one list of metrics. The UI builds its controls, table columns and legends from it; the worker job
// and the CLI run it. Each entry: id, label, description, parameters with defaults, outputs, fn.
import { betweenness, DEFAULTS as BETWEENNESS } from './betweenness';
import { closeness, DEFAULTS as CLOSENESS } from './closeness';
import { averageClustering } from './clustering';
import { connectedComponents } from './components';
import { degreeCentrality, weightedDegree } from './degree';
import { diameter } from './diameter';
import { eigenvector, DEFAULTS as EIGENVECTOR } from './eigenvector';
import { coreNumber } from './kcore';
import { louvain, DEFAULTS as LOUVAIN } from './louvain';
import { pagerank, DEFAULTS as PAGERANK } from './pagerank';
import { participation, type Participation } from './participation';
import type { ConsortiaGraph } from '../types';
import type { CompactGraph, ProgressCallback } from './types';

export type ParameterDefinition =
  | {
      id: string;
      label: string;
      description: string;
      type: 'number';
      default: number;
      min: number;
      max: number;
    }
  | {
      id: string;
      label: string;
      description: string;
      type: 'choice';
      default: string;
      options: readonly string[];
    };

export type ParameterValues = Record<string, number | string>;

/** What one output column means, for table headers, legends and the CSV. */
export interface OutputDefinition {
  id: string;
  /** Per node (a column) or per graph (one number). */
  scope: 'node' | 'graph';
  label: string;
  description: string;
  /** score: continuous, sized and coloured on a scale; count: integers; category: a colour per value. */
  kind: 'score' | 'count' | 'category';
  /**
   * What it says when every node has 0, in a few words after "…is 0 everywhere:", `{node}` standing
   * for what the nodes are ("no {node} lies between others here").
   */
  whenZero?: string;
}

export interface MetricInput {
  graph: CompactGraph;
  /** The full Consortia graph, for facts a projection does not carry (projects and lead roles). */
  base?: ConsortiaGraph;
  /** The same facts counted already (a large dataset's shown organisations). */
  participation?: Map<string, Participation>;
}

/** How a metric was estimated: each value within ± errorBound (of `errorOf`) with probability `confidence`. */
export interface Approximation {
  samples: number;
  errorBound: number;
  confidence: number;
  errorOf: string;
}

export interface MetricOutput {
  /** Per node, aligned with `graph.keys`; null where the metric does not apply. */
  nodes?: Record<string, ArrayLike<number> | (number | null)[]>;
  graph?: Record<string, number>;
  approximation?: Approximation;
}

export interface MetricDefinition {
  id: string;
  label: string;
  description: string;
  scope: 'node' | 'graph';
  /** Whether the weighted option changes the result. */
  usesWeights: boolean;
  parameters: ParameterDefinition[];
  outputs: OutputDefinition[];
  fn: (
    input: MetricInput,
    settings: { weighted: boolean; parameters: ParameterValues },
    onProgress: ProgressCallback,
  ) => MetricOutput;
}

const seed = (fallback: number): ParameterDefinition => ({
  id: 'seed',
  label: 'Random seed',
  description: 'The same seed gives the same result.',
  type: 'number',
  default: fallback,
  min: 0,
  max: 2 ** 31,
});
const num = (values: ParameterValues, id: string) => values[id] as number;

type SamplingMode = 'auto' | 'exact' | 'approximate';
interface SampledResult {
  values: ArrayLike<number> | (number | null)[];
  approximation?: Approximation;
}
type SampledKernel = (
  graph: CompactGraph,
  options: { weighted: boolean; mode: SamplingMode; samples: number; seed: number },
  onProgress: ProgressCallback,
) => SampledResult;

/** The parameters and run function shared by the path metrics that switch to source sampling. */
function sampled(
  kernel: SampledKernel,
  output: string,
  defaults: { mode: SamplingMode; samples: number; seed: number },
  samples: { description: string; min: number },
): Pick<MetricDefinition, 'parameters' | 'fn'> {
  return {
    parameters: [
      {
        id: 'mode',
        label: 'Method',
        description: 'Exact, or sampled sources for large graphs (auto decides by size).',
        type: 'choice',
        default: defaults.mode,
        options: ['auto', 'exact', 'approximate'],
      },
      {
        id: 'samples',
        label: 'Sampled sources',
        description: samples.description,
        type: 'number',
        default: defaults.samples,
        min: samples.min,
        max: 1e6,
      },
      seed(defaults.seed),
    ],
    fn: ({ graph }, { weighted, parameters }, onProgress) => {
      const result = kernel(
        graph,
        {
          weighted,
          mode: parameters.mode as SamplingMode,
          samples: num(parameters, 'samples'),
          seed: num(parameters, 'seed'),
        },
        onProgress,
      );
      return {
        nodes: { [output]: result.values },
        ...(result.approximation ? { approximation: result.approximation } : {}),
      };
    },
  };
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'degree',
    label: 'Degree',
    description: 'How many partners a node has.',
    scope: 'node',
    usesWeights: true,
    parameters: [],
    outputs: [
      {
        id: 'degree',
        scope: 'node',
        label: 'Degree',
        description: 'Share of all other nodes tied to this one: degree / (n − 1).',
        kind: 'score',
        whenZero: 'no {node} has a link here',
      },
      {
        id: 'weightedDegree',
        scope: 'node',
        label: 'Weighted degree',
        description: 'Sum of tie strengths (e.g. shared projects); equals the degree when unweighted.',
        kind: 'count',
        whenZero: 'no {node} has a link here',
      },
    ],
    fn: ({ graph }) => ({
      nodes: { degree: degreeCentrality(graph), weightedDegree: weightedDegree(graph) },
    }),
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    description:
      'How often a node lies on the shortest paths between others: brokers between consortia score high.',
    scope: 'node',
    usesWeights: true,
    ...sampled(betweenness, 'betweenness', BETWEENNESS, {
      description: 'Sources sampled when approximating; more is slower and closer.',
      min: 1,
    }),
    outputs: [
      {
        id: 'betweenness',
        scope: 'node',
        label: 'Betweenness',
        description: 'Share of shortest paths between other pairs through this node, 2/((n−1)(n−2)).',
        kind: 'score',
        whenZero: 'no {node} lies between others here',
      },
    ],
  },
  {
    id: 'closeness',
    label: 'Closeness',
    description: 'How near a node is to all others, scaled by the share of the graph it can reach.',
    scope: 'node',
    usesWeights: true,
    ...sampled(closeness, 'closeness', CLOSENESS, {
      description: 'Sources sampled per large component when approximating.',
      min: 2,
    }),
    outputs: [
      {
        id: 'closeness',
        scope: 'node',
        label: 'Closeness',
        description: 'Inverse mean distance to reachable nodes, Wasserman–Faust scaled.',
        kind: 'score',
        whenZero: 'no {node} reaches another here',
      },
    ],
  },
  {
    id: 'eigenvector',
    label: 'Eigenvector',
    description: 'Central when tied to other central nodes.',
    scope: 'node',
    usesWeights: true,
    parameters: [
      {
        id: 'maxIterations',
        label: 'Maximum iterations',
        description: 'Stop with an error after this many rounds without converging.',
        type: 'number',
        default: EIGENVECTOR.maxIterations,
        min: 1,
        max: 1e6,
      },
    ],
    outputs: [
      {
        id: 'eigenvector',
        scope: 'node',
        label: 'Eigenvector',
        description: 'Dominant eigenvector of the adjacency matrix, L2-normalised.',
        kind: 'score',
        whenZero: 'no {node} has a link here',
      },
    ],
    fn: ({ graph }, { weighted, parameters }, onProgress) => ({
      nodes: {
        eigenvector: eigenvector(
          graph,
          { weighted, maxIterations: num(parameters, 'maxIterations') },
          onProgress,
        ),
      },
    }),
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'Share of time a random walk along ties spends at a node.',
    scope: 'node',
    usesWeights: true,
    parameters: [
      {
        id: 'alpha',
        label: 'Damping',
        description: 'Probability of following a tie rather than jumping anywhere.',
        type: 'number',
        default: PAGERANK.alpha,
        min: 0,
        max: 1,
      },
    ],
    outputs: [
      {
        id: 'pagerank',
        scope: 'node',
        label: 'PageRank',
        description: 'Stationary probability of a random walk with damping 0.85; sums to 1.',
        kind: 'score',
      },
    ],
    fn: ({ graph }, { weighted, parameters }, onProgress) => ({
      nodes: { pagerank: pagerank(graph, { weighted, alpha: num(parameters, 'alpha') }, onProgress) },
    }),
  },
  {
    id: 'community',
    label: 'Communities',
    description: 'Groups of nodes more tied to each other than to the rest (Louvain).',
    scope: 'node',
    usesWeights: true,
    parameters: [
      {
        id: 'resolution',
        label: 'Resolution',
        description: 'Higher finds more, smaller communities.',
        type: 'number',
        default: LOUVAIN.resolution,
        min: 0.01,
        max: 100,
      },
      seed(LOUVAIN.seed),
    ],
    outputs: [
      {
        id: 'community',
        scope: 'node',
        label: 'Community',
        description: 'Louvain community, 0 = largest.',
        kind: 'category',
      },
      {
        id: 'modularity',
        scope: 'graph',
        label: 'Modularity',
        description: 'How well the communities split the graph (−0.5 to 1).',
        kind: 'score',
      },
    ],
    fn: ({ graph }, { weighted, parameters }) => {
      const result = louvain(graph, {
        weighted,
        resolution: num(parameters, 'resolution'),
        seed: num(parameters, 'seed'),
      });
      return { nodes: { community: result.community }, graph: { modularity: result.modularity } };
    },
  },
  {
    id: 'component',
    label: 'Components',
    description: 'Pieces of the graph with no tie between them.',
    scope: 'node',
    usesWeights: false,
    parameters: [],
    outputs: [
      {
        id: 'component',
        scope: 'node',
        label: 'Component',
        description: 'Connected component, 0 = largest.',
        kind: 'category',
      },
      {
        id: 'components',
        scope: 'graph',
        label: 'Components',
        description: 'Number of components.',
        kind: 'count',
      },
    ],
    fn: ({ graph }) => {
      const result = connectedComponents(graph);
      return { nodes: { component: result.component }, graph: { components: result.count } };
    },
  },
  {
    id: 'core',
    label: 'k-core',
    description: 'Depth in the dense core: the largest k with the node in a part where all have k ties.',
    scope: 'node',
    usesWeights: false,
    parameters: [],
    outputs: [
      {
        id: 'core',
        scope: 'node',
        label: 'Core',
        description: 'Core number.',
        kind: 'count',
        whenZero: 'no {node} has a link here',
      },
    ],
    fn: ({ graph }) => ({ nodes: { core: coreNumber(graph) } }),
  },
  {
    id: 'participation',
    label: 'Projects and lead roles',
    description: 'For organisations: projects taken part in, and projects led.',
    scope: 'node',
    usesWeights: false,
    parameters: [],
    outputs: [
      {
        id: 'projects',
        scope: 'node',
        label: 'Projects',
        description: 'Projects taken part in.',
        kind: 'count',
        whenZero: 'no organisation here takes part in a project',
      },
      {
        id: 'leads',
        scope: 'node',
        label: 'Lead roles',
        description: 'Projects led as lead partner.',
        kind: 'count',
        whenZero: 'no organisation here leads a project',
      },
    ],
    fn: ({ graph, base, participation: counted }) => {
      const counts = counted ?? (base ? participation(base) : new Map<string, Participation>());
      return {
        nodes: {
          projects: graph.keys.map((key) => counts.get(key)?.projects ?? null),
          leads: graph.keys.map((key) => counts.get(key)?.leads ?? null),
        },
      };
    },
  },
  {
    id: 'size',
    label: 'Size and density',
    description: 'Nodes, ties and the share of possible ties present.',
    scope: 'graph',
    usesWeights: false,
    parameters: [],
    outputs: [
      { id: 'nodes', scope: 'graph', label: 'Nodes', description: 'Number of nodes.', kind: 'count' },
      {
        id: 'edges',
        scope: 'graph',
        label: 'Ties',
        description: 'Number of ties (undirected).',
        kind: 'count',
      },
      {
        id: 'density',
        scope: 'graph',
        label: 'Density',
        description: 'Ties present over ties possible: 2m / (n(n−1)).',
        kind: 'score',
      },
    ],
    fn: ({ graph }) => {
      const n = graph.keys.length;
      const m = graph.edgeCount;
      return { graph: { nodes: n, edges: m, density: n > 1 ? (2 * m) / (n * (n - 1)) : 0 } };
    },
  },
  {
    id: 'diameter',
    label: 'Diameter',
    description: 'The most steps between two connected nodes.',
    scope: 'graph',
    usesWeights: false,
    parameters: [],
    outputs: [
      {
        id: 'diameter',
        scope: 'graph',
        label: 'Diameter',
        description: 'Longest shortest path in hops, within any component.',
        kind: 'count',
      },
    ],
    fn: ({ graph }, _settings, onProgress) => ({ graph: { diameter: diameter(graph, onProgress) } }),
  },
  {
    id: 'clustering',
    label: 'Clustering',
    description: 'How often two partners of a node are partners of each other.',
    scope: 'graph',
    usesWeights: false,
    parameters: [],
    outputs: [
      {
        id: 'averageClustering',
        scope: 'graph',
        label: 'Average clustering',
        description: 'Mean local clustering coefficient, unweighted, nodes with < 2 ties count as 0.',
        kind: 'score',
      },
    ],
    fn: ({ graph }) => ({ graph: { averageClustering: averageClustering(graph) } }),
  },
];

/** registry.metricById: the definition of a metric, or an error naming the known ones. */
export function metricById(id: string): MetricDefinition {
  const found = METRICS.find((metric) => metric.id === id);
  if (!found)
    throw new Error(`registry: unknown metric "${id}" (known: ${METRICS.map((m) => m.id).join(', ')})`);
  return found;
}

/** registry.NODE_OUTPUTS: every per-node output, in list order (table columns, size/colour choices). */
export const NODE_OUTPUTS: readonly OutputDefinition[] = METRICS.flatMap((metric) =>
  metric.outputs.filter((output) => output.scope === 'node'),
);

/** registry.GRAPH_OUTPUTS: every per-graph output. */
export const GRAPH_OUTPUTS: readonly OutputDefinition[] = METRICS.flatMap((metric) =>
  metric.outputs.filter((output) => output.scope === 'graph'),
);
