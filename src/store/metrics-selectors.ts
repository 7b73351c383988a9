// Derived state for the metrics features, memoised on their inputs' identity.
import type { MetricsResult } from '../graph/metrics';
import { metricStyles, type MetricLegend, type NodeMetricStyle } from '../render/metricStyle';
import type { ViewGraph } from '../graph/view-types';
import { selectShownFit, selectShownGraph } from './selectors';
import type { AppState } from './types';

function memo<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let last: { args: Args; result: R } | null = null;
  return (...args) => {
    if (last && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const styles = memo((result: MetricsResult | null, sizeBy: string | null, colourBy: string | null) =>
  result && (sizeBy || colourBy)
    ? metricStyles(result, sizeBy, colourBy)
    : { nodes: new Map<string, NodeMetricStyle>(), legends: [] as MetricLegend[] },
);

/** Node sizes and colours from the chosen metrics and their legends; none while the result is of another view. */
export function selectMetricStyles(state: AppState) {
  const fresh = state.metricsGraph === selectShownGraph(state);
  return styles(fresh ? state.metricsResult : null, state.sizeBy, state.colourBy);
}

/** How many nodes the metrics cover, and how many the view has (more when the drawing was cut). */
export interface MetricsCoverage {
  computed: number;
  total: number;
}

const coverage = memo((computed: number, total: number): MetricsCoverage => ({ computed, total }));

/**
 * The nodes the metrics were computed on and the whole view's: the metrics are of what is drawn, which
 * is the view's best-connected part when the view is larger than the draw budget (graph/budget.ts).
 * Null until metrics of the view on screen are in.
 */
export function selectMetricsCoverage(state: AppState): MetricsCoverage | null {
  const fit = selectShownFit(state);
  const result = state.metricsResult;
  if (!fit || !result || state.metricsGraph !== fit.graph) return null;
  return coverage(result.keys.length, Math.max(fit.total.nodes, result.keys.length));
}

const types = memo((graph: object | null): string[] =>
  graph ? [...new Set((graph as ViewGraph).mapNodes((_, a) => a.type))].sort() : [],
);

/** The types of the nodes the metrics cover (to name them: "no programme lies between others here"). */
export function selectMetricsNodeTypes(state: AppState): string[] {
  return types(state.metricsGraph);
}
