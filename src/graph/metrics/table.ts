// The metrics as a table: the CSV columns the CLI writes and the app's table shows, in one order.
import type { MetricsResult } from './compute';

/** The per-node columns of the metrics CSV, after `key` and `label`. */
export const CSV_COLUMNS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'community',
  'component',
  'core',
] as const;

/** table.metricsRows: a header row, then one row per node; null cells stay null. */
export function metricsRows(
  result: MetricsResult,
  columns: readonly string[] = CSV_COLUMNS,
): (string | number | null)[][] {
  for (const column of columns)
    if (!result.nodes[column]) throw new Error(`table: the result has no column "${column}"`);
  return [
    ['key', 'label', ...columns],
    ...result.keys.map((key, i) => [key, result.labels[i]!, ...columns.map((c) => result.nodes[c]![i]!)]),
  ];
}
