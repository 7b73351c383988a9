// Provenance from a partner table: the quote of a row, and how many rows one node or edge quotes.
// A table repeats a country, a programme or a project on hundreds of rows; quoting every one made the
// graph of 3k participations 4.6 MB. Each node and edge keeps the first rows that state it, capped per
// document; a participation is stated by exactly one row, which its participates_in edge always keeps.
import type { EdgeType, NodeType, Source } from '../../graph/types';

/**
 * Rows quoted per document by each kind of node or edge. An organisation and its located_in edge keep
 * their first row (every other row of the organisation is quoted by its participates_in edges).
 */
export const TABLE_QUOTES_PER_DOCUMENT: Record<NodeType | EdgeType, number> = {
  organisation: 1,
  located_in: 1,
  participates_in: 1,
  project: 3,
  programme: 3,
  country: 3,
  funded_by: 3,
  part_of: 3,
};

/** provenance.rowQuote: `row N: cells joined by the delimiter`, without the line break a cell kept. */
export function rowQuote(row: number, cells: readonly string[], delimiter: string): string {
  return `row ${row}: ${cells.join(delimiter)}`.replace(/[\r\n]+$/, '');
}

/** provenance.addQuote: appends `source` unless its document is already quoted `cap` times (or this exact quote). */
export function addQuote(sources: Source[], source: Source, cap: number): void {
  let fromDoc = 0;
  for (const s of sources) {
    if (s.doc !== source.doc) continue;
    if (s.quote === source.quote) return;
    fromDoc++;
  }
  if (fromDoc < cap) sources.push(source);
}
