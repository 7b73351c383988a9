// How metric values read in tables, ranks and legends: counts whole, scores rounded to what their
// column tells apart and never in exponent notation, 0 where a value is 0 within float error, ranks with
// their ties, and a sentence for what a column of zeros or a cut drawing means. Pure: tested on its own.
import type { OutputDefinition } from '../../graph/metrics';
import { ordinal, sameValue, type Rank } from '../../graph/metrics/ranks';

/** Significant digits the largest value of a column is shown with; the others to the same decimal. */
const SIGNIFICANT_DIGITS = 3;
/** The fewest decimals a score is shown with (0.5 reads 0.500, so a column of scores aligns). */
const MIN_DECIMALS = 3;

/**
 * format.formatValue: a value as a person reads it. `scale` is the largest magnitude of its column
 * (ranks.largest), by which a score is rounded; a value alone is its own scale.
 */
export function formatValue(
  output: OutputDefinition,
  value: number | null | undefined,
  scale = Math.abs(value ?? 0),
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (output.kind === 'category') return String(value + 1);
  if (Math.abs(value) <= sameValue(scale)) return '0';
  if (output.kind === 'score') return formatScore(value, scale);
  const whole = Math.round(value);
  return Math.abs(value - whole) <= sameValue(scale)
    ? whole.toLocaleString('en')
    : value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A non-zero score to the decimal at which the largest of its column shows SIGNIFICANT_DIGITS. */
function formatScore(value: number, scale: number): string {
  const magnitude = Math.floor(Math.log10(Math.max(scale, Math.abs(value))));
  const decimals = Math.max(MIN_DECIMALS, SIGNIFICANT_DIGITS - 1 - magnitude);
  const text = value.toFixed(decimals);
  // Smaller than the column's last decimal, yet not nothing: say so rather than print 0.000.
  if (Number(text) === 0) return `${value < 0 ? '> −' : '< '}${(10 ** -decimals).toFixed(decimals)}`;
  return text;
}

/** format.degreeCount: the links of a node whose degree centrality (degree / (n − 1)) is `centrality` among `nodes`. */
export function degreeCount(centrality: number, nodes: number): number {
  return nodes > 1 ? Math.round(centrality * (nodes - 1)) : 0;
}

/** format.formatDegree: "12 links · centrality 0.034", the count first. */
export function formatDegree(centrality: number, nodes: number, scale = centrality): string {
  const count = degreeCount(centrality, nodes);
  const share = Math.abs(centrality) <= sameValue(scale) ? '0' : formatScore(centrality, scale);
  return `${count.toLocaleString('en')} link${count === 1 ? '' : 's'} · centrality ${share}`;
}

/**
 * format.formatCell: a metrics table cell. Degree is its count with the centrality beside it
 * ("12 (0.034)"; 0 alone); other outputs as formatValue.
 */
export function formatCell(
  output: OutputDefinition,
  value: number | null | undefined,
  scale: number,
  nodes: number,
): string {
  if (output.id !== 'degree' || value === null || value === undefined)
    return formatValue(output, value, scale);
  const count = degreeCount(value, nodes);
  return count ? `${count.toLocaleString('en')} (${formatValue(output, value, scale)})` : '0';
}

/** format.formatRank: "3rd of 37", or "joint 2nd of 37" when others share the value. */
export function formatRank(rank: Rank): string {
  return `${rank.tied > 1 ? 'joint ' : ''}${ordinal(rank.rank)} of ${rank.of.toLocaleString('en')}`;
}

/** format.nodeNoun: what the nodes are, from their types: the one type they share, else "node". */
export function nodeNoun(types: Iterable<string>): string {
  const distinct = new Set(types);
  return distinct.size === 1 ? [...distinct][0]! : 'node';
}

/**
 * format.allZeroReason: for a column that is 0 for every node (within float error), what that means
 * ("no programme lies between others here"); else null. Categories (one community, one component) are
 * not zeros.
 */
export function allZeroReason(
  output: OutputDefinition,
  column: ArrayLike<number | null> | undefined,
  noun: string,
): string | null {
  if (!column || output.kind === 'category' || output.scope !== 'node') return null;
  let any = false;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v === null || v === undefined) continue;
    if (Math.abs(v) > sameValue(0)) return null;
    any = true;
  }
  if (!any) return null;
  return output.whenZero?.replaceAll('{node}', noun) ?? `it is 0 for every ${noun} here`;
}

/** format.allZeroNote: allZeroReason as a sentence ("Betweenness is 0 everywhere: no programme lies…"). */
export function allZeroNote(
  output: OutputDefinition,
  column: ArrayLike<number | null> | undefined,
  noun: string,
): string | null {
  const why = allZeroReason(output, column, noun);
  return why && `${output.label} is 0 everywhere: ${why}.`;
}

/**
 * format.coverageNote: for metrics of a drawing cut to the draw budget, that they leave the rest of the
 * view out; null when they cover all of it.
 */
export function coverageNote(computed: number, total: number): string | null {
  if (computed >= total) return null;
  return `Computed on the ${computed.toLocaleString('en')} nodes drawn, of ${total.toLocaleString('en')} in this view: the others are in no metric or rank. Draw more to include them.`;
}

/** format.rankScope: what a rank is among ("Ranks among the 485 nodes drawn, of 1,092 in this view."). */
export function rankScope(computed: number, total: number): string | null {
  if (computed >= total) return null;
  return `Ranks among the ${computed.toLocaleString('en')} nodes drawn, of ${total.toLocaleString('en')} in this view.`;
}
