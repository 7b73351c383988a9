// Filters over what every view draws (see graph/filters.ts for their meaning).
import { DEFAULT_FILTERS, type FilterState } from '../../graph/filters';
import type { SliceCreator } from '../types';

export interface FiltersSlice {
  filters: FilterState;
  /** Replaces the filter object (never mutates it), so selectors can compare by identity. */
  setFilters(patch: Partial<FilterState>): void;
  resetFilters(): void;
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
  },
  resetFilters() {
    set({ filters: DEFAULT_FILTERS });
  },
});
