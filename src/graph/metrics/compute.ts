// Runs the metric list on a graph: the one entry point shared by the worker job, the CLI and tests.
import type { Participation } from './participation';
import type { Attributes, AbstractGraph } from 'graphology-types';
import type { ConsortiaGraph } from '../types';
import { toCompact } from './compact';
import { METRICS, metricById, type Approximation, type ParameterValues } from './registry';

export interface ComputeOptions {
  /** Use edge weights as tie strength (distance = 1/weight for path-based metrics). */
  weighted: boolean;
  /** The edge attribute holding the weight. */
  weightAttribute: string;
  /** Metric ids to run, in list order; all by default. */
  metrics: string[] | null;
  /** Per metric id, parameter values overriding the defaults in the list. */
  parameters: Record<string, ParameterValues>;
  /** Keep going when one metric fails (recording why in `failures`) instead of throwing. */
  keepGoing: boolean;
}

export const DEFAULTS: ComputeOptions = {
  weighted: false,
  weightAttribute: 'weight',
  metrics: null,
  parameters: {},
  keepGoing: false,
};

export interface MetricsResult {
  /** Node keys; every column below is aligned with them. */
  keys: string[];
  labels: string[];
  weighted: boolean;
  /** Output id -> one value per node (null where it does not apply, e.g. projects of a country). */
  nodes: Record<string, (number | null)[]>;
  /** Output id -> value for the whole graph. */
  graph: Record<string, number>;
  /** Metric id -> how it was approximated, when it was. */
  approximations: Record<string, Approximation>;
  /** Metric id -> why it failed (only with `keepGoing`); its outputs are absent. */
  failures: Record<string, string>;
}

export interface ComputeContext {
  /** The full Consortia graph when `graph` is a projection of it (for projects and lead roles). */
  base?: ConsortiaGraph;
  /** Organisations' projects and lead roles counted already (used instead of reading `base`). */
  participation?: Map<string, Participation>;
  /** Overall progress: `done` metrics (fractional) of `total`, and what runs now. */
  onProgress?: (done: number, total: number, label: string) => void;
}

/** compute.resolveParameters: the list's defaults with overrides checked against their definitions. */
export function resolveParameters(metricId: string, overrides: ParameterValues = {}): ParameterValues {
  const metric = metricById(metricId);
  const values: ParameterValues = {};
  for (const parameter of metric.parameters) values[parameter.id] = parameter.default;
  for (const [id, value] of Object.entries(overrides)) {
    const parameter = metric.parameters.find((p) => p.id === id);
    if (!parameter) throw new Error(`compute: ${metricId} has no parameter "${id}"`);
    if (parameter.type === 'number') {
      if (typeof value !== 'number' || !(value >= parameter.min && value <= parameter.max))
        throw new Error(
          `compute: ${metricId}.${id} must be a number from ${parameter.min} to ${parameter.max}, got ${String(value)}`,
        );
    } else if (typeof value !== 'string' || !parameter.options.includes(value))
      throw new Error(`compute: ${metricId}.${id} must be one of ${parameter.options.join(', ')}`);
    values[id] = value;
  }
  return values;
}

/** compute.computeMetrics: every metric of the list (or those asked for) on the undirected view of `graph`. */
export function computeMetrics(
  graph: AbstractGraph<Attributes, Attributes, Attributes>,
  options: Partial<ComputeOptions> = {},
  context: ComputeContext = {},
): MetricsResult {
  const settings = { ...DEFAULTS, ...options };
  const chosen = settings.metrics ? METRICS.filter((m) => settings.metrics!.includes(m.id)) : METRICS;
  for (const id of settings.metrics ?? []) metricById(id);
  const parameters = new Map(chosen.map((m) => [m.id, resolveParameters(m.id, settings.parameters[m.id])]));
  for (const id of Object.keys(settings.parameters)) metricById(id);

  // The undirected simple graph the kernels read, once.
  const compact = toCompact(graph, { weightAttribute: settings.weighted ? settings.weightAttribute : null });
  const result: MetricsResult = {
    keys: compact.keys,
    labels: compact.keys.map((key) => {
      const label: unknown = graph.getNodeAttribute(key, 'label');
      return typeof label === 'string' && label ? label : key;
    }),
    weighted: settings.weighted,
    nodes: {},
    graph: {},
    approximations: {},
    failures: {},
  };
  const total = chosen.length;
  chosen.forEach((metric, i) => {
    context.onProgress?.(i, total, metric.label);
    let output;
    try {
      output = metric.fn(
        {
          graph: compact,
          ...(context.base ? { base: context.base } : {}),
          ...(context.participation ? { participation: context.participation } : {}),
        },
        { weighted: settings.weighted, parameters: parameters.get(metric.id)! },
        (done, of) => context.onProgress?.(i + (of > 0 ? done / of : 0), total, metric.label),
      );
    } catch (error) {
      if (!settings.keepGoing) throw error;
      result.failures[metric.id] = error instanceof Error ? error.message : String(error);
      return;
    }
    for (const [id, values] of Object.entries(output.nodes ?? {})) result.nodes[id] = Array.from(values);
    Object.assign(result.graph, output.graph ?? {});
    if (output.approximation) result.approximations[metric.id] = output.approximation;
  });
  context.onProgress?.(total, total, 'done');
  return result;
}
