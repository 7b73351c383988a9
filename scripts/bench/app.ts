// What a person does in the app, done with real input and timed: hover, expand the overview, find an
// organisation with the search box and open its neighbourhood, double-click for an ego network, apply a
// filter, switch view. Then the app's metrics job, replayed on fresh workers with the payload the app
// sent. Selectors are the app's accessible names.
import type { Page } from 'playwright-core';
import { timeAction, type ActionTiming } from './browser';
import { median } from './stats';
import { figure, missing, valueOf, type ActionId, type ActionResult, type Figure } from './types';

export interface AppActions {
  initialView: string;
  actions: ActionResult[];
  hoverFrames: Figure;
}

const errorLine = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

export function actionResult(id: ActionId, t: ActionTiming | string, target?: string): ActionResult {
  if (typeof t === 'string') {
    const m = missing(t);
    return { id, settledMs: m, firstDrawnMs: m, longestTaskMs: m, ...(target ? { target } : {}) };
  }
  return {
    id,
    settledMs: figure(t.settledMs),
    firstDrawnMs: figure(t.firstDrawnMs),
    longestTaskMs: figure(t.longestTaskMs),
    progressShown: t.progressShown,
    ...(target ? { target } : {}),
  };
}

/** The median of the figures measured, or the first one's reason when none was. */
export function medianFigure(figures: readonly Figure[]): Figure {
  const values = figures.map(valueOf).filter((v): v is number => v !== null);
  return values.length ? figure(median(values)) : (figures[0] ?? missing('not measured'));
}

/**
 * app.mergeSessions: the actions of several sessions (the same sequence, each on a fresh page) as one:
 * per action, in the first session's order, the median of each figure over the sessions that measured
 * it, with each session's own values kept beside (`sessions`). One long task in one session (a garbage
 * collection, the machine busy elsewhere) then shows as what it is instead of deciding the figure.
 */
export function mergeSessions(sessions: readonly AppActions[]): AppActions {
  const [first, ...rest] = sessions;
  if (!first) throw new Error('mergeSessions: no session');
  if (!rest.length) return first;
  const actions = first.actions.map((a): ActionResult => {
    const same = sessions.map((s) => s.actions.find((b) => b.id === a.id));
    const present = same.filter((b): b is ActionResult => b !== undefined);
    const progress = present.map((b) => b.progressShown).filter((v) => v !== undefined);
    return {
      id: a.id,
      settledMs: medianFigure(present.map((b) => b.settledMs)),
      firstDrawnMs: medianFigure(present.map((b) => b.firstDrawnMs)),
      longestTaskMs: medianFigure(present.map((b) => b.longestTaskMs)),
      ...(progress.length ? { progressShown: progress.some(Boolean) } : {}),
      ...(a.target ? { target: a.target } : {}),
      sessions: {
        settledMs: same.map((b) => valueOf(b?.settledMs)),
        longestTaskMs: same.map((b) => valueOf(b?.longestTaskMs)),
      },
    };
  });
  return {
    initialView: first.initialView,
    actions,
    hoverFrames: medianFigure(sessions.map((s) => s.hoverFrames)),
  };
}

/** Screen position of the busiest node of a type in view (most edges), or of any type when none. */
export async function busyNode(
  page: Page,
  types: string[],
): Promise<{ x: number; y: number; id: string; label: string } | null> {
  return page.evaluate((wanted) => {
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
      // The node an ego view is centred on opens nothing new.
      if (n.data('focus')) return;
      const p = n.renderedPosition();
      if (p.x < 20 || p.y < 20 || p.x > w - 20 || p.y > h - 20) return;
      const d = n.degree(false) + (wanted.includes(String(n.data('type'))) ? 1e6 : 0);
      if (!best || d > best.d) best = { n, d };
    });
    if (!best) return null;
    const { n } = best as { n: N };
    const box = cy.container().getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, id: n.id(), label: String(n.data('label') ?? n.id()) };
  }, types);
}

