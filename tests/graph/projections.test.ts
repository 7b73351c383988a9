import { describe, expect, it } from 'vitest';
import { coPartners } from '../../src/graph/projections/co-partners';
import { viewNode } from './reference';
import { countries } from '../../src/graph/projections/countries';
import { ego } from '../../src/graph/projections/ego';
import { network } from '../../src/graph/projections/network';
import { partnerships } from '../../src/graph/projections/partnerships';
import { projects } from '../../src/graph/projections/projects';
import { build, fixtureGraph, SMALL } from './build';

describe('projections', () => {
  it('ego view of a missing node is empty, not the whole graph', () => {
    expect(ego(build(SMALL), 'org:nobody', 1).order).toBe(0);
    expect(ego(build(SMALL), null, 1).order).toBe(0);
  });

  it('network keeps every node and edge and marks lead partners and led projects', () => {
    const g = build(SMALL);
    const v = network(g);
    expect([v.order, v.size]).toEqual([g.order, g.size]);
    expect(v.getNodeAttribute('org:a', 'lead')).toBe(true);
    expect(v.getNodeAttribute('org:b', 'lead')).toBeUndefined();
    expect(v.getNodeAttribute('org:b', 'count')).toBe(2);
  });

  it('partnerships keeps organisations and projects with the role on each edge', () => {
    const v = partnerships(build(SMALL));
    expect(v.nodes().sort()).toEqual([
      'org:a',
      'org:b',
      'org:c',
      'org:d',
      'org:e',
      'project:p1',
      'project:p2',
      'project:p3',
    ]);
    expect(v.size).toBe(5);
    expect(v.getEdgeAttribute(v.edge('org:c', 'project:p2')!, 'role')).toBe('lead');
  });

  it('co-partners links organisations that share a project, weighted and listing the projects', () => {
    const g = build({
      projects: {
        p1: {
          members: [
            ['a', 'lead'],
            ['b', 'partner'],
          ],
        },
        p2: {
          members: [
            ['a', 'partner'],
            ['b', 'lead'],
            ['c', 'partner'],
          ],
        },
      },
      countries: { a: 'SI', b: 'AT', c: 'SI' },
    });
    const v = coPartners(g);
    expect(v.size).toBe(3);
    const ab = v.edge('org:a', 'org:b')!;
    expect(v.getEdgeAttributes(ab)).toMatchObject({ weight: 2, via: ['project:p1', 'project:p2'] });
    expect(v.getEdgeAttribute(v.edge('org:b', 'org:c')!, 'weight')).toBe(1);
  });

  it('countries links countries whose organisations share a project and places them by coordinates', () => {
    const v = countries(build(SMALL));
    expect(v.nodes().sort()).toEqual(['country:AT', 'country:CZ', 'country:SI']);
    expect(v.size).toBe(1);
    expect(v.getEdgeAttributes(v.edge('country:AT', 'country:SI')!)).toMatchObject({
      weight: 2,
      via: ['project:p1', 'project:p2'],
    });
    // Slovenia lies south of the Czech Republic: larger y on screen.
    expect(v.getNodeAttribute('country:SI', 'y')!).toBeGreaterThan(v.getNodeAttribute('country:CZ', 'y')!);
  });

  it('projects are linked strongly by shared partners and weakly by shared countries only', () => {
    const g = build({
      projects: {
        p1: {
          members: [
            ['a', 'lead'],
            ['b', 'partner'],
          ],
        },
        p2: { members: [['b', 'lead']] },
        p3: { members: [['c', 'lead']] },
      },
      countries: { a: 'SI', b: 'AT', c: 'SI' },
    });
    const v = projects(g);
    expect(v.getEdgeAttributes(v.edge('project:p1', 'project:p2')!)).toMatchObject({
      tie: 'strong',
      weight: 1,
      via: ['org:b'],
    });
    expect(v.getEdgeAttributes(v.edge('project:p1', 'project:p3')!)).toMatchObject({
      tie: 'weak',
      via: ['country:SI'],
    });
    expect(v.hasEdge('project:p2', 'project:p3')).toBe(false);
  });

  it('ego of a project at depth 1 is its consortium with countries and programme', () => {
    const v = ego(build(SMALL), 'project:p1', 1);
    expect(v.nodes().sort()).toEqual([
      'country:AT',
      'country:SI',
      'org:a',
      'org:b',
      'programme:x',
      'project:p1',
    ]);
    expect(v.getNodeAttribute('project:p1', 'focus')).toBe(true);
  });

  it('ego of an organisation grows by one project hop per depth', () => {
    const g = build(SMALL);
    const orgs = (d: 1 | 2 | 3) =>
      ego(g, 'org:a', d)
        .filterNodes((_, a) => a.type === 'organisation')
        .sort();
    expect(orgs(1)).toEqual(['org:a', 'org:b']);
    expect(orgs(2)).toEqual(['org:a', 'org:b', 'org:c']);
  });

  it('on the fixture, the two organisations in two projects are co-partners of both consortia', () => {
    const v = coPartners(fixtureGraph());
    expect(v.getEdgeAttribute(v.edge('org:cluj-county-council', 'org:malopolska-region')!, 'weight')).toBe(2);
  });
});

describe('viewNode', () => {
  it('marks organisations that lead and projects that are led, and no other node', () => {
    const g = build(SMALL);
    // Not a graph the pipeline builds: a lead participation ending at a country.
    g.addDirectedEdge('org:b', 'country:SI', { type: 'participates_in', role: 'lead', sources: [] });
    const lead = (key: string) => viewNode(g, key, g.getNodeAttributes(key)).lead;
    expect(lead('org:a')).toBe(true);
    expect(lead('project:p1')).toBe(true);
    expect(lead('org:b')).toBe(true);
    expect(lead('country:SI')).toBeUndefined();
    expect(lead('programme:x')).toBeUndefined();
    expect(viewNode(g, 'country:SI', g.getNodeAttributes('country:SI')).count).toBe(2);
  });
});
