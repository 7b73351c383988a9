// Issue 6's "What must hold", checked against one size's figures: each target, what was measured, and
// whether it is met. Pure: the report renders these rows at the top of docs/benchmarks.md.
import { boundedRatio, ratio, TIMER_FLOOR_MS } from './stats';
import { valueOf, type ActionId, type Figure, type Frames, type SizeResult } from './types';

export type Verdict = 'met' | 'not met' | 'not measured';

export interface TargetCheck {
  /** The target in the words, with the threshold the bench applies. */
  target: string;
  /** The size at which the issue requires it. */
  requiredAt: 'M' | 'XL' | 'every size';
  /** The measured value as shown (a ratio, a time, a count), or why it is missing. */
  measured: string;
  verdict: Verdict;
}

/** A task over this on the main thread is a visible freeze (the M target). */
export const LONG_TASK_MS = 200;
/** "Well under a second" and "opens fast": the bench's threshold for an action to count as fast. */
export const FAST_ACTION_MS = 1000;
/** What a laptop browser tab has: the tab's whole resident memory (main thread, workers, canvases). */
export const TAB_MEMORY_MIB = 2048;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const frame = (f: Frames, key: 'median' | 'p95'): number | null => ('summary' in f ? f.summary[key] : null);
const frameWhy = (app: Frames, sigma: Frames): string =>
  'missing' in app ? app.missing : 'missing' in sigma ? `bare sigma.js: ${sigma.missing}` : 'not measured';
const action = (s: SizeResult, id: ActionId) => s.app.actions.find((a) => a.id === id);

function check(
  target: string,
  requiredAt: TargetCheck['requiredAt'],
  value: number | null,
  limit: number,
  show: (v: number) => string,
  missingReason: string,
): TargetCheck {
  if (value === null) return { target, requiredAt, measured: missingReason, verdict: 'not measured' };
  return { target, requiredAt, measured: show(value), verdict: value <= limit ? 'met' : 'not met' };
}

/** The worst (largest) of the values present, or null when none is. */
const worst = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.max(...present) : null;
};

