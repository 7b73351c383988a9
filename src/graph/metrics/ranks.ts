// Ranks of nodes by a metric, for "3rd of 37 by betweenness".
import type { MetricsResult } from './compute';

export interface Rank {
  /** 1 = highest; ties share the best rank (1, 2, 2, 4). */
  rank: number;
  /** Nodes with a value for this metric. */
  of: number;
  value: number;
}

/** ranks.rankOf: the node's rank by an output, or null when it has no value there. */
export function rankOf(result: MetricsResult, output: string, key: string): Rank | null {
  const column = result.nodes[output];
  const index = result.keys.indexOf(key);
  if (!column || index < 0) return null;
  const value = column[index];
  if (value === null || value === undefined) return null;
  let above = 0;
  let of = 0;
  for (const other of column) {
    if (other === null) continue;
    of++;
    if (other > value) above++;
  }
  return { rank: above + 1, of, value };
}

/** ranks.ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
