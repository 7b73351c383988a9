// Which view is drawn, its ego centre and depth, and the layout.
import { DEFAULT_FILTERS, groupFilters } from '../../graph/filters';
import type { EgoDepth } from '../../graph/projections/ego';
import { viewById, type LayoutId, type ViewId } from '../../graph/views';
import type { AppState, SliceCreator } from '../types';
import { OVERVIEW_TOPIC } from './data';

/** What a drill-down left, so Back can return to it. */
export interface DrillDown {
  /** The group opened, in the person's words ("Slovenia"). */
  label: string;
  /** The state before it: view, layout, filters, selection. */
  before: Pick<AppState, 'view' | 'layout' | 'filters' | 'selected' | 'egoRoot' | 'egoDepth'>;
}

export interface ViewSlice {
  view: ViewId;
  /** The overview group opened last (expandGroup), while Back to the state before it is on offer. */
  drillDown: DrillDown | null;
  egoRoot: string | null;
  egoDepth: EgoDepth;
  layout: LayoutId;
  /** Bumped to ask the canvas to run the current layout again (same id). */
  layoutRun: number;
  setView(view: ViewId): void;
  /** Opens the consortium/ego view on a project or organisation and selects it. */
  openEgo(key: string, depth?: EgoDepth): void;
  /**
   * Opens a group node of an overview (a country or a programme): the Partnerships view filtered to
   * it, nothing selected, one history entry (Back returns to the overview). False for other nodes.
   */
  expandGroup(key: string): boolean;
  /** Returns to the state before the drill-down (its view, layout, filters and selection). */
  backFromDrillDown(): void;
  /** Every filter back to its default and the drill-down forgotten: nothing hidden is left. */
  clearAllFilters(): void;
  setEgoDepth(depth: EgoDepth): void;
  setLayout(layout: LayoutId): void;
}

/** Leaving the overview withdraws the notice that explained it (it would cover the phone's buttons). */
function leftOverview(state: AppState): Partial<AppState> {
  const notices = state.notices.filter((n) => n.topic !== OVERVIEW_TOPIC);
  return notices.length === state.notices.length ? {} : { notices };
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  view: 'network',
  drillDown: null,
  egoRoot: null,
  egoDepth: 1,
  layout: 'preset',
  layoutRun: 0,
  setView(view) {
    if (view === get().view) return;
    set({ view, layout: viewById(view).defaultLayout, ...leftOverview(get()) });
  },
  openEgo(key, depth) {
    set({
      view: 'ego',
      egoRoot: key,
      egoDepth: depth ?? get().egoDepth,
      selected: key,
      layout: viewById('ego').defaultLayout,
      ...leftOverview(get()),
    });
  },
  expandGroup(key) {
    const state = get();
    const graph = state.dataset?.graph;
    const filters = graph ? groupFilters(graph, key, state.filters) : null;
    if (!graph || !filters) return false;
    const label = graph.getNodeAttribute(key, 'label');
    set({
      drillDown: {
        label: typeof label === 'string' && label ? label : key,
        before: {
          view: state.view,
          layout: state.layout,
          filters: state.filters,
          selected: state.selected,
          egoRoot: state.egoRoot,
          egoDepth: state.egoDepth,
        },
      },
      view: 'partnerships',
      layout: viewById('partnerships').defaultLayout,
      filters,
      selected: null,
      hovered: null,
      ...leftOverview(get()),
    });
    return true;
  },
  backFromDrillDown() {
    const drill = get().drillDown;
    if (!drill) return;
    set({ ...drill.before, drillDown: null, hovered: null });
  },
  clearAllFilters() {
    set({ filters: DEFAULT_FILTERS, drillDown: null });
  },
  setEgoDepth(egoDepth) {
    set({ egoDepth });
  },
  setLayout(layout) {
    set({ layout, layoutRun: get().layoutRun + 1 });
  },
});
