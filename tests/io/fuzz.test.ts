// Property tests: whatever bytes arrive, the importers answer with a graph or with errors, never throw
// past the boundary and never hang (inputs are bounded), and every error names the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/io/gexf';
import { writeGraphml } from '../../src/io/graphml';
import { writeGraphJson } from '../../src/io/json';
import { parseGraph } from '../../src/graph/schema';
import { readGraphFile } from '../../src/io/readGraphFile';
import type { ReadResult } from '../../src/io/types';
import { smallGraph } from './smallGraph';

const KEEP =
  'project,partner,country,role\nP1,Alpha,SI,lead\nP1,Beta,Česko,partner\nP2,"Gamma, Ltd",DE,lead\n';
const SEEDS: Array<[string, string]> = [
  ['g.json', writeGraphJson(smallGraph())],
  ['g.gexf', writeGexf(smallGraph())],
  ['g.graphml', writeGraphml(smallGraph())],
  ['p.csv', KEEP],
];

function checkAnswer(file: string, result: ReadResult): void {
  if (result.ok) {
    expect(result.graph.order).toBe(result.report.nodes);
    // What is called conforming really is: the partner-table builder is not re-checked, so check it here.
    if (result.conforms) expect(parseGraph(result.graph.export(), file).ok).toBe(true);
    expect(result.report.file).toBe(file);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.startsWith(`${file}: `)).toBe(true);
  }
}

/** A mutation of a valid file: cut, duplicate, delete or insert a piece. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(
      fc.tuple(
        fc.constantFrom('cut', 'delete', 'insert', 'duplicate'),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({
          maxLength: 12,
          unit: fc.constantFrom(
            '<',
            '>',
            '"',
            ',',
            ';',
            '\n',
            '{',
            '}',
            '[',
            ']',
            '&',
            '/',
            'a',
            'é',
            '\u0000',
            '=',
          ),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([[file, text], edits]) => {
    let t = text;
    for (const [kind, at, length, insert] of edits) {
      const i = at % (t.length + 1);
      if (kind === 'cut') t = t.slice(0, i);
      else if (kind === 'delete') t = t.slice(0, i) + t.slice(i + length);
      else if (kind === 'insert') t = t.slice(0, i) + insert + t.slice(i);
      else t = t.slice(0, i) + t.slice(i, i + length).repeat(3) + t.slice(i + length);
    }
    return [file, t] as const;
  });

describe('importers under random and mutated input', () => {
  it('answer random text with a graph or errors naming the file, for every format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('x.json', 'x.gexf', 'x.graphml', 'x.csv', 'x.tsv', 'x.bin'),
        fc.string({ maxLength: 2000 }),
        (file, text) => {
          checkAnswer(file, readGraphFile(file, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answer mutated JSON, GEXF, GraphML and CSV files with a graph or errors', () => {
    fc.assert(
      fc.property(mutated, ([file, text]) => {
        checkAnswer(file, readGraphFile(file, text));
      }),
      { numRuns: 400 },
    );
  });

  it('answer random JSON values in graph-like shapes with a graph or errors', () => {
    const value = fc.record({
      nodes: fc.array(
        fc.record({ key: fc.oneof(fc.string(), fc.integer()), attributes: fc.anything({ maxDepth: 2 }) }),
        { maxLength: 8 },
      ),
      edges: fc.array(
        fc.record({ source: fc.string(), target: fc.string(), attributes: fc.anything({ maxDepth: 2 }) }),
        { maxLength: 8 },
      ),
      options: fc.anything({ maxDepth: 1 }),
    });
    fc.assert(
      fc.property(value, (v) => {
        checkAnswer('v.json', readGraphFile('v.json', JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });
});
