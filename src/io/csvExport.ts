// CSV export for spreadsheets: one table of nodes (attributes and metrics), one of edges (type, role,
// weight). Cells that a spreadsheet would run as a formula are neutralised with a leading quote.
import Papa from 'papaparse';
import type { ConsortiaGraph } from '../graph/types';
import type { GenericGraph } from './types';

/**
 * Cells starting with = + - @ (after optional spaces), a tab or a CR become text. Stricter than
 * papaparse's own pattern, which misses formulas followed by a line break.
 */
export const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

const NODE_FIRST = ['key', 'type', 'label'];
const EDGE_FIRST = ['key', 'source', 'target', 'type', 'role', 'weight'];

function cell(value: unknown): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'doc' in v && 'quote' in v))
    return (value as Array<{ doc: unknown; quote: unknown }>)
      .map((s) => `${String(s.doc)}: ${String(s.quote)}`)
      .join(' | ');
  return JSON.stringify(value);
}

function table(first: string[], rows: Array<Record<string, unknown>>): string {
  const seen = new Set<string>(first);
  const rest: string[] = [];
  for (const row of rows)
    for (const name of Object.keys(row)) {
      if (seen.has(name)) continue;
      seen.add(name);
      rest.push(name);
    }
  const fields = [...first, ...rest.sort()];
  return Papa.unparse(
    { fields, data: rows.map((row) => fields.map((f) => cell(row[f]))) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** csvExport.writeNodesCsv: one row per node: key, type, label, then every other attribute (metrics too). */
export function writeNodesCsv(graph: ConsortiaGraph | GenericGraph): string {
  const rows: Array<Record<string, unknown>> = [];
  (graph as GenericGraph).forEachNode((key, attributes) => rows.push({ key, ...attributes }));
  return table(NODE_FIRST, rows);
}

/** csvExport.writeEdgesCsv: one row per edge: key, source, target, type, role, weight, then the rest. */
export function writeEdgesCsv(graph: ConsortiaGraph | GenericGraph): string {
  const rows: Array<Record<string, unknown>> = [];
  (graph as GenericGraph).forEachEdge((key, attributes, source, target) =>
    rows.push({ ...attributes, key, source, target }),
  );
  return table(EDGE_FIRST, rows);
}