async function timeHover(page: Page, timeoutMs: number): Promise<Figure> {
  const node = await busyNode(page, ['organisation']);
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
  role: 'button' | 'checkbox' | 'option',
  name: RegExp,
  timeoutMs: number,
): Promise<ActionTiming | string> {
  try {
    const control = page.getByRole(role, { name }).first();
    if (!(await control.count())) return `the app has no ${role} named ${name}`;
    if (!(await control.isVisible())) return `the ${role} named ${name} is not visible`;
    return await timeAction(page, 'click', () => control.click({ timeout: timeoutMs }), timeoutMs);
  } catch (e) {
    const message = errorLine(e);
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

/** Waits until the page's main thread answers again (after an action that froze it). */
async function responsive(page: Page, timeoutMs: number): Promise<boolean> {
  const answered = page.evaluate(() => true).catch(() => false);
  const late = new Promise<false>((r) => setTimeout(() => r(false), timeoutMs));
  return Promise.race([answered, late]);
}

/** The label of the pressed view button: the view on screen. */
export async function currentView(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const b = document.querySelector('nav[aria-label="Views"] button[aria-pressed="true"]');
      return b?.textContent?.trim() ?? '';
    })
    .catch(() => '');
}

/** Views that aggregate the dataset (an overview), as opposed to drawing organisations one by one. */
export const isOverview = (view: string): boolean => /countr|programme|communit|overview/i.test(view);

/**
 * Types the organisation's name into the search box, picks its hit (timed: the app shows it), then
 * presses "Open neighbourhood" in its details (timed: the ego network drawn and still), unless the pick
 * already opened it (the hit was not drawn in the view): then the pick's time is the ego network's.
 */
async function searchEgo(
  page: Page,
  name: string,
  timeoutMs: number,
): Promise<{ pick: ActionTiming | string; ego: ActionTiming | string }> {
  const box = page.getByRole('combobox', { name: /search/i }).first();
  if (!(await box.count())) {
    const why = 'the app has no search box (combobox named Search…)';
    return { pick: why, ego: why };
  }
  try {
    await box.click({ timeout: timeoutMs });
    await box.fill(name, { timeout: timeoutMs });
    const option = page
      .getByRole('option')
      .filter({ hasText: name })
      .filter({ hasText: /organisation/i })
      .first();
    await option.waitFor({ state: 'visible', timeout: Math.min(timeoutMs, 20_000) });
    const pick = await timeAction(page, 'click', () => option.click({ timeout: timeoutMs }), timeoutMs).catch(
      (e: unknown) =>
        /timeout/i.test(errorLine(e))
          ? `the page did not answer within ${timeoutMs / 1000} s of picking the search hit (main thread blocked)`
          : `picking the search hit failed: ${errorLine(e)}`,
    );
    if (typeof pick === 'string') {
      await responsive(page, 3 * timeoutMs);
      return { pick, ego: 'not tried: picking the search hit did not finish' };
    }
    await responsive(page, timeoutMs);
    // Picking an organisation the view does not draw opens its neighbourhood at once: that pick was the
    // ego network's opening, and "Open neighbourhood" would change nothing on screen.
    if (/consortium/i.test(await currentView(page))) return { pick, ego: pick };
    let open = page.getByRole('button', { name: /open neighbourhood/i }).first();
    if (!((await open.count()) && (await open.isVisible()))) {
      await openPanel(page, /^details$/i);
      open = page.getByRole('button', { name: /open neighbourhood/i }).first();
    }
    if (!((await open.count()) && (await open.isVisible())))
      return { pick, ego: 'no "Open neighbourhood" button was shown after picking the search hit' };
    const ego = await timeAction(page, 'click', () => open.click({ timeout: timeoutMs }), timeoutMs).catch(
      (e: unknown) =>
        /timeout/i.test(errorLine(e))
          ? `the page did not answer within ${timeoutMs / 1000} s of the click on Open neighbourhood (main thread blocked)`
          : `the click on Open neighbourhood failed: ${errorLine(e)}`,
    );
    return { pick, ego };
  } catch (e) {
    const why = `the search flow failed: ${errorLine(e)}`;
    return { pick: why, ego: why };
  }
}

/**
 * Runs the actions in the order a person would on a large dataset (overview, find an organisation, its
 * neighbourhood, back to the network, filter, another view), waiting for the page to answer between them
 * so one action's work does not land in the next one's figures. Each action has `timeoutMs`.
 */
