// The dataset on screen: the graph, its name, and the load status with its errors.
import type { FilterOptions } from '../../graph/filterOptions';
import type { ConsortiaGraph } from '../../graph/types';
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
  /** Replaces the dataset; selection and ego centre that no longer exist are cleared. */
  setDataset(dataset: Dataset): void;
  /** Reports a failed load; an already loaded dataset stays on screen. */
  setLoadErrors(errors: string[]): void;
}

export const createDataSlice: SliceCreator<DataSlice> = (set, get) => ({
  dataset: null,
  loadStatus: 'loading',
  loadErrors: [],
  setDataset(dataset) {
    const { selected, egoRoot, pathEnds } = get();
    const has = (k: string | null) => (k && dataset.graph.hasNode(k) ? k : null);
    set({
      dataset,
      // The old index answers for the old dataset only; dropping it frees its memory.
      searchIndex: null,
      loadStatus: 'ready',
      loadErrors: [],
      selected: has(selected),
      egoRoot: has(egoRoot),
      pathEnds: [has(pathEnds[0]), has(pathEnds[1])],
    });
  },
  setLoadErrors(errors) {
    set({ loadErrors: errors, loadStatus: get().dataset ? 'ready' : 'error' });
  },
});
