// The one zustand store of the app, built from typed slices.
import { createStore } from 'zustand/vanilla';
import { useStore as useZustand } from 'zustand';
import { createDataSlice } from './slices/data';
import { createDatasetsSlice } from './slices/datasets';
import { createFiltersSlice } from './slices/filters';
import { createMetricsSlice } from './slices/metrics';
import { createSearchSlice } from './slices/search';
import { createSelectionSlice } from './slices/selection';
import { createShownSlice } from './slices/shown';
import { createUiSlice } from './slices/ui';
import { createViewSlice } from './slices/view';
import type { AppState } from './types';

export type { AppState } from './types';

/** A fresh store (tests make their own; the app uses `store`). */
export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createFiltersSlice(...a),
    ...createUiSlice(...a),
    ...createMetricsSlice(...a),
    ...createDatasetsSlice(...a),
    ...createShownSlice(...a),
    ...createSearchSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const store: AppStore = createAppStore();

/** React hook: select one field (or use useShallow for objects). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useZustand(store, selector);
}
