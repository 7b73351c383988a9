import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { filterOptions, organisationsByLabel } from '../../src/graph/filterOptions';
import type { ConsortiaGraph } from '../../src/graph/types';
import { build } from './build';

describe('filterOptions', () => {
  it('offers nothing for an empty graph', () => {
    const empty: ConsortiaGraph = new DirectedGraph();
    expect(filterOptions(empty)).toEqual({
      countries: [],
      programmes: [],
      years: undefined,
      projects: 0,
      undatedProjects: 0,
    });
    expect(organisationsByLabel(empty)).toEqual([]);
  });

  it('counts organisations per country under the country label, sorted by label', () => {
    const g = build({
      countries: { a: 'SI', b: 'SI', c: 'AT', d: 'CZ' },
      projects: { p1: { members: [['a', 'lead']] } },
    });
    g.setNodeAttribute('country:SI', 'label', 'Slovenia');
    g.setNodeAttribute('country:AT', 'label', 'Austria');
    g.setNodeAttribute('country:CZ', 'label', 'Česko');
    expect(filterOptions(g).countries).toEqual([
      { code: 'AT', label: 'Austria', organisations: 1 },
      { code: 'CZ', label: 'Česko', organisations: 1 },
      { code: 'SI', label: 'Slovenia', organisations: 2 },
    ]);
  });

  it('a country code with no country node is offered under its code', () => {
    const g = build({ countries: { a: 'SI' }, projects: {} });
    g.addNode('org:x', { type: 'organisation', label: 'X', names: [], country: 'HU', sources: [] });
    expect(filterOptions(g).countries.map((c) => [c.code, c.label])).toEqual([
      ['HU', 'HU'],
      ['SI', 'SI'],
    ]);
  });

  it('counts projects per programme and leaves out programmes funding none', () => {
    const g = build({
      countries: { a: 'SI' },
      projects: {
        p1: { programme: 'programme:interreg', start: '2014-03', end: '2020', members: [['a', 'lead']] },
        p2: { programme: 'programme:interreg', start: '2009', members: [['a', 'partner']] },
        p3: { programme: 'programme:erasmus', end: '2023-06', members: [['a', 'partner']] },
      },
    });
    g.addNode('programme:empty', { type: 'programme', label: 'Empty', names: [], sources: [] });
    g.addNode('project:undated', { type: 'project', label: 'Undated', names: [], sources: [] });
    const options = filterOptions(g);
    expect(options.programmes).toEqual([
      { key: 'programme:erasmus', label: 'programme:erasmus', projects: 1 },
      { key: 'programme:interreg', label: 'programme:interreg', projects: 2 },
    ]);
    expect(options.years).toEqual([2009, 2023]);
    expect([options.undatedProjects, options.projects]).toEqual([1, 4]);
  });

  it('lists organisations by label in locale order, diacritics beside their letter', () => {
    const g = build({ countries: { zeta: 'SI', cesko: 'CZ', alpha: 'AT' }, projects: {} });
    g.setNodeAttribute('org:cesko', 'label', 'Česká zemědělská');
    expect(organisationsByLabel(g)).toEqual([
      { key: 'org:alpha', label: 'ALPHA' },
      { key: 'org:cesko', label: 'Česká zemědělská' },
      { key: 'org:zeta', label: 'ZETA' },
    ]);
  });
});
