import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/store';
import {
  selectPath,
  selectSelectedDetails,
  selectShownCounts,
  selectShownGraph,
} from '../../src/store/selectors';
import { fixtureGraph } from '../graph/build';

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().setDataset({ name: 'fixture', graph: fixtureGraph() });
});

describe('store slices', () => {
  it('a failed load keeps the dataset already on screen', () => {
    store.getState().setLoadErrors(['x.json: nodes[0].label: expected string']);
    expect(store.getState().loadStatus).toBe('ready');
    expect(store.getState().dataset?.name).toBe('fixture');
    const fresh = createAppStore();
    fresh.getState().setLoadErrors(['bad']);
    expect(fresh.getState().loadStatus).toBe('error');
  });

  it('a new dataset drops a selection it does not contain', () => {
    store.getState().select('org:zrs-bistra-ptuj');
    store.getState().setDataset({ name: 'other', graph: fixtureGraph() });
    expect(store.getState().selected).toBe('org:zrs-bistra-ptuj');
    const g = fixtureGraph();
    g.dropNode('org:zrs-bistra-ptuj');
    store.getState().setDataset({ name: 'smaller', graph: g });
    expect(store.getState().selected).toBeNull();
  });

  it('switching views keeps selection and filters and takes the view default layout', () => {
    store.getState().select('org:zrs-bistra-ptuj');
    store.getState().setFilters({ leadOnly: true });
    store.getState().setView('co-partners');
    expect(store.getState()).toMatchObject({
      view: 'co-partners',
      selected: 'org:zrs-bistra-ptuj',
      layout: 'fcose',
    });
    expect(store.getState().filters.leadOnly).toBe(true);
  });

  it('opening an ego view centres it on the node and selects it', () => {
    store.getState().openEgo('project:clusters-cord', 2);
    expect(store.getState()).toMatchObject({
      view: 'ego',
      egoRoot: 'project:clusters-cord',
      egoDepth: 2,
      selected: 'project:clusters-cord',
    });
    expect(selectShownGraph(store.getState())!.getNodeAttribute('project:clusters-cord', 'focus')).toBe(true);
  });

  it('filters replace the filter object, and the shown graph and counts follow', () => {
    const before = store.getState().filters;
    expect(selectShownCounts(store.getState())).toMatchObject({ nodes: 29, edges: 35 });
    store.getState().setFilters({ countries: ['CZ'] });
    expect(store.getState().filters).not.toBe(before);
    expect(selectShownCounts(store.getState())).toMatchObject({ nodes: 4, edges: 3 });
    store.getState().resetFilters();
    expect(selectShownGraph(store.getState())!.order).toBe(29);
  });

  it('selectors return the same object while inputs are unchanged', () => {
    expect(selectShownGraph(store.getState())).toBe(selectShownGraph(store.getState()));
    store.getState().select('org:gea-college');
    expect(selectSelectedDetails(store.getState())).toBe(selectSelectedDetails(store.getState()));
  });

  it('the path shows once both ends are set', () => {
    store.getState().setPathEnd(0, 'org:gea-college');
    expect(selectPath(store.getState())).toBeUndefined();
    store.getState().setPathEnd(1, 'org:rra-usteckeho-kraje');
    const keys = selectPath(store.getState())!.map((s) => s.key);
    // Two equally short chains exist (through ZRS Bistra Ptuj or the Government of Styria).
    expect(keys).toHaveLength(5);
    expect([keys[0], keys[1], keys[3], keys[4]]).toEqual([
      'org:gea-college',
      'project:sm-rt-region',
      'project:clusters-cord',
      'org:rra-usteckeho-kraje',
    ]);
  });

  it('a cross-project highlight ends when another panel opens or a node is picked', () => {
    const s = () => store.getState();
    const partners = { label: 'ZRS Bistra Ptuj', keys: ['org:zrs-bistra-ptuj'] };
    s().setPanel('partners');
    s().emphasise(partners);
    s().setPanel('partners');
    expect(s().emphasis).toEqual(partners);
    s().setPanel('details');
    expect(s().emphasis).toBeNull();
    s().setPanel('partners');
    s().emphasise(partners);
    s().select('project:clusters-cord');
    expect(s().emphasis).toBeNull();
    expect(s().selected).toBe('project:clusters-cord');
    s().emphasise(partners);
    s().select(null);
    expect(s().emphasis).toBeNull();
  });

  it('notices with the same text are not stacked', () => {
    store.getState().notify('warning', 'a');
    store.getState().notify('warning', 'a');
    expect(store.getState().notices).toHaveLength(1);
  });
});
