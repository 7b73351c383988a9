// The one list of views: each with its name, what it shows and its projection of the graph.
import { isLargeDataset } from './budget';
import { applyViewFilters, filterIndexed, type FilterState } from './filters';
import { indexGraph, type IndexedGraph } from './indexed';
import { coPartners } from './projections/co-partners';
import { countries } from './projections/countries';
import { ego, type EgoDepth } from './projections/ego';
import { network } from './projections/network';
import { partnerships } from './projections/partnerships';
import type { PlainOptions } from './projections/plainIndexed';
import { programmes } from './projections/programmes';
import { projects } from './projections/projects';
import type { DrawBudget } from './budget';
import type { ConsortiaGraph, NodeType } from './types';
import type { ViewGraph } from './view-types';

export const VIEW_IDS = [
  'network',
  'partnerships',
  'co-partners',
  'countries',
  'programmes',
  'projects',
  'ego',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const LAYOUT_IDS = [
  'preset',
  'fcose',
  'concentric',
  'circle',
  'grid',
  'breadthfirst',
  'geographic',
] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface ViewParams {
  /** Ego view: the project or organisation at the centre. */
  egoRoot: string | null;
  egoDepth: EgoDepth;
  /**
   * The most nodes worth projecting (the draw budget): views whose ties explode with size (co-partners,
   * projects) keep their best-connected nodes first and record the whole view's size in the graph
   * attribute `total`. Unlimited when absent.
   */
  limit?: DrawBudget;
  /**
   * The type and orphan filters, for projections that cut to `limit` before building (plainIndexed.ts): they
   * must cut the filtered view. shownGraph applies them to every view afterwards as well.
   */
  drawn?: Pick<FilterState, 'nodeTypes' | 'hideOrphans'>;
}

export interface ViewDefinition {
  id: ViewId;
  label: string;
  /** One line for a tooltip and the empty state. */
  description: string;
  /** Node types this view can draw (the legend and type filter show only these). */
  nodeTypes: NodeType[];
  /** Layout used when the view opens; `preset` uses positions the projection carries. */
  defaultLayout: LayoutId;
  /** Layouts offered for this view. */
  layouts: LayoutId[];
  /** The view of a graph the filters were applied to (filters.filterIndexed). */
  project(graph: IndexedGraph, params: ViewParams): ViewGraph;
}

const plainOptions = (p: ViewParams): PlainOptions => ({
  limit: p.limit,
  nodeTypes: p.drawn?.nodeTypes,
  hideOrphans: p.drawn?.hideOrphans,
});

const GENERAL: LayoutId[] = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst'];

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'network',
    label: 'Network',
    description: 'Everything: organisations, projects, programmes and countries.',
    nodeTypes: ['organisation', 'project', 'programme', 'country'],
    defaultLayout: 'preset',
    layouts: ['preset', ...GENERAL],
    project: (g, p) => network(g, plainOptions(p)),
  },
  {
    id: 'partnerships',
    label: 'Partnerships',
    description: 'Who takes part in which project; lead partners are marked.',
    nodeTypes: ['organisation', 'project'],
    defaultLayout: 'preset',
    layouts: ['preset', ...GENERAL],
    project: (g, p) => partnerships(g, plainOptions(p)),
  },
  {
    id: 'co-partners',
    label: 'Co-partners',
    description: 'Organisations linked when they share a project; thicker = more shared projects.',
    nodeTypes: ['organisation'],
    defaultLayout: 'fcose',
    layouts: [...GENERAL],
    project: (g, p) => coPartners(g, p.limit),
  },
  {
    id: 'countries',
    label: 'Countries',
    description: 'Countries linked by shared projects, placed on the map.',
    nodeTypes: ['country'],
    defaultLayout: 'geographic',
    layouts: ['geographic', ...GENERAL],
    project: (g) => countries(g),
  },
  {
    id: 'programmes',
    label: 'Programmes',
    description:
      'Funding programmes linked by organisations that take part in both; thicker = more shared organisations.',
    nodeTypes: ['programme'],
    defaultLayout: 'fcose',
    layouts: [...GENERAL],
    project: (g) => programmes(g),
  },
  {
    id: 'projects',
    label: 'Projects',
    description: 'Projects linked by shared partners (solid) or shared countries (dashed).',
    nodeTypes: ['project'],
    defaultLayout: 'fcose',
    layouts: [...GENERAL],
    project: (g, p) => projects(g, p.limit),
  },
  {
    id: 'ego',
    label: 'Consortium',
    description: "One project's consortium or one organisation's neighbourhood.",
    nodeTypes: ['organisation', 'project', 'programme', 'country'],
    defaultLayout: 'concentric',
    layouts: [...GENERAL],
    project: (g, p) => ego(g, p.egoRoot, p.egoDepth, plainOptions(p)),
  },
];

/**
 * views.defaultViewOf: the view a dataset opens on when the address names none: the whole network, or
 * for a large dataset the overview by country (drawing every node there would say nothing and freeze).
 */
export function defaultViewOf(graph: ConsortiaGraph | null | undefined): ViewId {
  return graph && isLargeDataset(graph) ? 'countries' : 'network';
}

export function viewById(id: ViewId): ViewDefinition {
  const view = VIEWS.find((v) => v.id === id);
  if (!view) throw new Error(`views: unknown view "${id}"`);
  return view;
}

/** views.shownGraph: what a view draws under the filters — filters, projection, type and orphan filters. */
export function shownGraph(
  graph: ConsortiaGraph,
  view: ViewId,
  params: ViewParams,
  filters: FilterState,
): ViewGraph {
  return projectView(filterIndexed(indexGraph(graph), filters), view, params, filters);
}

/**
 * views.projectView: what a view draws of a graph the filters were already applied to (filterIndexed):
 * the projection, type and orphan filters. For callers that keep the filtered graph between views.
 */
export function projectView(
  filtered: IndexedGraph,
  view: ViewId,
  params: ViewParams,
  filters: FilterState,
): ViewGraph {
  const drawn = { nodeTypes: filters.nodeTypes, hideOrphans: filters.hideOrphans };
  return applyViewFilters(viewById(view).project(filtered, { ...params, drawn }), filters);
}
