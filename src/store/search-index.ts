// Builds the search index of the dataset on screen when someone first searches, without freezing the page.
import { buildSearch, type BuildSearchOptions } from '../graph/search';
import type { AppStore } from './index';

/**
 * search-index.requestSearchIndex: starts indexing the dataset on screen unless its index is built or
 * being built; a build whose dataset was replaced stops at its next chunk and is dropped.
 */
export function requestSearchIndex(
  store: AppStore,
  options: Pick<BuildSearchOptions, 'chunkSize' | 'pause'> = {},
): Promise<void> {
  const { dataset, searchIndex } = store.getState();
  if (!dataset || searchIndex?.of === dataset) return Promise.resolve();
  const controller = new AbortController();
  const current = () => store.getState().dataset === dataset && store.getState().searchIndex?.of === dataset;
  store.getState().setSearchIndex({ of: dataset, search: null, done: 0, total: dataset.graph.order });
  let shown = 0;
  return buildSearch(dataset.graph, {
    ...options,
    signal: controller.signal,
    onProgress: (done, total) => {
      if (!current()) controller.abort();
      // Every twentieth is enough to show: each store update wakes every subscriber on the page.
      else if (Math.floor((20 * done) / total) !== Math.floor((20 * shown) / total)) {
        shown = done;
        store.getState().setSearchIndex({ of: dataset, search: null, done, total });
      }
    },
  }).then(
    (search) => {
      if (current())
        store
          .getState()
          .setSearchIndex({ of: dataset, search, done: dataset.graph.order, total: dataset.graph.order });
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      // Indexing cannot fail on a checked graph; if it does, say so and let the next focus retry.
      if (current()) store.getState().setSearchIndex(null);
      store.getState().notify('error', `Search: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
}
