// Centrality, communities and graph statistics; see docs/metrics.md for the conventions.
export { METRICS, NODE_OUTPUTS, GRAPH_OUTPUTS, metricById } from './registry';
export type { MetricDefinition, OutputDefinition, ParameterDefinition, Approximation } from './registry';
export { computeMetrics, resolveParameters } from './compute';
export type { ComputeOptions, MetricsResult, ComputeContext } from './compute';
export { toCompact } from './compact';
export type { CompactGraph } from './types';
