// Provenance of a partner table: each node and edge quotes the rows that state it, capped per document,
// and never loses the row of a participation.
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/schema';
import type { Source } from '../../src/graph/types';
import { importPartnerTable } from '../../src/io/partners/importTable';
import { TABLE_QUOTES_PER_DOCUMENT, addQuote, rowQuote } from '../../src/io/partners/provenance';
import type { ReadResult } from '../../src/io/types';

function graphOf(result: ReadResult) {
  if (!result.ok || !result.conforms) throw new Error(result.ok ? 'not conforming' : result.errors.join());
  const checked = parseGraph(result.graph.export(), result.report.file);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return result.graph;
}

/** Ten projects of one programme, each with partners from Slovenia; `lineBreak` ends each line. */
function busyTable(lineBreak: string, rows = 10): string {
  const lines = ['Acronym,Partner,Country,Role,Programme'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`P${i},Lead ${i},SI,Lead partner,Interreg Central Europe`);
    lines.push(`P${i},Hub,SI,Partner,Interreg Central Europe`);
  }
  return lines.join(lineBreak) + lineBreak;
}

const quotes = (sources: Source[]) => sources.map((s) => s.quote);

describe('rowQuote', () => {
  it('drops the carriage return and line feed a last cell kept, and nothing else', () => {
    expect(rowQuote(7, ['P1', 'Alpha\r'], ',')).toBe('row 7: P1,Alpha');
    expect(rowQuote(7, ['P1', 'Alpha\r\n'], ';')).toBe('row 7: P1;Alpha');
    expect(rowQuote(2, ['P1', 'Two\nlines', ' end '], ',')).toBe('row 2: P1,Two\nlines, end ');
  });
});

describe('addQuote', () => {
  it('does not add a quote already there, nor past the cap for its document', () => {
    const sources: Source[] = [];
    addQuote(sources, { doc: 'a.csv', quote: 'row 2: x' }, 2);
    addQuote(sources, { doc: 'a.csv', quote: 'row 2: x' }, 2);
    addQuote(sources, { doc: 'a.csv', quote: 'row 3: y' }, 2);
    addQuote(sources, { doc: 'a.csv', quote: 'row 4: z' }, 2);
    expect(quotes(sources)).toEqual(['row 2: x', 'row 3: y']);
  });

  it('counts the cap per document, so another document is still quoted', () => {
    const sources: Source[] = [
      { doc: 'a.csv', quote: 'row 2: x' },
      { doc: 'a.csv', quote: 'row 3: y' },
    ];
    addQuote(sources, { doc: 'b.csv', quote: 'row 2: x' }, 2);
    expect(sources).toEqual([
      { doc: 'a.csv', quote: 'row 2: x' },
      { doc: 'a.csv', quote: 'row 3: y' },
      { doc: 'b.csv', quote: 'row 2: x' },
    ]);
  });

  it('adds nothing with a cap of zero', () => {
    const sources: Source[] = [];
    addQuote(sources, { doc: 'a.csv', quote: 'row 2: x' }, 0);
    expect(sources).toEqual([]);
  });
});

describe('partner table provenance', () => {
  it('ends no quote in a line break when the header ends in LF and the rows in CRLF', () => {
    const text = `Acronym,Partner,Country\nP1,Alpha,SI\r\nP1,Beta,AT\r\n`;
    const graph = graphOf(importPartnerTable(text, 'mixed.csv'));
    const all = [...graph.mapNodes((_, a) => a.sources), ...graph.mapEdges((_, a) => a.sources)].flat();
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => /[\r\n]$/.test(s.quote))).toEqual([]);
    expect(graph.getEdgeAttribute('participates_in:org:beta->project:p1', 'sources')).toEqual([
      { doc: 'mixed.csv', quote: 'row 3: P1,Beta,AT' },
    ]);
  });

  it('caps a country, a programme and a repeated organisation at their first rows', () => {
    const graph = graphOf(importPartnerTable(busyTable('\r\n'), 'busy.csv'));
    expect(quotes(graph.getNodeAttribute('country:SI', 'sources'))).toEqual([
      'row 2: P1,Lead 1,SI,Lead partner,Interreg Central Europe',
      'row 3: P1,Hub,SI,Partner,Interreg Central Europe',
      'row 4: P2,Lead 2,SI,Lead partner,Interreg Central Europe',
    ]);
    expect(graph.getNodeAttribute('programme:interreg-central-europe', 'sources')).toHaveLength(
      TABLE_QUOTES_PER_DOCUMENT.programme,
    );
    expect(quotes(graph.getNodeAttribute('org:hub', 'sources'))).toEqual([
      'row 3: P1,Hub,SI,Partner,Interreg Central Europe',
    ]);
    expect(quotes(graph.getEdgeAttribute('located_in:org:hub->country:SI', 'sources'))).toEqual([
      'row 3: P1,Hub,SI,Partner,Interreg Central Europe',
    ]);
  });

  it('keeps the row of every participation, however often its organisation repeats', () => {
    const graph = graphOf(importPartnerTable(busyTable('\n', 40), 'busy.csv'));
    for (let i = 1; i <= 40; i++)
      expect(graph.getEdgeAttribute(`participates_in:org:hub->project:p${i}`, 'sources')).toEqual([
        { doc: 'busy.csv', quote: `row ${2 * i + 1}: P${i},Hub,SI,Partner,Interreg Central Europe` },
      ]);
  });

  it('caps a project and its funded_by edge at three rows of a large consortium', () => {
    const lines = ['Acronym,Partner,Programme'];
    for (let i = 1; i <= 30; i++) lines.push(`BIG,Partner ${i},Interreg Europe`);
    const graph = graphOf(importPartnerTable(lines.join('\n'), 'big.csv'));
    const first3 = [
      'row 2: BIG,Partner 1,Interreg Europe',
      'row 3: BIG,Partner 2,Interreg Europe',
      'row 4: BIG,Partner 3,Interreg Europe',
    ];
    expect(quotes(graph.getNodeAttribute('project:big', 'sources'))).toEqual(first3);
    const fundedBy = graph.findEdge((_, a) => a.type === 'funded_by');
    expect(fundedBy && quotes(graph.getEdgeAttribute(fundedBy, 'sources'))).toEqual(first3);
    expect(graph.filterEdges((_, a) => a.type === 'participates_in')).toHaveLength(30);
  });
});
