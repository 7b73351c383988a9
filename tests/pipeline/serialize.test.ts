import { describe, expect, it } from 'vitest';
import type { BuiltEdge, BuiltNode } from '../../src/pipeline/build';
import { compactGraphChunks, serializeGraph } from '../../src/pipeline/serialize';

const nodes: BuiltNode[] = [
  { key: 'project:p1', attributes: { type: 'project', label: 'P1', names: ['P1'], sources: [] } },
  {
    key: 'org:alpha',
    attributes: {
      type: 'organisation',
      label: 'Alpha "Ústí"',
      names: ['Alpha "Ústí"'],
      sources: [{ doc: 't.csv', quote: 'row 2: P1,Alpha "Ústí"' }],
      x: 1.5,
      y: -2,
    },
  },
];
const edges: BuiltEdge[] = [
  {
    key: 'participates_in:org:alpha->project:p1',
    source: 'org:alpha',
    target: 'project:p1',
    attributes: {
      sources: [{ doc: 't.csv', quote: 'row 2: P1,Alpha "Ústí"' }],
      role: 'lead',
      type: 'participates_in',
    },
  },
];

describe('compactGraphChunks', () => {
  it('gives an empty graph as valid JSON', () => {
    expect(JSON.parse([...compactGraphChunks([], [], {})].join(''))).toEqual({
      options: { type: 'directed', multi: false, allowSelfLoops: false },
      attributes: {},
      nodes: [],
      edges: [],
    });
  });

  it('writes the same graph as the indented text, compact, in pieces of any size', () => {
    const indented = serializeGraph(nodes, edges, { name: 't.csv' });
    const compact = `${JSON.stringify(JSON.parse(indented))}\n`;
    for (const size of [1, 10, 1 << 20]) {
      const chunks = [...compactGraphChunks(nodes, edges, { name: 't.csv' }, size)];
      expect(chunks.join('')).toBe(compact);
      if (size === 1) expect(chunks.length).toBe(4);
    }
  });
});
