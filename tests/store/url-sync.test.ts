import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { applyUrl } from '../../src/store/url-sync';
import { fixtureGraph } from '../graph/build';

describe('applying an address to the store', () => {
  it('drops node keys the dataset does not have, with a notice, and keeps the rest', () => {
    const store = createAppStore();
    store.getState().setDataset({ name: 'fixture', graph: fixtureGraph() });
    applyUrl(store, '?view=ego&ego=project:nowhere&sel=org:gea-college&lead=1');
    const s = store.getState();
    expect(s.view).toBe('ego');
    expect(s.egoRoot).toBeNull();
    expect(s.selected).toBe('org:gea-college');
    expect(s.filters.leadOnly).toBe(true);
    expect(s.notices.map((n) => n.text)).toEqual([
      'Ignored “ego=project:nowhere” in the address: no such node in this dataset.',
    ]);
  });

  it('asks the canvas to apply the zoom from the address', () => {
    const store = createAppStore();
    const before = store.getState().viewportRequest;
    applyUrl(store, '?zoom=1.5&pan=10,20');
    expect(store.getState().viewport).toEqual({ zoom: 1.5, pan: { x: 10, y: 20 } });
    expect(store.getState().viewportRequest).toBe(before + 1);
  });
});
