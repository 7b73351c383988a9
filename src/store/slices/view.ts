// Which view is drawn, its ego centre and depth, and the layout.
import { groupFilters } from '../../graph/filters';
import type { EgoDepth } from '../../graph/projections/ego';
import { viewById, type LayoutId, type ViewId } from '../../graph/views';
import type { AppState, SliceCreator } from '../types';
import { OVERVIEW_TOPIC } from './data';

export interface ViewSlice {
  view: ViewId;
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
    const graph = get().dataset?.graph;
    const filters = graph ? groupFilters(graph, key, get().filters) : null;
    if (!filters) return false;
    set({
      view: 'partnerships',
      layout: viewById('partnerships').defaultLayout,
      filters,
      selected: null,
      hovered: null,
      ...leftOverview(get()),
    });
    return true;
  },
  setEgoDepth(egoDepth) {
    set({ egoDepth });
  },
  setLayout(layout) {
    set({ layout, layoutRun: get().layoutRun + 1 });
  },
});
