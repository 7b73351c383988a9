import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { formatUrlState, parseUrlState, type UrlState } from '../../src/store/url';

describe('URL state', () => {
  it('ignores bad values with a notice naming the parameter, and keeps the good ones', () => {
    const { state, notices } = parseUrlState(
      '?view=galaxy&countries=si,CZ&min=-3&period=2013-2008&sel=org:a&zoom=abc',
    );
    expect(state.view).toBe('network');
    expect(state.filters.countries).toEqual([]);
    expect(state.filters.minProjects).toBe(0);
    expect(state.filters.period).toBeNull();
    expect(state.selected).toBe('org:a');
    expect(state.viewport).toBeNull();
    expect(notices.map((n) => n.match(/“(\w+)=/)?.[1]).sort()).toEqual([
      'countries',
      'min',
      'period',
      'view',
      'zoom',
    ]);
  });

  it('drops a layout the view does not offer', () => {
    const { state, notices } = parseUrlState('?view=co-partners&layout=geographic');
    expect(state.layout).toBe('fcose');
    expect(notices[0]).toContain('layout=geographic');
  });

  it('round-trips view, selection, ego, filters, layout, zoom and path', () => {
    const s: UrlState = {
      view: 'ego',
      selected: 'org:zrs-bistra-ptuj',
      egoRoot: 'project:clusters-cord',
      egoDepth: 2,
      layout: 'circle',
      filters: {
        ...DEFAULT_FILTERS,
        nodeTypes: ['organisation', 'project'],
        countries: ['SI', 'CZ'],
        programmes: ['programme:central-europe'],
        period: [2008, 2013],
        includeUndated: false,
        leadOnly: true,
        minProjects: 2,
        hideOrphans: true,
      },
      viewport: { zoom: 1.25, pan: { x: 10.5, y: -20 } },
      pathEnds: ['org:a', 'org:b'],
    };
    const url = formatUrlState(s);
    expect(url).toContain('countries=SI,CZ');
    expect(url).toContain('undated=hide');
    const back = parseUrlState(url);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
  });

  it('the default state is the bare address', () => {
    expect(formatUrlState(parseUrlState('').state)).toBe('');
  });
});
