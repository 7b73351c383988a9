import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { participation, participationOf } from '../../../src/graph/metrics/participation';
import { build } from '../build';

const graph = build({
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
        ['c', 'lead'],
      ],
    },
  },
  countries: { a: 'AT', b: 'SI', c: 'CZ' },
});

describe('participationOf', () => {
  it('skips keys that are not organisations of the graph', () => {
    expect(participationOf(graph, ['org:nobody', 'project:p1', 'country:AT']).size).toBe(0);
  });

  it('counts only the organisations asked for, as the whole-graph count does', () => {
    const some = participationOf(graph, ['org:a', 'org:c']);
    expect([...some.keys()]).toEqual(['org:a', 'org:c']);
    expect(some.get('org:a')).toEqual({ projects: 2, leads: 1 });
    const all = participation(graph);
    for (const [key, value] of some) expect(all.get(key)).toEqual(value);
  });

  it('counts a project joined by two edges of a multigraph once', () => {
    const multi = new MultiDirectedGraph();
    multi.addNode('org:a', { type: 'organisation' });
    multi.addNode('project:p', { type: 'project' });
    multi.addEdge('org:a', 'project:p', { type: 'participates_in', role: 'lead' });
    multi.addEdge('org:a', 'project:p', { type: 'participates_in', role: 'lead' });
    expect(participationOf(multi as never, ['org:a']).get('org:a')).toEqual({ projects: 1, leads: 1 });
  });

  it('gives each caller its own counts when it reads an organisation again', () => {
    const first = participationOf(graph, ['org:a']).get('org:a')!;
    first.projects = 99;
    expect(participationOf(graph, ['org:a']).get('org:a')).toEqual({ projects: 2, leads: 1 });
  });
});
