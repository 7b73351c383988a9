// Ranks of nodes by a metric, for "joint 3rd of 37 by betweenness".
import type { MetricsResult } from './compute';

/**
 * Values closer than this share of the largest value of their column are one value, and one this
 * close to 0 is 0: the computations leave noise far below it (eigenvector and PageRank converge to
 * 1e-9 a node; sums over many paths come out a few ulps apart by their order), and no reader tells
 * apart values a millionth of the column's largest apart.
 */
export const SAME_VALUE = 1e-6;

/**
 * A value at most this far from 0 is 0 whatever its column: the scores are shares of at most about 1,
 * their noise is of the order of 1e-9 (above), and in a drawing of 3,000 nodes (the most the canvas
 * draws) the smallest true betweenness is 2/(3,000²), about 2e-7.
 */
export const FLOAT_ZERO = 1e-8;

/** ranks.sameValue: how far apart two values of a column whose largest magnitude is `scale` are one value. */
export const sameValue = (scale: number): number => Math.max(SAME_VALUE * scale, FLOAT_ZERO);

export interface Rank {
  /** 1 = highest; ties share the best rank (1, 2, 2, 4). */
  rank: number;
  /** Nodes with a value for this metric. */
  of: number;
  /** Nodes with this value, this one included (2 and more: a tie). */
  tied: number;
  value: number;
}

/** ranks.largest: the largest magnitude among a column's values (0 when it has none). */
export function largest(column: ArrayLike<number | null>): number {
  let max = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  }
  return max;
}

/** ranks.rankOf: the node's rank by an output, or null when it has no value there. */
export function rankOf(result: MetricsResult, output: string, key: string): Rank | null {
  const column = result.nodes[output];
  const index = result.keys.indexOf(key);
  if (!column || index < 0) return null;
  const value = column[index];
  if (value === null || value === undefined) return null;
  const tolerance = sameValue(largest(column));
  let above = 0;
  let tied = 0;
  let of = 0;
  for (const other of column) {
    if (other === null) continue;
    of++;
    if (Math.abs(other - value) <= tolerance) tied++;
    else if (other > value) above++;
  }
  return { rank: above + 1, of, tied, value };
}

/** ranks.ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
