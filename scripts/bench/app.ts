// What a person does in the app, done with real input and timed: hover, filter, switch view, open an ego
// network, and the metrics job's time per metric in the worker. Selectors are the app's accessible names.
import type { Page } from 'playwright-core';
import { pageState, timeAction, workerEvents, type ActionTiming } from './browser';
import { stepDurations } from './stats';
import { figure, missing, type Figure } from './types';

export interface AppActions {
  switchViewMs: Figure;
  filterMs: Figure;
  egoMs: Figure;
  switchViewTaskMs: Figure;
  filterTaskMs: Figure;
  egoTaskMs: Figure;
  hoverFrames: Figure;
  /** Metric label (as the app's list names it) -> time in the worker. */
  workerMetrics: Map<string, number> | string;
}

const settled = (t: ActionTiming | string): Figure =>
  typeof t === 'string' ? missing(t) : figure(t.settledMs);
const longest = (t: ActionTiming | string): Figure =>
  typeof t === 'string' ? missing(t) : figure(t.longestTaskMs);

/** Screen position of the busiest organisation in view (most edges), or null. */
async function busyNode(page: Page): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate(() => {
    type N = {
      id(): string;
      data(k: string): unknown;
      degree(loops: boolean): number;
      renderedPosition(): { x: number; y: number };
    };
    const cy = (
      window as unknown as {
        cy?: {
          nodes(): { forEach(f: (n: N) => void): void };
          container(): Element;
          width(): number;
          height(): number;
        };
      }
    ).cy;
    if (!cy) return null;
    let best: { n: N; d: number } | null = null;
    const [w, h] = [cy.width(), cy.height()];
    cy.nodes().forEach((n) => {
      const p = n.renderedPosition();
      if (p.x < 20 || p.y < 20 || p.x > w - 20 || p.y > h - 20) return;
      const d = n.degree(false) + (n.data('type') === 'organisation' ? 1e6 : 0);
      if (!best || d > best.d) best = { n, d };
    });
    if (!best) return null;
    const { n } = best as { n: N };
    const box = cy.container().getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, id: n.id() };
  });
}

async function timeHover(page: Page, timeoutMs: number): Promise<Figure> {
  const node = await busyNode(page);
  if (!node) return missing('no node in view to hover');
  const box = await page.evaluate(() => {
    const c = (window as unknown as { cy?: { container(): Element } }).cy?.container();
    const r = c?.getBoundingClientRect();
    return r ? { x: r.left + 3, y: r.top + 3 } : null;
  });
  if (box) await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(300);
  const t = await timeAction(page, 'mousemove', () => page.mouse.move(node.x, node.y), timeoutMs, 300);
  if (box) await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(500);
  return typeof t === 'string' ? missing(t) : figure(t.frames);
}

async function clickTimed(
  page: Page,
  role: 'button' | 'checkbox',
  name: RegExp,
  timeoutMs: number,
): Promise<ActionTiming | string> {
  try {
    const control = page.getByRole(role, { name }).first();
    if (!(await control.count())) return `the app has no ${role} named ${name}`;
    if (!(await control.isVisible())) return `the ${role} named ${name} is not visible`;
    return await timeAction(page, 'click', () => control.click({ timeout: timeoutMs }), timeoutMs);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    return /timeout/i.test(message)
      ? `the page did not answer within ${timeoutMs / 1000} s of the click on ${name} (main thread blocked)`
      : `clicking the ${role} named ${name} failed: ${message}`;
  }
}

/** Opens a side-panel tab (Filters, Details…) when the app has one by that name. */
async function openPanel(page: Page, name: RegExp): Promise<void> {
  for (const role of ['tab', 'button'] as const) {
    const tab = page.getByRole(role, { name }).first();
    if ((await tab.count()) && (await tab.isVisible())) {
      await tab.click({ timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      return;
    }
  }
}

/**
 * The app reruns the metrics job whenever the shown graph changes and cancels the superseded run, so this
 * follows the latest metrics worker until one reports its result, and times its steps.
 */
async function timeMetrics(page: Page, timeoutMs: number): Promise<Map<string, number> | string> {
  const latest = async () => (await workerEvents(page)).filter((e) => e.job === 'metrics').at(-1)?.worker;
  if ((await latest()) === undefined) {
    const open = page.getByRole('button', { name: /^metrics$/i }).first();
    if ((await open.count()) && (await open.isVisible())) await open.click();
    await page.waitForTimeout(1000);
  }
  if ((await latest()) === undefined)
    return 'the app started no metrics job in the worker (on load or from a Metrics button)';
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = await latest();
    const events = (await workerEvents(page)).filter((e) => e.worker === worker && e.direction === 'in');
    const end = events.find((e) => e.type === 'result' || e.type === 'error');
    if (end?.type === 'error') return 'the metrics job failed in the worker';
    if (end) {
      // Progress messages are timed when they arrive on the page: a blocked main thread bunches them up.
      const since = events[0]!.t;
      const blocked = (await pageState(page)).longTasks.filter(
        (t) => t.duration > 100 && t.start + t.duration > since && t.start < end.t,
      );
      if (blocked.length)
        return (
          `not timed: the page's main thread was blocked (longest task ${Math.round(Math.max(...blocked.map((t) => t.duration)))} ms) ` +
          'while the job ran, so its progress messages arrived in bunches'
        );
      return stepDurations(events);
    }
    if (Date.now() > deadline) return `the metrics job did not finish within ${timeoutMs / 1000} s`;
    await page.waitForTimeout(500);
  }
}

/** Waits until the page's main thread answers again (after an action that froze it). */
async function responsive(page: Page, timeoutMs: number): Promise<boolean> {
  const answered = page.evaluate(() => true).catch(() => false);
  const late = new Promise<false>((r) => setTimeout(() => r(false), timeoutMs));
  return Promise.race([answered, late]);
}

/**
 * Runs the actions cheapest first and the one that may freeze the page (a view whose layout runs on the
 * main thread) last, waiting for the page to answer between them so one action's work does not land in
 * the next one's figures.
 */
export async function measureActions(
  page: Page,
  timeoutMs: number,
  metricsTimeoutMs: number,
): Promise<AppActions> {
  const hoverFrames = await timeHover(page, timeoutMs);
  await responsive(page, timeoutMs);
  await openPanel(page, /^filters$/i);
  const filter = await clickTimed(page, 'checkbox', /lead partners only/i, timeoutMs);
  await responsive(page, timeoutMs);
  if (typeof filter !== 'string') await clickTimed(page, 'checkbox', /lead partners only/i, timeoutMs);
  await responsive(page, timeoutMs);
  let ego: ActionTiming | string = 'no node in view to open';
  const node = await busyNode(page);
  if (node)
    ego = await timeAction(page, 'dblclick', () => page.mouse.dblclick(node.x, node.y), timeoutMs).catch(
      (e: Error) => `the double-click failed: ${e.message.split('\n')[0]}`,
    );
  await responsive(page, timeoutMs);
  await clickTimed(page, 'button', /^network/i, timeoutMs);
  await responsive(page, timeoutMs);
  const workerMetrics = await timeMetrics(page, metricsTimeoutMs).catch(
    (e: Error) => e.message.split('\n')[0]!,
  );
  const view = await clickTimed(page, 'button', /^co-partners/i, timeoutMs);
  return {
    hoverFrames,
    filterMs: settled(filter),
    switchViewMs: settled(view),
    egoMs: settled(ego),
    switchViewTaskMs: longest(view),
    filterTaskMs: longest(filter),
    egoTaskMs: longest(ego),
    workerMetrics,
  };
}
