import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filters';
import { filterChips } from '../../src/graph/filter-chips';
import { build, SMALL } from './build';

describe('filterChips', () => {
  it('names a country or programme by its code or key when there is no graph or no such node', () => {
    const f: FilterState = { ...DEFAULT_FILTERS, countries: ['XX'], programmes: ['programme:zz'] };
    expect(filterChips(f).map((c) => c.label)).toEqual(['Country XX', 'Programme programme:zz']);
    expect(filterChips(f, build(SMALL)).map((c) => c.label)).toEqual([
      'Country XX',
      'Programme programme:zz',
    ]);
  });

  it('shows no chip while every filter is at its default', () => {
    expect(filterChips(DEFAULT_FILTERS, build(SMALL))).toEqual([]);
  });

  it('gives one chip per active filter, each removing only itself', () => {
    const g = build(SMALL);
    g.setNodeAttribute('country:SI', 'label', 'Slovenia');
    const f: FilterState = {
      nodeTypes: ['organisation', 'project'],
      countries: ['SI', 'AT'],
      programmes: ['programme:x'],
      period: [2008, 2013],
      includeUndated: false,
      leadOnly: true,
      minProjects: 1,
      hideOrphans: true,
    };
    const chips = filterChips(f, g);
    expect(chips.map((c) => c.label)).toEqual([
      'Country Slovenia',
      'Country AT',
      'Programme programme:x',
      'Period 2008–2013',
      'Hide undated projects',
      'Hide programmes',
      'Hide countries',
      'Lead partners only',
      'At least 1 project',
      'Hide nodes without links',
    ]);
    const without = (id: string) => chips.find((c) => c.id === id)!.without;
    expect(without('country:SI')).toEqual({ ...f, countries: ['AT'] });
    expect(without('programme:programme:x')).toEqual({ ...f, programmes: [] });
    expect(without('period')).toEqual({ ...f, period: null });
    expect(without('undated')).toEqual({ ...f, includeUndated: true });
    // A type put back takes its place in the usual order, so the address reads as before.
    expect(without('type:country').nodeTypes).toEqual(['organisation', 'project', 'country']);
    expect(without('lead')).toEqual({ ...f, leadOnly: false });
    expect(without('min')).toEqual({ ...f, minProjects: 0 });
    expect(without('orphans')).toEqual({ ...f, hideOrphans: false });
    // Removing every chip in turn leaves the defaults.
    const cleared = chips.reduce<FilterState>(
      (acc, c) => filterChips(acc, g).find((x) => x.id === c.id)!.without,
      f,
    );
    expect(cleared).toEqual(DEFAULT_FILTERS);
  });

  it('says a one-year period once', () => {
    expect(filterChips({ ...DEFAULT_FILTERS, period: [2010, 2010] })[0]!.label).toBe('Period 2010');
  });
});
