// The store's shape: one zustand store built from typed slices. Other features add a slice here
// (its interface to AppState and its creator in index.ts) without touching the others.
import type { StateCreator } from 'zustand';
import type { DataSlice } from './slices/data';
import type { DatasetsSlice } from './slices/datasets';
import type { FiltersSlice } from './slices/filters';
import type { MetricsSlice } from './slices/metrics';
import type { SearchSlice } from './slices/search';
import type { SelectionSlice } from './slices/selection';
import type { ShownSlice } from './slices/shown';
import type { UiSlice } from './slices/ui';
import type { ViewSlice } from './slices/view';

export type AppState = DataSlice &
  ViewSlice &
  SelectionSlice &
  FiltersSlice &
  UiSlice &
  MetricsSlice &
  DatasetsSlice &
  ShownSlice &
  SearchSlice;

/** A slice creator that sees the whole store. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
