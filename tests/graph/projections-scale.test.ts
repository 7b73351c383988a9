import { describe, expect, it } from 'vitest';
import { projects, WEAK_TIES_MAX_PROJECTS } from '../../src/graph/projections/projects';
import { build, type Spec } from './build';

/** `n` projects of one Slovenian organisation each, and one organisation in the first two. */
function oneCountry(n: number) {
  const spec: Spec = { projects: {}, countries: { shared: 'SI' } };
  for (let i = 0; i < n; i++) {
    spec.countries[`o${i}`] = 'SI';
    spec.projects[`p${i}`] = { members: [[`o${i}`, 'lead']] };
  }
  spec.projects.p0!.members.push(['shared', 'partner']);
  spec.projects.p1!.members.push(['shared', 'partner']);
  return build(spec);
}

describe('projects view on many projects', () => {
  it('leaves out shared-country ties past the project limit, keeps shared-partner ties', () => {
    const n = WEAK_TIES_MAX_PROJECTS + 1;
    const v = projects(oneCountry(n));
    expect(v.order).toBe(n);
    expect(v.size).toBe(1);
    expect(v.getEdgeAttributes(v.edge('project:p0', 'project:p1')!)).toMatchObject({
      tie: 'strong',
      via: ['org:shared'],
    });
  });

  it('links every two projects of a country under the limit', () => {
    const v = projects(oneCountry(20));
    expect(v.size).toBe((20 * 19) / 2);
    expect(v.filterEdges((_, a) => a.tie === 'weak').length).toBe((20 * 19) / 2 - 1);
  });
});
