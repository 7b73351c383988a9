import { describe, expect, it } from 'vitest';
import { VIA_LIMIT } from '../../src/graph/projections/common';
import { programmes } from '../../src/graph/projections/programmes';
import { shownGraph } from '../../src/graph/views';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { build, SMALL, type Spec } from './build';

describe('programmes overview', () => {
  it('is empty for a graph without programmes, and draws no tie for projects without one', () => {
    expect(programmes(build({ projects: {}, countries: {} })).order).toBe(0);
    const v = programmes(
      build({
        projects: { p1: { members: [['a', 'lead']] }, p2: { members: [['a', 'lead']] } },
        countries: { a: 'SI' },
      }),
    );
    expect([v.order, v.size]).toEqual([0, 0]);
  });

  it('sizes programmes by projects and links them by the organisations in both', () => {
    // SMALL: b takes part in p1 (programme x) and p2 (programme y); p3 is y's second project.
    const v = programmes(build(SMALL));
    expect(v.nodes().sort()).toEqual(['programme:x', 'programme:y']);
    expect(v.getNodeAttribute('programme:x', 'count')).toBe(1);
    expect(v.getNodeAttribute('programme:y', 'count')).toBe(2);
    expect(v.size).toBe(1);
    expect(v.getEdgeAttributes(v.edge('programme:x', 'programme:y')!)).toEqual({
      type: 'programme_link',
      weight: 1,
      via: ['org:b'],
    });
  });

  it('counts an organisation in several projects of both programmes once', () => {
    const v = programmes(
      build({
        projects: {
          p1: { programme: 'programme:x', members: [['a', 'lead']] },
          p2: {
            programme: 'programme:x',
            members: [
              ['a', 'lead'],
              ['c', 'partner'],
            ],
          },
          p3: {
            programme: 'programme:y',
            members: [
              ['a', 'partner'],
              ['c', 'lead'],
            ],
          },
          p4: { programme: 'programme:z', members: [['c', 'lead']] },
        },
        countries: { a: 'SI', c: 'AT' },
      }),
    );
    expect(v.getEdgeAttributes(v.edge('programme:x', 'programme:y')!)).toMatchObject({
      weight: 2,
      via: ['org:a', 'org:c'],
    });
    expect(v.getEdgeAttribute(v.edge('programme:y', 'programme:z')!, 'via')).toEqual(['org:c']);
    expect(v.hasEdge('programme:x', 'programme:x')).toBe(false);
  });

  it('leaves out the list of organisations behind a tie past the limit, but keeps counting them', () => {
    const n = VIA_LIMIT + 1;
    const spec: Spec = { projects: {}, countries: {} };
    for (let i = 0; i < n; i++) {
      spec.countries[`o${i}`] = 'SI';
      spec.projects[`x${i}`] = { programme: 'programme:x', members: [[`o${i}`, 'lead']] };
      spec.projects[`y${i}`] = { programme: 'programme:y', members: [[`o${i}`, 'lead']] };
    }
    const v = programmes(build(spec));
    const tie = v.getEdgeAttributes(v.edge('programme:x', 'programme:y')!);
    expect(tie.weight).toBe(n);
    expect(tie.via).toBeUndefined();
    expect(v.getNodeAttribute('programme:x', 'count')).toBe(n);
  });

  it('under a country filter, links only through organisations of that country', () => {
    const v = shownGraph(
      build(SMALL),
      'programmes',
      { egoRoot: null, egoDepth: 1 },
      {
        ...DEFAULT_FILTERS,
        countries: ['SI'],
      },
    );
    // b (AT) made the only tie; SI's organisations a and c take part in x and y separately.
    expect(v.size).toBe(0);
    expect(v.getNodeAttribute('programme:y', 'count')).toBe(1);
  });
});
