// What the person points at: the selected node, the hovered node and the ends of a shortest path.
import type { SliceCreator } from '../types';

export interface SelectionSlice {
  selected: string | null;
  hovered: string | null;
  /** Organisations at both ends of the shortest path; the path shows when both are set. */
  pathEnds: [string | null, string | null];
  /** Bumped when the canvas should centre on `selected` (search, table, details links). */
  focusRequest: number;
  select(key: string | null, options?: { focus?: boolean }): void;
  hover(key: string | null): void;
  setPathEnd(index: 0 | 1, key: string | null): void;
  clearPath(): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selected: null,
  hovered: null,
  pathEnds: [null, null],
  focusRequest: 0,
  select(key, options) {
    // A node picked (or the graph's background clicked) replaces a Cross-project highlight, which would
    // otherwise keep the new choice dimmed.
    set({
      selected: key,
      emphasis: null,
      focusRequest: options?.focus ? get().focusRequest + 1 : get().focusRequest,
    });
  },
  hover(hovered) {
    if (hovered !== get().hovered) set({ hovered });
  },
  setPathEnd(index, key) {
    const pathEnds: [string | null, string | null] = [...get().pathEnds];
    pathEnds[index] = key;
    set({ pathEnds });
  },
  clearPath() {
    set({ pathEnds: [null, null] });
  },
});
