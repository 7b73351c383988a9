import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, activeFilterCount } from '../../src/graph/filters';
import { shownGraph } from '../../src/graph/views';
import { yearSpan } from '../../src/graph/queries';
import { build, SMALL } from './build';

const params = { egoRoot: null, egoDepth: 1 as const };

describe('filters', () => {
  it('no filter returns the same graph and counts zero active filters', () => {
    const g = build(SMALL);
    expect(applyFilters(g, DEFAULT_FILTERS)).toBe(g);
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
  });

  it('a country filter keeps its organisations and the projects they staff', () => {
    const f = applyFilters(build(SMALL), { ...DEFAULT_FILTERS, countries: ['SI'] });
    expect(f.filterNodes((_, a) => a.type === 'organisation').sort()).toEqual(['org:a', 'org:c']);
    expect(f.filterNodes((_, a) => a.type === 'project').sort()).toEqual(['project:p1', 'project:p2']);
    expect(f.filterNodes((_, a) => a.type === 'country')).toEqual(['country:SI']);
  });

  it('lead partners only keeps lead edges and the organisations that lead', () => {
    const f = applyFilters(build(SMALL), { ...DEFAULT_FILTERS, leadOnly: true });
    expect(f.filterNodes((_, a) => a.type === 'organisation').sort()).toEqual(['org:a', 'org:c', 'org:d']);
    expect(f.filterEdges((_, a) => a.type === 'participates_in').length).toBe(3);
  });

  it('a period keeps projects running in it, partial dates included', () => {
    const f = applyFilters(build(SMALL), { ...DEFAULT_FILTERS, period: [2011, 2012] });
    expect(f.filterNodes((_, a) => a.type === 'project')).toEqual(['project:p2']);
    expect(f.filterNodes((_, a) => a.type === 'organisation').sort()).toEqual(['org:b', 'org:c']);
    expect(yearSpan(build(SMALL))).toEqual([2008, 2016]);
  });

  it('minimum projects per organisation drops organisations below it', () => {
    const f = applyFilters(build(SMALL), { ...DEFAULT_FILTERS, minProjects: 2 });
    expect(f.filterNodes((_, a) => a.type === 'organisation')).toEqual(['org:b']);
  });

  it('a programme filter keeps its projects and their programme', () => {
    const f = applyFilters(build(SMALL), { ...DEFAULT_FILTERS, programmes: ['programme:x'] });
    expect(f.filterNodes((_, a) => a.type === 'project' || a.type === 'programme').sort()).toEqual([
      'programme:x',
      'project:p1',
    ]);
  });

  it('hiding orphans and node types applies to what the view draws', () => {
    const g = build(SMALL);
    expect(shownGraph(g, 'co-partners', params, DEFAULT_FILTERS).order).toBe(5);
    const v = shownGraph(g, 'co-partners', params, { ...DEFAULT_FILTERS, hideOrphans: true });
    expect(v.nodes().sort()).toEqual(['org:a', 'org:b', 'org:c']);
    const n = shownGraph(g, 'network', params, {
      ...DEFAULT_FILTERS,
      nodeTypes: ['organisation', 'project'],
    });
    expect(n.filterNodes((_, a) => a.type === 'country' || a.type === 'programme')).toEqual([]);
  });
});