export async function measureActions(
  page: Page,
  timeoutMs: number,
  hub: string | null,
  log: (m: string) => void,
  deadline = Infinity,
  /** Filled as the actions run, so the caller keeps what finished if it stops waiting. */
  sink: AppActions = { initialView: '', actions: [], hoverFrames: missing('not measured') },
): Promise<AppActions> {
  const actions = sink.actions;
  const spent = () => Date.now() > deadline;
  const SKIPPED = "skipped: the time budget for this size's actions was spent";
  const initialView = await currentView(page);
  sink.initialView = initialView;
  log(`app opened on the ${initialView || 'unknown'} view; hover`);
  const hoverFrames = await timeHover(page, timeoutMs);
  sink.hoverFrames = hoverFrames;
  await responsive(page, timeoutMs);

  if (spent()) actions.push(actionResult('overview-expand', SKIPPED));
  else if (isOverview(initialView)) {
    log('overview: double-click the busiest country');
    const node = await busyNode(page, ['country', 'programme', 'community']);
    const t = node
      ? await timeAction(page, 'dblclick', () => page.mouse.dblclick(node.x, node.y), timeoutMs).catch(
          (e: unknown) => `the double-click failed: ${errorLine(e)}`,
        )
      : 'no node in the overview to expand';
    actions.push(actionResult('overview-expand', t, node?.label));
    await responsive(page, timeoutMs);
    // Back to the overview of the whole dataset (the address keeps the view), so the next actions are
    // about all of it, not the one country just opened.
    await page.goBack({ timeout: timeoutMs }).catch(() => undefined);
    await page
      .waitForFunction(
        () =>
          !document.querySelector('[data-testid="view-computing"]') &&
          /countr|programme/i.test(
            document.querySelector('nav[aria-label="Views"] button[aria-pressed="true"]')?.textContent ?? '',
          ),
        null,
        { timeout: timeoutMs },
      )
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    await responsive(page, timeoutMs);
  } else
    actions.push(
      actionResult(
        'overview-expand',
        `the app opened on the ${initialView || 'unknown'} view, not an overview to expand`,
      ),
    );

  if (spent()) actions.push(actionResult('search-pick', SKIPPED), actionResult('search-ego', SKIPPED));
  else if (hub) {
    log(`search: ${hub}, open its neighbourhood`);
    const { pick, ego } = await searchEgo(page, hub, timeoutMs);
    actions.push(actionResult('search-pick', pick, hub), actionResult('search-ego', ego, hub));
    await responsive(page, timeoutMs);
  } else {
    const why = 'no hub organisation was found in the partner table';
    actions.push(actionResult('search-pick', why), actionResult('search-ego', why));
  }

  log('double-click the busiest organisation in view');
  const node = spent() ? null : await busyNode(page, ['organisation']);
  const ego = spent()
    ? SKIPPED
    : node
      ? await timeAction(page, 'dblclick', () => page.mouse.dblclick(node.x, node.y), timeoutMs).catch(
          (e: unknown) => `the double-click failed: ${errorLine(e)}`,
        )
      : 'no node in view to open';
  actions.push(actionResult('ego-dblclick', ego, node?.label));
  await responsive(page, timeoutMs);

  log('switch to Network');
  actions.push(
    actionResult(
      'network-view',
      spent() ? SKIPPED : await clickTimed(page, 'button', /^network/i, timeoutMs),
      'Network',
    ),
  );
  await responsive(page, timeoutMs);

  log('filter: lead partners only');
  if (!spent()) await openPanel(page, /^filters$/i);
  const filter = spent() ? SKIPPED : await clickTimed(page, 'checkbox', /lead partners only/i, timeoutMs);
  actions.push(actionResult('filter', filter, 'lead partners only'));
  await responsive(page, timeoutMs);
  if (typeof filter !== 'string') {
    const back = await clickTimed(page, 'checkbox', /lead partners only/i, timeoutMs);
    if (typeof back === 'string') log(`filter off: ${back}`);
  }
  await responsive(page, timeoutMs);

  log('switch to Co-partners');
  actions.push(
    actionResult('switch-view', await clickTimed(page, 'button', /^co-partners/i, timeoutMs), 'Co-partners'),
  );
  return { initialView, actions, hoverFrames };
}
