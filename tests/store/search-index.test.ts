import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/store';
import { requestSearchIndex } from '../../src/store/search-index';
import { selectSearch, selectSearchIndexing } from '../../src/store/selectors';
import { fixtureGraph } from '../graph/build';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});

describe('search index on demand', () => {
  it('does nothing before a dataset is loaded', async () => {
    await requestSearchIndex(store);
    expect(store.getState().searchIndex).toBeNull();
    expect(selectSearch(store.getState())).toBeNull();
  });

  it('reports progress while indexing, then answers searches', async () => {
    store.getState().setDataset({ name: 'fixture', graph: fixtureGraph() });
    const seen: Array<number | null> = [];
    const unsubscribe = store.subscribe((s) => seen.push(selectSearchIndexing(s)));
    await requestSearchIndex(store, { chunkSize: 10 });
    unsubscribe();
    expect(seen[0]).toBe(0);
    expect(seen.some((p) => p !== null && p > 0 && p < 1)).toBe(true);
    expect(selectSearchIndexing(store.getState())).toBeNull();
    expect(selectSearch(store.getState())?.search('babes bolyai')[0]?.key).toBe(
      'org:babes-bolyai-university',
    );
  });

  it('indexes a dataset once, however often it is asked', async () => {
    store.getState().setDataset({ name: 'fixture', graph: fixtureGraph() });
    await requestSearchIndex(store);
    const first = selectSearch(store.getState());
    await requestSearchIndex(store);
    expect(selectSearch(store.getState())).toBe(first);
  });

  it('drops an index begun for a dataset that was replaced meanwhile', async () => {
    store.getState().setDataset({ name: 'old', graph: fixtureGraph() });
    const building = requestSearchIndex(store, { chunkSize: 5 });
    const replacement = { name: 'new', graph: fixtureGraph() };
    store.getState().setDataset(replacement);
    await building;
    expect(store.getState().searchIndex).toBeNull();
    expect(selectSearch(store.getState())).toBeNull();
    await requestSearchIndex(store);
    expect(store.getState().searchIndex?.of).toBe(replacement);
    expect(selectSearch(store.getState())).not.toBeNull();
  });
});
