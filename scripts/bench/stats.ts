// Pure statistics for the benchmark runner: percentiles, frame intervals, ratios. No timing happens here.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile (p in 0..100) of the values; the values need not be sorted. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile: p must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median: the mean of the two middle values when their count is even. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarise: no values');
  return {
    n: values.length,
    median: median(values),
    p95: percentile(values, 95),
    max: Math.max(...values),
  };
}

/** Frame times from requestAnimationFrame timestamps: the gaps between consecutive frames. */
export function frameIntervals(timestamps: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < timestamps.length; i++) {
    const gap = timestamps[i]! - timestamps[i - 1]!;
    if (gap < 0) throw new Error(`frameIntervals: timestamps go back in time at index ${i}`);
    gaps.push(gap);
  }
  return gaps;
}

/** ours / reference, or null when either side is missing or the reference is zero. */
export function ratio(ours: number | null | undefined, reference: number | null | undefined): number | null {
  if (ours == null || reference == null || !Number.isFinite(ours) || !Number.isFinite(reference)) return null;
  if (reference === 0) return null;
  return ours / reference;
}

/**
 * Time to interactive, in the spirit of Lighthouse's TTI: the end of the last long task that starts before
 * a quiet window of `quietMs` without long tasks, counted from `from` (the first drawn frame). Returns
 * `from` itself when no long task follows it. Null when the recording ended before a quiet window came.
 */
export function interactiveAt(
  from: number,
  longTasks: readonly { start: number; duration: number }[],
  recordedUntil: number,
  quietMs = 1000,
): number | null {
  let candidate = from;
  const after = longTasks.filter((t) => t.start + t.duration > from).sort((a, b) => a.start - b.start);
  for (const task of after) {
    if (task.start - candidate >= quietMs) return candidate;
    candidate = Math.max(candidate, task.start + task.duration);
  }
  return recordedUntil - candidate >= quietMs ? candidate : null;
}

/**
 * Time per step of a worker job, from its messages in order: a step starts with the first progress
 * message carrying its label and ends when the next label (or the result) arrives. `done` is no step.
 */
export function stepDurations(
  messages: readonly { t: number; type?: string; label?: string }[],
): Map<string, number> {
  const steps = new Map<string, number>();
  let current = null as { label: string; since: number } | null;
  for (const m of messages) {
    const next = m.type === 'progress' ? m.label : m.type === 'result' || m.type === 'error' ? '' : undefined;
    if (next === undefined || next === current?.label) continue;
    if (current) steps.set(current.label, (steps.get(current.label) ?? 0) + m.t - current.since);
    current = next && next !== 'done' ? { label: next, since: m.t } : null;
  }
  return steps;
}

/**
 * Timings under this are not compared as ratios: the browser's clock (performance.now outside a
 * cross-origin-isolated page) ticks in 0.1 ms, so a step under 1 ms is fewer than ten ticks and the
 * rounding alone can shift a ratio by 10% or more.
 */
export const TIMER_FLOOR_MS = 1;

/**
 * ours / reference where both are at least `floor`. Where only one side is, the ratio is a bound: ours
 * under the floor gives "at most floor / reference", the reference under it "at least ours / floor" (so
 * an overhead is never hidden). Both under the floor: no ratio. Null when either side is missing.
 */
export function boundedRatio(
  ours: number | null | undefined,
  reference: number | null | undefined,
  floor = TIMER_FLOOR_MS,
): { ratio: number; bound: 'exact' | 'at most' | 'at least' } | { ratio: null; bound: 'under floor' } | null {
  if (ours == null || reference == null || !Number.isFinite(ours) || !Number.isFinite(reference)) return null;
  if (ours < floor && reference < floor) return { ratio: null, bound: 'under floor' };
  if (ours < floor) return { ratio: floor / reference, bound: 'at most' };
  if (reference < floor) return { ratio: ours / floor, bound: 'at least' };
  return { ratio: ours / reference, bound: 'exact' };
}
