import { describe, expect, it } from 'vitest';
import { NODE_OUTPUTS } from '../../src/graph/metrics';
import {
  allZeroNote,
  coverageNote,
  degreeCount,
  formatCell,
  formatDegree,
  formatRank,
  formatValue,
  nodeNoun,
  rankScope,
} from '../../src/features/metrics/format';

const ofKind = (kind: string) => NODE_OUTPUTS.find((o) => o.kind === kind)!;
const output = (id: string) => NODE_OUTPUTS.find((o) => o.id === id)!;
const score = ofKind('score');

describe('formatValue', () => {
  it('shows a missing or unreadable value as a dash', () => {
    expect(formatValue(ofKind('count'), null)).toBe('–');
    expect(formatValue(score, undefined)).toBe('–');
    expect(formatValue(score, Number.NaN)).toBe('–');
  });

  it('writes counts with thousands separators, as the rest of the app writes numbers', () => {
    expect(formatValue(ofKind('count'), 5628)).toBe('5,628');
    expect(formatValue(ofKind('count'), 12)).toBe('12');
    expect(formatValue(ofKind('count'), 2.5)).toBe('2.50');
    // A sum of weights a few ulps off a whole number is that number.
    expect(formatValue(ofKind('count'), 0.1 + 0.2 + 2.7)).toBe('3');
  });

  it('numbers communities from 1', () => {
    expect(formatValue(ofKind('category'), 0)).toBe('1');
  });

  it('shows float noise as 0, alone or beside the rest of its column', () => {
    expect(formatValue(score, 6.92e-9)).toBe('0');
    expect(formatValue(score, 6.92e-9, 0.5)).toBe('0');
    // An eigenvector entry of a node outside the main component: a millionth of the column's largest.
    expect(formatValue(score, 4.885e-7, 0.657)).toBe('0');
    expect(formatValue(score, -1e-12)).toBe('0');
  });

  it('rounds a score to the decimal its column tells apart, never in exponent notation', () => {
    expect(formatValue(score, 0.743)).toBe('0.743');
    expect(formatValue(score, 0.5)).toBe('0.500');
    expect(formatValue(score, 0.00617)).toBe('0.00617');
    expect(formatValue(score, 0.016042507782703684, 0.016042507782703684)).toBe('0.0160');
    expect(formatValue(score, 0.00014223402237815289, 0.016)).toBe('0.0001');
    // Real, but below the column's last decimal: not printed as nothing.
    expect(formatValue(score, 2.85e-5, 0.195)).toBe('< 0.001');
    for (let exponent = -8; exponent <= 0; exponent++)
      for (const scale of [1, 0.1, 0.001, 10 ** exponent])
        expect(formatValue(score, 1.234 * 10 ** exponent, scale)).not.toMatch(/e/i);
  });
});

describe('degree as a count', () => {
  it('is 0 in a graph of one node, whose centrality NetworkX sets to 1', () => {
    expect(degreeCount(1, 1)).toBe(0);
  });

  it('turns degree centrality back into the links it counts, the centrality beside it', () => {
    expect(degreeCount(28 / 808, 809)).toBe(28);
    expect(formatDegree(28 / 808, 809)).toBe('28 links · centrality 0.0347');
    expect(formatDegree(1 / 484, 485, 0.054)).toBe('1 link · centrality 0.0021');
    expect(formatDegree(0, 485, 0.054)).toBe('0 links · centrality 0');
  });

  it('reads "count (centrality)" in a table cell; other cells as formatValue', () => {
    expect(formatCell(output('degree'), 28 / 808, 28 / 808, 809)).toBe('28 (0.0347)');
    expect(formatCell(output('degree'), null, 0.1, 809)).toBe('–');
    expect(formatCell(output('degree'), 0, 0.1, 809)).toBe('0');
    expect(formatCell(output('betweenness'), 6.92e-9, 0.2, 809)).toBe('0');
  });
});

describe('ranks and what a column means', () => {
  it('says "joint" when others share the rank', () => {
    expect(formatRank({ rank: 2, of: 36, tied: 3, value: 0.1 })).toBe('joint 2nd of 36');
    expect(formatRank({ rank: 3, of: 1092, tied: 1, value: 0.1 })).toBe('3rd of 1,092');
  });

  it('names the nodes by their one type, else "node"', () => {
    expect(nodeNoun([])).toBe('node');
    expect(nodeNoun(['programme', 'programme'])).toBe('programme');
    expect(nodeNoun(['organisation', 'project'])).toBe('node');
  });

  it('explains a metric that is 0 for every node (float noise included), and nothing else', () => {
    expect(allZeroNote(output('betweenness'), undefined, 'programme')).toBeNull();
    expect(allZeroNote(output('betweenness'), [null, null], 'programme')).toBeNull();
    expect(allZeroNote(output('betweenness'), [0, 0.01, 0], 'programme')).toBeNull();
    expect(allZeroNote(output('community'), [0, 0], 'programme')).toBeNull();
    expect(allZeroNote(output('betweenness'), [0, 6.9e-10, null, 0], 'programme')).toBe(
      'Betweenness is 0 everywhere: no programme lies between others here.',
    );
    expect(allZeroNote(output('leads'), [0, null], 'node')).toBe(
      'Lead roles is 0 everywhere: no organisation here leads a project.',
    );
  });

  it('says when metrics cover only the nodes drawn of a larger view', () => {
    expect(coverageNote(500, 500)).toBeNull();
    expect(rankScope(41, 41)).toBeNull();
    expect(coverageNote(485, 1092)).toContain('the 485 nodes drawn, of 1,092 in this view');
    expect(rankScope(485, 1092)).toBe('Ranks among the 485 nodes drawn, of 1,092 in this view.');
  });
});
