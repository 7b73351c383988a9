// The search index of the dataset on screen: built on demand (first use of the search box), a chunk at a
// time, so it never holds the page; see store/search-index.ts.
import type { NodeSearch } from '../../graph/search';
import type { SliceCreator } from '../types';
import type { Dataset } from './data';

export interface SearchIndexState {
  /** The dataset indexed; an index of another dataset is stale. */
  of: Dataset;
  /** Null while indexing. */
  search: NodeSearch | null;
  /** Nodes indexed so far, of all. */
  done: number;
  total: number;
}

export interface SearchSlice {
  searchIndex: SearchIndexState | null;
  setSearchIndex(searchIndex: SearchIndexState | null): void;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set) => ({
  searchIndex: null,
  setSearchIndex(searchIndex) {
    set({ searchIndex });
  },
});
