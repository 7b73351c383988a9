import { beforeEach, describe, expect, it } from 'vitest';
import { LARGE_DATASET } from '../../src/graph/budget';
import { DEFAULT_FILTERS, groupFilters } from '../../src/graph/filters';
import type { ConsortiaGraph } from '../../src/graph/types';
import { defaultViewOf } from '../../src/graph/views';
import { createAppStore, type AppStore } from '../../src/store';
import { formatUrlState, parseUrlState } from '../../src/store/url';
import { applyUrl } from '../../src/store/url-sync';
import { build, pairsPastLarge, SMALL } from '../graph/build';

/** Just past the large-dataset threshold: organisations in SI and AT, two to a project. */
function largeGraph(): ConsortiaGraph {
  const spec = pairsPastLarge((i) => (i % 2 ? 'AT' : 'SI'));
  const g = build(spec);
  expect(g.order + g.size).toBeGreaterThan(LARGE_DATASET);
  return g;
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
});

describe('opening a group node of an overview', () => {
  it('does nothing for an organisation, a project or a key the dataset does not have', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('countries');
    for (const key of ['org:a', 'project:p1', 'country:XX'])
      expect(store.getState().expandGroup(key)).toBe(false);
    expect(store.getState().view).toBe('countries');
    expect(store.getState().filters.countries).toEqual([]);
    expect(groupFilters(build(SMALL), 'org:a', store.getState().filters)).toBeNull();
  });

  it('opens a country as the partnerships of its organisations, selecting nothing', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('countries');
    store.getState().select('country:SI');
    store.getState().setFilters({ period: [2008, 2013] });
    expect(store.getState().expandGroup('country:SI')).toBe(true);
    const s = store.getState();
    expect(s).toMatchObject({ view: 'partnerships', layout: 'preset', selected: null });
    expect(s.filters).toMatchObject({ countries: ['SI'], period: [2008, 2013] });
  });

  it('opens a programme as its projects and their partners', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('programmes');
    store.getState().expandGroup('programme:y');
    expect(store.getState().view).toBe('partnerships');
    expect(store.getState().filters.programmes).toEqual(['programme:y']);
  });

  it('is one address change, so Back returns to the overview', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('countries');
    const before = formatUrlState({ ...store.getState(), data: null });
    store.getState().expandGroup('country:SI');
    expect(formatUrlState({ ...store.getState(), data: null })).toBe('?view=partnerships&countries=SI');
    applyUrl(store, before);
    expect(store.getState()).toMatchObject({ view: 'countries', layout: 'geographic' });
    expect(store.getState().filters.countries).toEqual([]);
  });
});

describe('the view a dataset opens on', () => {
  it('a small dataset opens on the network, without a notice', () => {
    expect(defaultViewOf(undefined)).toBe('network');
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    expect(store.getState().view).toBe('network');
    expect(store.getState().notices).toEqual([]);
  });

  it('a large dataset opens on the overview by country, and says so', () => {
    const graph = largeGraph();
    expect(defaultViewOf(graph)).toBe('countries');
    store.getState().setDataset({ name: 'large', graph });
    expect(store.getState()).toMatchObject({ view: 'countries', layout: 'geographic' });
    expect(store.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      [
        'info',
        '5,715 organisations in 2,857 projects: showing the overview by country. ' +
          'Double-click a country to open its partnerships.',
      ],
    ]);
    applyUrl(store, '');
    expect(store.getState().view).toBe('countries');
  });

  it('withdraws the overview notice once the person leaves the overview, keeping other notices', () => {
    store.getState().setDataset({ name: 'large', graph: largeGraph() });
    store.getState().notify('warning', 'Something else.');
    store.getState().setView('network');
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Something else.']);
  });

  it('a view named in the address wins over the overview', () => {
    store.getState().setDataset({ name: 'large', graph: largeGraph() }, { keepView: true });
    applyUrl(store, '?view=network');
    expect(store.getState().view).toBe('network');
    expect(store.getState().notices).toEqual([]);
  });

  it('a large dataset does not replace a view the person chose', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('projects');
    store.getState().setDataset({ name: 'large', graph: largeGraph() });
    expect(store.getState().view).toBe('projects');
  });

  it('the address leaves out the dataset default view and names the network on a large dataset', () => {
    const state = parseUrlState('', 'countries').state;
    expect(state.view).toBe('countries');
    expect(formatUrlState(state, 'countries')).toBe('');
    expect(formatUrlState({ ...state, view: 'network', layout: 'preset' }, 'countries')).toBe(
      '?view=network',
    );
  });
});

describe('Back from an opened group, and Clear all', () => {
  it('offers no Back before a group is opened, and Back then does nothing', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    expect(store.getState().drillDown).toBeNull();
    store.getState().backFromDrillDown();
    expect(store.getState().view).toBe('network');
  });

  it('returns to the overview, its filters and selection as they were, even after a filter was removed', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('countries');
    store.getState().setFilters({ hideOrphans: true });
    store.getState().select('country:SI');
    const before = store.getState().filters;
    store.getState().expandGroup('country:SI');
    expect(store.getState().drillDown?.label).toBe('SI');
    store.getState().setFilters({ countries: [] });
    store.getState().backFromDrillDown();
    const s = store.getState();
    expect([s.view, s.layout, s.selected, s.drillDown]).toEqual([
      'countries',
      'geographic',
      'country:SI',
      null,
    ]);
    expect(s.filters).toBe(before);
  });

  it('Clear all resets every filter and forgets the drill-down; an address or a new dataset forgets it too', () => {
    store.getState().setDataset({ name: 'small', graph: build(SMALL) });
    store.getState().setView('countries');
    store.getState().setFilters({ leadOnly: true });
    store.getState().expandGroup('country:SI');
    store.getState().clearAllFilters();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
    expect(store.getState().drillDown).toBeNull();
    expect(store.getState().view).toBe('partnerships');

    store.getState().expandGroup('country:SI');
    applyUrl(store, '?view=countries');
    expect(store.getState().drillDown).toBeNull();
    store.getState().expandGroup('programme:x');
    expect(store.getState().drillDown?.label).toBe('programme:x');
    store.getState().setDataset({ name: 'again', graph: build(SMALL) });
    expect(store.getState().drillDown).toBeNull();
  });
});
