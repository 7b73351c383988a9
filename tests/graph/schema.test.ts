import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/schema';

const org = {
  type: 'organisation',
  label: 'GEA College',
  names: ['GEA College'],
  country: 'SI',
  sources: [],
};
const project = { type: 'project', label: 'Sm@rt Region', names: ['Sm@rt Region'], sources: [] };

describe('parseGraph', () => {
  it('rejects a value that is not a graph, naming where', () => {
    const result = parseGraph({ nodes: 'no' }, 'upload.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^upload\.json: nodes: /);
  });

  it('names the node and field of a bad country code', () => {
    const result = parseGraph(
      { nodes: [{ key: 'org:a', attributes: { ...org, country: 'Slovenia' } }], edges: [] },
      'g.json',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^g\.json: nodes\[0\]\.attributes\.country: expected an ISO 3166-1 alpha-2/),
      ],
    });
  });

  it('rejects an edge to a node that does not exist', () => {
    const result = parseGraph({
      nodes: [{ key: 'org:a', attributes: org }],
      edges: [
        {
          source: 'org:a',
          target: 'project:x',
          attributes: { type: 'participates_in', role: 'lead', sources: [] },
        },
      ],
    });
    expect(result).toEqual({ ok: false, errors: ['graph: edges[0].target: unknown node "project:x"'] });
  });

  it('rejects a participation without a role', () => {
    const result = parseGraph({
      nodes: [
        { key: 'org:a', attributes: org },
        { key: 'project:x', attributes: project },
      ],
      edges: [{ source: 'org:a', target: 'project:x', attributes: { type: 'participates_in', sources: [] } }],
    });
    expect(result.ok).toBe(false);
  });

  it('builds a directed graph with the attributes as given', () => {
    const result = parseGraph({
      nodes: [
        { key: 'org:a', attributes: org },
        { key: 'project:x', attributes: project },
      ],
      edges: [
        {
          source: 'org:a',
          target: 'project:x',
          attributes: { type: 'participates_in', role: 'lead', sources: [] },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(2);
    expect(result.graph.getNodeAttributes('org:a')).toMatchObject({ country: 'SI' });
    expect(result.graph.getEdgeAttributes('org:a', 'project:x').role).toBe('lead');
    expect(result.graph.edge('org:a', 'project:x')).toBe('participates_in:org:a->project:x');
  });
});
