// Pure: node sizes and colours from a metric, and the legend that explains them.
import type { MetricsResult, OutputDefinition } from '../graph/metrics';
import { NODE_OUTPUTS } from '../graph/metrics';
import { OKABE_ITO } from './palette';

/** Sequential ramp (viridis stops): ordered, colour-blind safe, readable in both themes. */
export const SEQUENTIAL = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

/** Categories (communities, components): Okabe–Ito, then grey for the rest. */
export const CATEGORICAL = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
] as const;
export const OTHER_CATEGORY = '#8c8c8c';

export const SIZE_RANGE = { min: 14, max: 64 } as const;

export interface NodeMetricStyle {
  size?: number;
  color?: string;
}

export type MetricLegend =
  | { kind: 'size'; output: OutputDefinition; min: number; max: number }
  | { kind: 'sequential'; output: OutputDefinition; min: number; max: number; stops: readonly string[] }
  | {
      kind: 'categorical';
      output: OutputDefinition;
      entries: { label: string; color: string; count: number }[];
    };

function hex(color: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

/** metricStyle.rampColour: a colour for t in [0, 1] along the sequential ramp. */
export function rampColour(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (SEQUENTIAL.length - 1);
  const i = Math.min(SEQUENTIAL.length - 2, Math.floor(x));
  const a = hex(SEQUENTIAL[i]!);
  const b = hex(SEQUENTIAL[i + 1]!);
  const f = x - i;
  return `#${a
    .map((v, k) =>
      Math.round(v + (b[k]! - v) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function outputById(id: string): OutputDefinition {
  const output = NODE_OUTPUTS.find((o) => o.id === id);
  if (!output) throw new Error(`metricStyle: unknown metric output "${id}"`);
  return output;
}

function extent(values: (number | null)[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values)
    if (v !== null) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  return min <= max ? [min, max] : [0, 0];
}

/** metricStyle.metricStyles: per node size and/or colour, and one legend per channel in use. */
export function metricStyles(
  result: MetricsResult,
  sizeBy: string | null,
  colourBy: string | null,
): { nodes: Map<string, NodeMetricStyle>; legends: MetricLegend[] } {
  const nodes = new Map<string, NodeMetricStyle>(result.keys.map((key) => [key, {}]));
  const legends: MetricLegend[] = [];
  if (sizeBy) {
    const output = outputById(sizeBy);
    const values = result.nodes[sizeBy] ?? [];
    const [min, max] = extent(values);
    result.keys.forEach((key, i) => {
      const v = values[i];
      if (v === null || v === undefined) return;
      // Area follows the value: diameter grows with its square root.
      const t = max > min ? Math.sqrt((v - min) / (max - min)) : 0.5;
      nodes.get(key)!.size = SIZE_RANGE.min + t * (SIZE_RANGE.max - SIZE_RANGE.min);
    });
    legends.push({ kind: 'size', output, min, max });
  }
  if (colourBy) {
    const output = outputById(colourBy);
    const values = result.nodes[colourBy] ?? [];
    if (output.kind === 'category') {
      const counts = new Map<number, number>();
      for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
      // Categories are numbered by size (0 = largest), so the first colours go to the largest groups.
      const colourOf = (v: number) => CATEGORICAL[v] ?? OTHER_CATEGORY;
      result.keys.forEach((key, i) => {
        const v = values[i];
        if (v !== null && v !== undefined) nodes.get(key)!.color = colourOf(v);
      });
      const sorted = [...counts].sort(([a], [b]) => a - b);
      const entries = sorted
        .slice(0, CATEGORICAL.length)
        .map(([v, count]) => ({ label: `${output.label} ${v + 1}`, color: colourOf(v), count }));
      const rest = sorted.slice(CATEGORICAL.length).reduce((sum, [, count]) => sum + count, 0);
      if (rest)
        entries.push({
          label: `${sorted.length - CATEGORICAL.length} more`,
          color: OTHER_CATEGORY,
          count: rest,
        });
      legends.push({ kind: 'categorical', output, entries });
    } else {
      const [min, max] = extent(values);
      result.keys.forEach((key, i) => {
        const v = values[i];
        if (v !== null && v !== undefined)
          nodes.get(key)!.color = rampColour(max > min ? (v - min) / (max - min) : 0.5);
      });
      legends.push({ kind: 'sequential', output, min, max, stops: SEQUENTIAL });
    }
  }
  return { nodes, legends };
}