export function checkTargets(s: SizeResult): TargetCheck[] {
  const out: TargetCheck[] = [];
  const noApp =
    'missing' in s.app.firstFrameMs ? `the app drew nothing: ${s.app.firstFrameMs.missing}` : 'not measured';
  const why = (f: Figure | undefined): string => (f && 'missing' in f ? f.missing : noApp);
  const x = (v: number) => `${fmt(v, 2)}x`;
  const ms = (v: number) => `${fmt(v)} ms`;

  for (const [gesture, key] of [
    ['pan', 'pan'],
    ['zoom', 'zoom'],
  ] as const) {
    // On the largest drawing the app made (after its actions) when there is one: an overview of 40
    // countries says little about frame times.
    const app = s.drawn ? s.drawn.app[key] : s.app[key];
    const bare = s.drawn ? s.drawn.sigma[key] : s.sigma[key];
    const on = s.drawn ? ` on the ${s.drawn.view} drawing (${fmt(s.drawn.nodes)} nodes)` : '';
    const median = ratio(frame(app, 'median'), frame(bare, 'median'));
    const p95 = ratio(frame(app, 'p95'), frame(bare, 'p95'));
    const value = worst([median, p95]);
    out.push(
      check(
        `Frame time while ${gesture === 'pan' ? 'panning' : 'zooming'} ≤ 1.5x bare sigma.js (worse of median and p95)`,
        'M',
        value,
        1.5,
        () => `median ${median === null ? '—' : x(median)}, p95 ${p95 === null ? '—' : x(p95)}${on}`,
        frameWhy(app, bare),
      ),
    );
  }
  out.push(
    check(
      'Hover feedback within two frames',
      'M',
      valueOf(s.app.hoverFrames),
      2,
      (v) => `${fmt(v)} frame${v === 1 ? '' : 's'}`,
      why(s.app.hoverFrames),
    ),
  );
  for (const [id, name] of [
    ['filter', 'Filter (lead partners only)'],
    ['switch-view', 'View switch to Co-partners'],
  ] as const) {
    const a = action(s, id);
    out.push(
      check(
        `${name} drawn and still in well under a second (< ${fmt(FAST_ACTION_MS)} ms)`,
        'M',
        valueOf(a?.settledMs),
        FAST_ACTION_MS - 1,
        ms,
        why(a?.settledMs),
      ),
    );
  }
  const tasks = [valueOf(s.app.longTaskMaxMs), ...s.app.actions.map((a) => valueOf(a.longestTaskMs))];
  // With several sessions the figures are medians; the single longest task of any session is shown too.
  const sessions = s.app.sessionsLongTaskMaxMs?.length ?? 1;
  const everyTask = [
    ...(s.app.sessionsLongTaskMaxMs ?? []),
    ...s.app.actions.flatMap((a) => a.sessions?.longestTaskMs ?? []),
  ];
  const worstOfAll = worst(everyTask);
  out.push(
    check(
      `No main-thread task over ${LONG_TASK_MS} ms after first paint (load and every action)`,
      'M',
      worst(tasks),
      LONG_TASK_MS,
      (v) =>
        sessions > 1
          ? `longest ${ms(v)} (median of ${sessions} sessions; the longest in any one: ${worstOfAll === null ? '—' : ms(worstOfAll)})`
          : `longest ${ms(v)}`,
      why(s.app.longTaskMaxMs),
    ),
  );

  const overview = s.app.initialView;
  out.push({
    target: 'Opens to an aggregated overview (by country, programme or community)',
    requiredAt: 'XL',
    measured: overview ? `opened on "${overview}"` : 'no view was shown',
    verdict: !overview
      ? 'not measured'
      : /countr|programme|communit|overview/i.test(overview)
        ? 'met'
        : 'not met',
  });
  const expand = action(s, 'overview-expand');
  out.push(
    check(
      `Overview expands (double-click a country) in < ${fmt(FAST_ACTION_MS)} ms`,
      'XL',
      valueOf(expand?.settledMs),
      FAST_ACTION_MS - 1,
      ms,
      why(expand?.settledMs),
    ),
  );
  const ego = action(s, 'search-ego');
  out.push(
    check(
      `Any organisation's ego network opens fast: the hub, found by search, in < ${fmt(FAST_ACTION_MS)} ms`,
      'XL',
      valueOf(ego?.settledMs),
      FAST_ACTION_MS - 1,
      ms,
      why(ego?.settledMs),
    ),
  );
  out.push(
    check(
      `Memory within a laptop tab: the tab's resident memory ≤ ${fmt(TAB_MEMORY_MIB)} MiB`,
      'XL',
      valueOf(s.app.tabRssMiB),
      TAB_MEMORY_MIB,
      (v) => `${fmt(v)} MiB`,
      why(s.app.tabRssMiB),
    ),
  );

  // The app's worker replayed in the bare pages runs in the same conditions as the bare side; the replays
  // in the app's own page stand in where those did not run.
  const beside = s.app.metrics.some((m) => m.workerBesideMs && valueOf(m.workerBesideMs) !== null);
  const ratios = s.app.metrics.map((m) => ({
    metric: m.metric,
    r: boundedRatio(
      beside ? (m.workerBesideMs ? valueOf(m.workerBesideMs) : null) : valueOf(m.workerMs),
      valueOf(m.bareMs),
    ),
  }));
  const present = ratios.filter(
    (m): m is { metric: string; r: { ratio: number; bound: 'exact' | 'at most' | 'at least' } } =>
      m.r?.ratio != null,
  );
  const underFloor = ratios.filter((m) => m.r?.bound === 'under floor').map((m) => m.metric);
  const worstMetric = present.reduce<(typeof present)[number] | null>(
    (w, m) => (!w || m.r.ratio > w.r.ratio ? m : w),
    null,
  );
  const bound = (b: string) => (b === 'at least' ? '≥ ' : b === 'at most' ? '≤ ' : '');
  const skipped = underFloor.length
    ? ` (${underFloor.join(', ')} under ${TIMER_FLOOR_MS} ms on both sides, not divided)`
    : '';
  out.push({
    target: 'Metrics in the worker ≤ 1.2x bare graphology-metrics (worst metric measured on both sides)',
    requiredAt: 'every size',
    measured: worstMetric
      ? `worst ${worstMetric.metric} ${bound(worstMetric.r.bound)}${x(worstMetric.r.ratio)}; ` +
        `${present.length} of ${ratios.length} metrics compared${skipped}` +
        (beside ? '; worker replayed beside the bare runs' : "; worker replayed in the app's page")
      : `no metric measured on both sides${skipped}`,
    verdict: !worstMetric ? 'not measured' : worstMetric.r.ratio <= 1.2 ? 'met' : 'not met',
  });
  return out;
}
