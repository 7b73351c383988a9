// The dataset on screen: the graph, its name, and the load status with its errors.
import type { FilterOptions } from '../../graph/filterOptions';
import type { ConsortiaGraph } from '../../graph/types';
import { defaultViewOf, viewById } from '../../graph/views';
import type { SliceCreator } from '../types';

export interface Dataset {
  name: string;
  graph: ConsortiaGraph;
  /**
   * The graph file this dataset was read from, as text (graphology's export() JSON), when there is one.
   * Workers get the whole dataset from it: posting a Blob copies nothing on the page.
   */
  source?: Blob;
  /** The filter choices, when whoever read the dataset computed them already (off the page). */
  filterOptions?: FilterOptions;
}

export interface DataSlice {
  dataset: Dataset | null;
  loadStatus: 'loading' | 'ready' | 'error';
  /** What was wrong with the data, each as `where: field: what`. */
  loadErrors: string[];
  /**
   * Replaces the dataset; selection and ego centre that no longer exist are cleared. A large dataset
   * replacing the whole-network view opens on the overview by country, with a notice saying so, unless
   * `keepView` (the address names the view).
   */
  setDataset(dataset: Dataset, options?: { keepView?: boolean }): void;
  /** Reports a failed load; an already loaded dataset stays on screen. */
  setLoadErrors(errors: string[]): void;
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  dataset: null,
  loadStatus: 'loading',
  loadErrors: [],
  setDataset(dataset, options) {
    const { selected, egoRoot, pathEnds, view } = get();
    const has = (k: string | null) => (k && dataset.graph.hasNode(k) ? k : null);
    const overview = defaultViewOf(dataset.graph);
    const toOverview = !options?.keepView && view === 'network' && overview !== 'network';
    set({
      ...(toOverview ? { view: overview, layout: viewById(overview).defaultLayout } : {}),
      dataset,
      // The old index answers for the old dataset only; dropping it frees its memory.
      searchIndex: null,
      loadStatus: 'ready',
      loadErrors: [],
      selected: has(selected),
      egoRoot: has(egoRoot),
      pathEnds: [has(pathEnds[0]), has(pathEnds[1])],
      // Back from a drill-down would restore another dataset's filters and view.
      drillDown: null,
    });
    if (toOverview) get().notify('info', overviewNotice(dataset.graph), OVERVIEW_TOPIC);
  },
  setLoadErrors(errors) {
    set({ loadErrors: errors, loadStatus: get().dataset ? 'ready' : 'error' });
  },
});

/** The topic of the notice a large dataset opens with; it goes once the person leaves the overview. */
export const OVERVIEW_TOPIC = 'overview';

/** data.overviewNotice: what a large dataset opening on the overview by country tells the person. */
export function overviewNotice(graph: ConsortiaGraph): string {
  let organisations = 0;
  let projects = 0;
  graph.forEachNode((_, a) => {
    if (a.type === 'organisation') organisations += 1;
    else if (a.type === 'project') projects += 1;
  });
  const n = (x: number) => x.toLocaleString('en-GB');
  return (
    `${n(organisations)} organisations in ${n(projects)} projects: showing the overview by country. ` +
    'Double-click a country to open its partnerships.'
  );
}
