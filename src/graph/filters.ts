// Filters over the Consortia graph, applied before a view's projection (type and orphan filters after).
import { countryOf, yearOf } from './queries';
import { NODE_TYPES, type ConsortiaGraph, type NodeType } from './types';
import type { ViewGraph } from './view-types';

export interface FilterState {
  /** Node types drawn; all four by default. */
  nodeTypes: NodeType[];
  /** ISO codes of the organisations' countries kept; empty = every country. */
  countries: string[];
  /** Programme keys kept; empty = every programme. */
  programmes: string[];
  /** Years [from, to]: projects running at some point in this range; null = any time. */
  period: [number, number] | null;
  /** Keep only lead partners' participations (and the organisations that lead). */
  leadOnly: boolean;
  /** Organisations taking part in fewer projects (after the other filters) are dropped. */
  minProjects: number;
  /** Drop nodes left without any edge. */
  hideOrphans: boolean;
}

export const DEFAULT_FILTERS: FilterState = {
  nodeTypes: [...NODE_TYPES],
  countries: [],
  programmes: [],
  period: null,
  leadOnly: false,
  minProjects: 0,
  hideOrphans: false,
};

/** Number of filters that differ from the defaults, for a badge. */
export function activeFilterCount(f: FilterState): number {
  return (
    Number(f.nodeTypes.length !== NODE_TYPES.length) +
    Number(f.countries.length > 0) +
    Number(f.programmes.length > 0) +
    Number(f.period !== null) +
    Number(f.leadOnly) +
    Number(f.minProjects > 0) +
    Number(f.hideOrphans)
  );
}

function projectKept(
  graph: ConsortiaGraph,
  key: string,
  f: FilterState,
  funders: Map<string, string>,
): boolean {
  const a = graph.getNodeAttributes(key);
  if (a.type !== 'project') return true;
  if (f.programmes.length) {
    const programme = a.programme ?? funders.get(key);
    if (!programme || !f.programmes.includes(programme)) return false;
  }
  if (f.period) {
    const start = yearOf(a.start) ?? yearOf(a.end);
    const end = yearOf(a.end) ?? start;
    if (start === undefined || end === undefined) return false;
    if (end < f.period[0] || start > f.period[1]) return false;
  }
  return true;
}

/**
 * filters.modelFilterKey: the same text for filter states that make applyFilters give the same graph
 * (the type and orphan filters act on views, not here), for a cache of filtered graphs.
 */
export function modelFilterKey(f: FilterState): string {
  return JSON.stringify([
    [...f.countries].sort(),
    [...f.programmes].sort(),
    f.period,
    f.leadOnly,
    f.minProjects,
  ]);
}

/**
 * filters.applyFilters: the part of the graph that passes the project and organisation filters.
 * Projects that lose every partner to an organisation filter go too; programmes and countries stay
 * only while something links to them, once any filter is active.
 */
export function applyFilters(graph: ConsortiaGraph, f: FilterState): ConsortiaGraph {
  const orgFilter = f.countries.length > 0 || f.leadOnly || f.minProjects > 0;
  const projectFilter = f.programmes.length > 0 || f.period !== null;
  if (!orgFilter && !projectFilter) return graph;
  const funders = new Map<string, string>();
  graph.forEachEdge((_, a, s, t) => {
    if (a.type === 'funded_by') funders.set(s, t);
  });
  const projects = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.type === 'project' && projectKept(graph, key, f, funders)) projects.add(key);
  });
  const joined = new Map<string, number>();
  const led = new Set<string>();
  graph.forEachEdge((_, a, s, t) => {
    if (a.type !== 'participates_in' || !projects.has(t)) return;
    if (f.leadOnly && a.role !== 'lead') return;
    joined.set(s, (joined.get(s) ?? 0) + 1);
    if (a.role === 'lead') led.add(s);
  });
  const organisations = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'organisation') return;
    if (f.countries.length && !f.countries.includes(countryOf(graph, key) ?? '')) return;
    if (f.leadOnly && !led.has(key)) return;
    // A programme or period filter is about projects: organisations in none of the kept ones go.
    if (projectFilter && !joined.has(key)) return;
    if ((joined.get(key) ?? 0) < f.minProjects) return;
    organisations.add(key);
  });
  if (orgFilter) {
    const staffed = new Set<string>();
    graph.forEachEdge((_, a, s, t) => {
      if (
        a.type === 'participates_in' &&
        organisations.has(s) &&
        projects.has(t) &&
        (!f.leadOnly || a.role === 'lead')
      )
        staffed.add(t);
    });
    for (const p of [...projects]) if (!staffed.has(p)) projects.delete(p);
  }
  const keep = new Set<string>([...projects, ...organisations]);
  graph.forEachEdge((_, a, s, t) => {
    if ((a.type === 'funded_by' && projects.has(s)) || (a.type === 'located_in' && organisations.has(s)))
      keep.add(t);
  });
  // The kept part, as graphology-operators' subgraph copies it (nodes in `keep` order, edges in the
  // graph's), but leaving out other partners' participations here instead of copying them to drop them
  // (most of the edges of a large dataset under "lead partners only").
  const result = graph.nullCopy() as ConsortiaGraph;
  for (const key of keep) result.addNode(key, { ...graph.getNodeAttributes(key) });
  graph.forEachEdge((edge, a, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    if (f.leadOnly && a.type === 'participates_in' && a.role !== 'lead') return;
    if (graph.isUndirected(edge)) result.addUndirectedEdgeWithKey(edge, source, target, { ...a });
    else result.addDirectedEdgeWithKey(edge, source, target, { ...a });
  });
  return result;
}

/**
 * filters.groupFilters: the filters that open a group node of an overview (a country or a programme)
 * as its own organisations and projects: that one country or programme, the other filters kept.
 * Null for any other node or a key the graph does not have.
 */
export function groupFilters(graph: ConsortiaGraph, key: string, f: FilterState): FilterState | null {
  if (!graph.hasNode(key)) return null;
  const a = graph.getNodeAttributes(key);
  if (a.type === 'country') return { ...f, countries: [a.code] };
  if (a.type === 'programme') return { ...f, programmes: [key] };
  return null;
}

/** Type filter and orphan hiding, applied to what a view draws. Mutates and returns `view`. */
export function applyViewFilters(view: ViewGraph, f: FilterState): ViewGraph {
  if (f.nodeTypes.length !== NODE_TYPES.length) {
    view.forEachNode((key, a) => {
      if (!f.nodeTypes.includes(a.type) && !a.focus) view.dropNode(key);
    });
  }
  if (f.hideOrphans) {
    view.forEachNode((key, a) => {
      if (view.degree(key) === 0 && !a.focus) view.dropNode(key);
    });
  }
  return view;
}
