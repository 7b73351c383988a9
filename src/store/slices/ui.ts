// Shell state: theme, the open side panel tab, the phone drawer, the viewport and notices.
import type { SliceCreator } from '../types';

export type Theme = 'light' | 'dark';

export type MainMode = 'graph' | 'table' | 'metrics';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
  /** A notice about one situation (e.g. 'overview'), withdrawn when the situation ends. */
  topic?: string;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface UiSlice {
  theme: Theme;
  /** True once the person chose a theme; until then it follows prefers-color-scheme. */
  themeChosen: boolean;
  /** Id of the open panel tab (see app/panels.tsx); features register their own. */
  panel: string;
  /** Phone layout: the side panel shown as a bottom sheet. */
  drawerOpen: boolean;
  /** Graph, table or metrics table for the main area. */
  mainMode: MainMode;
  /** Canvas zoom and pan, for the URL; null until the canvas reports it. */
  viewport: Viewport | null;
  /** Bumped when `viewport` comes from outside (the address) and the canvas should apply it. */
  viewportRequest: number;
  notices: Notice[];
  setTheme(theme: Theme, chosen?: boolean): void;
  setPanel(panel: string): void;
  setDrawerOpen(open: boolean): void;
  setMainMode(mode: MainMode): void;
  setViewport(viewport: Viewport | null): void;
  notify(kind: Notice['kind'], text: string, topic?: string): void;
  dismiss(id: number): void;
}

let nextNotice = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  theme: 'light',
  themeChosen: false,
  panel: 'details',
  drawerOpen: false,
  mainMode: 'graph',
  viewport: null,
  viewportRequest: 0,
  notices: [],
  setTheme(theme, chosen = true) {
    set({ theme, themeChosen: chosen || get().themeChosen });
  },
  setPanel(panel) {
    // A highlight belongs to the panel it was picked in (a Cross-project item): it ends when another opens.
    set({ panel, drawerOpen: true, ...(panel !== get().panel ? { emphasis: null } : {}) });
  },
  setDrawerOpen(drawerOpen) {
    set({ drawerOpen });
  },
  setMainMode(mainMode) {
    set({ mainMode });
  },
  setViewport(viewport) {
    set({ viewport });
  },
  notify(kind, text, topic) {
    set({
      notices: [
        ...get().notices.filter((n) => n.text !== text),
        { id: nextNotice++, kind, text, ...(topic ? { topic } : {}) },
      ],
    });
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
});
