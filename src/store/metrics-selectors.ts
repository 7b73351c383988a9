// Derived state for the metrics features, memoised on their inputs' identity.
import type { MetricsResult } from '../graph/metrics';
import { metricStyles, type MetricLegend, type NodeMetricStyle } from '../render/metricStyle';
import { selectShownGraph } from './selectors';
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
