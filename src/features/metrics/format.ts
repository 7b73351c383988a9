// How metric values read in tables, ranks and legends.
import type { OutputDefinition } from '../../graph/metrics';

export function formatValue(output: OutputDefinition, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (output.kind === 'category') return String(value + 1);
  if (output.kind === 'count') return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2);
  if (value === 0) return '0';
  return Math.abs(value) < 0.001 ? value.toExponential(2) : value.toFixed(3);
}
