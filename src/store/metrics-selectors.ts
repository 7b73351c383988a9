// Derived state for the metrics and cross-project features, memoised on their inputs' identity.
import { brokers, likelyDuplicates, repeatPartners, sharedPlaces } from '../graph/crossProject';
import type { Broker, LikelyDuplicate, RepeatPartner, SharedPlace } from '../graph/crossProject';
import { applyFilters, type FilterState } from '../graph/filters';
import type { MetricsResult } from '../graph/metrics';
import { shownGraph } from '../graph/views';
import { metricStyles, type MetricLegend, type NodeMetricStyle } from '../render/metricStyle';
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

/** Node sizes and colours from the chosen metrics, and their legends. */
export function selectMetricStyles(state: AppState) {
  return styles(state.metricsResult, state.sizeBy, state.colourBy);
}

export interface CrossProject {
  repeatPartners: RepeatPartner[];
  brokers: Broker[];
  places: SharedPlace[];
  duplicates: LikelyDuplicate[];
}

const crossProject = memo((dataset: AppState['dataset'], filters: FilterState): CrossProject | null => {
  if (!dataset) return null;
  const filtered = applyFilters(dataset.graph, filters);
  const coPartners = shownGraph(dataset.graph, 'co-partners', { egoRoot: null, egoDepth: 1 }, filters);
  return {
    repeatPartners: repeatPartners(filtered),
    brokers: brokers(coPartners),
    places: sharedPlaces(filtered),
    duplicates: likelyDuplicates(filtered),
  };
});

/** What the Cross-project partners panel lists, for the current filters. */
export function selectCrossProject(state: AppState): CrossProject | null {
  return crossProject(state.dataset, state.filters);
}
