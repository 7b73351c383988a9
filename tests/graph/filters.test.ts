import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, activeFilterCount, type FilterState } from '../../src/graph/filters';
import { hash01 } from '../../src/graph/geometry';
import { shownGraph } from '../../src/graph/views';
import { countryOf, yearOf, yearSpan } from '../../src/graph/queries';
import type { ConsortiaGraph } from '../../src/graph/types';
import { build, SMALL, type Spec } from './build';

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

  it('a period keeps projects without dates unless they are left out, which also works with no period', () => {
    const spec: Spec = {
      ...SMALL,
      projects: { ...SMALL.projects, p4: { programme: 'programme:y', members: [['e', 'partner']] } },
    };
    const projects = (f: Partial<FilterState>) =>
      applyFilters(build(spec), { ...DEFAULT_FILTERS, ...f })
        .filterNodes((_, a) => a.type === 'project')
        .sort();
    expect(projects({ period: [2011, 2012] })).toEqual(['project:p2', 'project:p4']);
    expect(projects({ period: [2011, 2012], includeUndated: false })).toEqual(['project:p2']);
    expect(projects({ includeUndated: false })).toEqual(['project:p1', 'project:p2', 'project:p3']);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, includeUndated: false })).toBe(1);
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

/**
 * The filters as they were written over graphology (before filters.filterIndexed), for comparison:
 * project and organisation sets, then a subgraph copy in `keep` order.
 */
function filteredByGraphology(graph: ConsortiaGraph, f: FilterState): ConsortiaGraph {
  const orgFilter = f.countries.length > 0 || f.leadOnly || f.minProjects > 0;
  const projectFilter = f.programmes.length > 0 || f.period !== null || !f.includeUndated;
  const funders = new Map<string, string>();
  graph.forEachEdge((_, a, s, t) => {
    if (a.type === 'funded_by') funders.set(s, t);
  });
  const projects = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'project') return;
    const programme = a.programme ?? funders.get(key);
    if (f.programmes.length && (!programme || !f.programmes.includes(programme))) return;
    const start = yearOf(a.start) ?? yearOf(a.end);
    const end = yearOf(a.end) ?? start;
    if (start === undefined || end === undefined) {
      if (!f.includeUndated) return;
    } else if (f.period && (end < f.period[0] || start > f.period[1])) return;
    projects.add(key);
  });
  const joined = new Map<string, number>();
  const led = new Set<string>();
  graph.forEachEdge((_, a, s, t) => {
    if (a.type !== 'participates_in' || !projects.has(t) || (f.leadOnly && a.role !== 'lead')) return;
    joined.set(s, (joined.get(s) ?? 0) + 1);
    if (a.role === 'lead') led.add(s);
  });
  const organisations = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'organisation') return;
    if (f.countries.length && !f.countries.includes(countryOf(graph, key) ?? '')) return;
    if ((f.leadOnly && !led.has(key)) || (projectFilter && !joined.has(key))) return;
    if ((joined.get(key) ?? 0) >= f.minProjects) organisations.add(key);
  });
  if (orgFilter) {
    const staffed = new Set<string>();
    graph.forEachEdge((_, a, s, t) => {
      if (a.type !== 'participates_in' || (f.leadOnly && a.role !== 'lead')) return;
      if (organisations.has(s) && projects.has(t)) staffed.add(t);
    });
    for (const p of [...projects]) if (!staffed.has(p)) projects.delete(p);
  }
  const keep = new Set<string>([...projects, ...organisations]);
  graph.forEachEdge((_, a, s, t) => {
    if ((a.type === 'funded_by' && projects.has(s)) || (a.type === 'located_in' && organisations.has(s)))
      keep.add(t);
  });
  const result = graph.nullCopy() as ConsortiaGraph;
  for (const key of keep) result.addNode(key, { ...graph.getNodeAttributes(key) });
  graph.forEachEdge((edge, a, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    if (f.leadOnly && a.type === 'participates_in' && a.role !== 'lead') return;
    result.addDirectedEdgeWithKey(edge, source, target, { ...a });
  });
  return result;
}

/**
 * 40 organisations in 5 countries, 30 projects of 1 to 6 members in 3 programmes, 2005 to 2020; every
 * fifth project without dates.
 */
function busyGraph(): ConsortiaGraph {
  const codes = ['AT', 'SI', 'CZ', 'PL', 'BG'];
  const spec: Spec = { projects: {}, countries: {} };
  for (let o = 0; o < 40; o++) spec.countries[`o${o}`] = codes[Math.floor(hash01(`c${o}`) * 5)]!;
  for (let p = 0; p < 30; p++) {
    const members = new Set<number>();
    const size = 1 + Math.floor(hash01(`size${p}`) * 6);
    for (let i = 0; members.size < size; i++) members.add(Math.floor(hash01(`p${p}m${i}`) * 40));
    const start = 2005 + Math.floor(hash01(`start${p}`) * 12);
    spec.projects[`p${p}`] = {
      programme: `programme:${p % 3}`,
      ...(p % 5 ? { start: String(start) } : {}),
      ...(p % 4 && p % 5 ? { end: `${start + 3}-06` } : {}),
      members: [...members].map((m, i) => [`o${m}`, i === 0 && p % 7 ? 'lead' : 'partner']),
    };
  }
  return build(spec);
}

describe('filters over the numbered graph', () => {
  const graph = busyGraph();
  const states: Array<Partial<FilterState>> = [
    { countries: ['XX'] },
    { leadOnly: true },
    { countries: ['SI', 'AT'] },
    { programmes: ['programme:1'] },
    { period: [2010, 2012] },
    { period: [2010, 2012], includeUndated: false },
    { includeUndated: false },
    { minProjects: 2 },
    { leadOnly: true, countries: ['CZ'], period: [2008, 2016] },
    { programmes: ['programme:0', 'programme:2'], minProjects: 2 },
  ];
  it.each(states)('keep what the graphology filters kept, in their order (%o)', (state) => {
    const f = { ...DEFAULT_FILTERS, ...state };
    const expected = filteredByGraphology(graph, f);
    const filtered = applyFilters(graph, f);
    expect(filtered.export()).toEqual(expected.export());
    expect(filtered.nodes()).toEqual(expected.nodes());
    expect(filtered.edges()).toEqual(expected.edges());
  });

  it('keep nothing for a country no organisation is in, and copy what they keep', () => {
    expect(applyFilters(graph, { ...DEFAULT_FILTERS, countries: ['XX'] }).order).toBe(0);
    const led = applyFilters(graph, { ...DEFAULT_FILTERS, leadOnly: true });
    const lead = led.findNode((_, a) => a.type === 'organisation')!;
    expect(led.getNodeAttributes(lead)).toEqual(graph.getNodeAttributes(lead));
    expect(led.getNodeAttributes(lead)).not.toBe(graph.getNodeAttributes(lead));
    expect(led.filterEdges((_, a) => a.type === 'participates_in' && a.role !== 'lead')).toEqual([]);
  });
});
