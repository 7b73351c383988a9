// Derived state every feature reads: the graph currently shown (view projection + filters, cut to the
// draw budget), its
// search index, the shortest path. Memoised on the identity of their inputs (slices replace, never mutate).
import { drawBudget, fitToBudget, isLargeDataset, type FittedView } from '../graph/budget';
import { nodeDetails, rankedPartners, type NodeDetails, type PartnerCounts } from '../graph/details';
import { filterOptions, organisationsByLabel, type FilterOptions } from '../graph/filterOptions';
import { partnerPath, type PathStep } from '../graph/path';
import type { NodeSearch } from '../graph/search';
import { shownGraph, type ViewId } from '../graph/views';
import type { FilterState } from '../graph/filters';
import type { EgoDepth } from '../graph/projections/ego';
import type { ConsortiaGraph } from '../graph/types';
import type { ViewGraph } from '../graph/view-types';
import type { ShownInputs } from './slices/shown';
import type { AppState } from './types';

function memo<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let last: { args: Args; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i])))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const fittedOnPage = memo(
  (
    graph: ConsortiaGraph,
    view: ViewId,
    egoRoot: string | null,
    egoDepth: EgoDepth,
    filters: FilterState,
    drawMore: boolean,
  ): FittedView => {
    const budget = drawBudget(view === 'ego', drawMore);
    return fitToBudget(shownGraph(graph, view, { egoRoot, egoDepth, limit: budget }, filters), budget);
  },
);

/** The view state a view is computed from (the ego centre only counts in the ego view). */
export function selectShownInputs(state: AppState): ShownInputs | null {
  const graph = state.dataset?.graph;
  if (!graph) return null;
  const ego = state.view === 'ego';
  return {
    graph,
    view: state.view,
    egoRoot: ego ? state.egoRoot : null,
    egoDepth: ego ? state.egoDepth : 1,
    filters: state.filters,
    drawMore: state.drawMore,
  };
}

/**
 * The view drawn, cut to the draw budget, with the whole view's size. Small datasets compute it here;
 * large ones (budget.isLargeDataset) get it from the view worker (shown-effect.ts): until the worker
 * answers, the last view it computed stays (null before the first).
 */
export function selectShownFit(state: AppState): FittedView | null {
  const inputs = selectShownInputs(state);
  if (!inputs) return null;
  if (isLargeDataset(inputs.graph)) {
    const result = state.shownResult;
    return result && result.inputs.graph === inputs.graph ? result.fitted : null;
  }
  const { graph, view, egoRoot, egoDepth, filters, drawMore } = inputs;
  return fittedOnPage(graph, view, egoRoot, egoDepth, filters, drawMore);
}

/** The graph the canvas draws: the current view under the filters, within the draw budget; null before data. */
export function selectShownGraph(state: AppState): ViewGraph | null {
  return selectShownFit(state)?.graph ?? null;
}

/** The search index over every node of the dataset (not only the shown ones); null until it is built. */
export function selectSearch(state: AppState): NodeSearch | null {
  const index = state.searchIndex;
  return index && index.of === state.dataset ? index.search : null;
}

/** How far indexing has got, 0..1, while the index of the dataset on screen is being built; else null. */
export function selectSearchIndexing(state: AppState): number | null {
  const index = state.searchIndex;
  if (!index || index.of !== state.dataset || index.search) return null;
  return index.total ? index.done / index.total : 0;
}

const path = memo((dataset: AppState['dataset'], from: string | null, to: string | null) =>
  dataset && from && to ? partnerPath(dataset.graph, from, to) : null,
);

/** The shortest path between the two chosen organisations: steps, null if unlinked, undefined if not asked. */
export function selectPath(state: AppState): PathStep[] | null | undefined {
  const [from, to] = state.pathEnds;
  if (!from || !to) return undefined;
  return path(state.dataset, from, to);
}

/** Nodes and edges drawn, by type, for the header and legend counts. */
export interface ShownCounts {
  nodes: number;
  edges: number;
  byType: Record<string, number>;
}

const counts = memo((view: ViewGraph | null): ShownCounts => {
  const byType: Record<string, number> = {};
  view?.forEachNode((_, a) => {
    byType[a.type] = (byType[a.type] ?? 0) + 1;
  });
  return { nodes: view?.order ?? 0, edges: view?.size ?? 0, byType };
});

export function selectShownCounts(state: AppState): ShownCounts {
  return counts(selectShownGraph(state));
}

const details = memo((dataset: AppState['dataset'], key: string | null, elsewhere: boolean) =>
  dataset && key ? nodeDetails(dataset.graph, key, elsewhere ? { partners: 'later' } : {}) : null,
);

// The view worker's partners put into the details worked out without them, which are not worked out
// again (a hub's projects and quotes took ~40 ms).
const withPartners = memo(
  (base: NodeDetails | null, graph: ConsortiaGraph, counts: ReadonlyMap<string, number>) =>
    base && { ...base, partners: rankedPartners(graph, counts), partnersPending: false },
);

/**
 * Where the selected organisation's partners come from: the view worker's count when it holds the
 * dataset (a large one), 'later' until it answers; undefined: the page counts them.
 */
export function selectPartnerCounts(state: AppState): PartnerCounts['partners'] {
  const { dataset, selected, partnerCounts } = state;
  if (!dataset || !selected || !state.partnersInWorker || !isLargeDataset(dataset.graph)) return undefined;
  if (partnerCounts?.graph === dataset.graph && partnerCounts.key === selected)
    return partnerCounts.counts ?? undefined;
  const graph = dataset.graph;
  return graph.hasNode(selected) && graph.getNodeAttribute(selected, 'type') === 'organisation'
    ? 'later'
    : undefined;
}

/** What the details panel shows for the selected node. */
export function selectSelectedDetails(state: AppState): NodeDetails | null {
  const partners = selectPartnerCounts(state);
  const base = details(state.dataset, state.selected, partners !== undefined);
  return partners instanceof Map ? withPartners(base, state.dataset!.graph, partners) : base;
}

const organisations = memo((dataset: AppState['dataset']) =>
  dataset ? organisationsByLabel(dataset.graph) : [],
);

/** Every organisation of the dataset by label, for pickers. */
export function selectOrganisations(state: AppState): Array<{ key: string; label: string }> {
  return organisations(state.dataset);
}

/** Label of any node of the dataset (keys that are not nodes come back as they are). */
export function labelOf(state: AppState, key: string): string {
  const graph = state.dataset?.graph;
  return graph?.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

const options = memo((dataset: AppState['dataset']): FilterOptions =>
  dataset
    ? (dataset.filterOptions ?? filterOptions(dataset.graph))
    : { countries: [], programmes: [], years: undefined, projects: 0, undatedProjects: 0 },
);

export type { FilterOptions };

/** The choices the filter controls offer, from the whole dataset. */
export function selectFilterOptions(state: AppState): FilterOptions {
  return options(state.dataset);
}
