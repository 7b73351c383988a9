// Chromium for the benchmark: launch, an init script that records frames and long tasks in the page, CDP
// heap readings, and real mouse input (drags and wheel) for pan and zoom.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { frameIntervals, interactiveAt, summarise } from './stats';
import { figure, missing, type Figure, type Frames, type PageFigures } from './types';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser(): Promise<Browser> {
  // CHROMIUM_ARGS already carry --enable-unsafe-swiftshader, which gives WebGL without a GPU.
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface PageState {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  firstFrame: number | null;
}

/** One user action being timed: from its input event to the renders it caused. */
export interface ActionState {
  type: string;
  start: number | null;
  changed: boolean;
  /** First render after the graph changed (what the user sees first). */
  firstDrawn: number | null;
  /** Last render after a change: when the screen stopped changing. */
  lastRender: number | null;
  lastEvent: number | null;
}

/** A message seen on a worker the page created (the app's job workers). */
export interface WorkerEvent {
  worker: number;
  t: number;
  direction: 'in' | 'out';
  type?: string;
  job?: string;
  label?: string;
}

type BenchGlobal = PageState & {
  recording: boolean;
  action: ActionState | null;
  workerEvents: WorkerEvent[];
  /** Set by the runner only while it needs a job's input (keeping it would inflate the heap figure). */
  keepPayloads: boolean;
  lastJobPayloads: Record<string, unknown>;
};

/**
 * Runs in every page before its own scripts: records rAF timestamps while `recording`, every long task,
 * the first render with nodes of a cytoscape instance published as `window.cy` (the app's) — or the
 * `consortia:first-frame` / `bench:first-frame` marks a page sets itself —, the renders that follow a
 * timed action, and the messages of every worker the page starts (job name, progress labels).
 */
function initScript(): void {
  type Cy = {
    nodes(): { length: number };
    on(event: string, fn: () => void): void;
    __benchHooked?: boolean;
  };
  const w = window as unknown as { __bench: BenchGlobal; cy?: Cy; Worker: typeof Worker };
  const b: BenchGlobal = {
    frames: [],
    longTasks: [],
    firstFrame: null,
    recording: false,
    action: null,
    workerEvents: [],
    keepPayloads: false,
    lastJobPayloads: {},
  };
  w.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the runner reports it missing.
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (b.firstFrame === null && (e.name === 'consortia:first-frame' || e.name === 'bench:first-frame'))
        b.firstFrame = e.startTime;
  }).observe({ type: 'mark', buffered: true });

  for (const type of ['click', 'dblclick', 'mousemove', 'change'])
    window.addEventListener(
      type,
      (e) => {
        const a = b.action;
        if (a && a.start === null && a.type === type) a.start = e.timeStamp;
      },
      true,
    );
  const changed = () => {
    const a = b.action;
    if (!a || a.start === null) return;
    a.changed = true;
    a.lastEvent = performance.now();
  };
  const hook = (cy: Cy | undefined) => {
    if (!cy || cy.__benchHooked || typeof cy.on !== 'function') return;
    cy.__benchHooked = true;
    cy.on('render', () => {
      const t = performance.now();
      if (b.firstFrame === null && cy.nodes().length > 0) b.firstFrame = t;
      const a = b.action;
      if (a && a.start !== null && a.changed) {
        a.firstDrawn ??= t;
        a.lastRender = t;
        a.lastEvent = t;
      }
    });
    cy.on('add remove class layoutstop viewport', changed);
  };
  let current: Cy | undefined;
  Object.defineProperty(window, 'cy', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (v: Cy) => {
      current = v;
      hook(v);
    },
  });
  // If the app redefines window.cy itself, find it by polling; a render that came before the hook is
  // then caught by the next one, or by this frame when nothing else redraws.
  let seenWithNodes = 0;
  const loop = (t: number) => {
    if (b.recording) b.frames.push(t);
    const cy = w.cy;
    hook(cy);
    if (b.firstFrame === null && cy && cy.nodes().length > 0 && ++seenWithNodes > 3)
      b.firstFrame = performance.now();
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  // Job workers: note which job each runs and when its progress labels change, without touching them.
  const NativeWorker = w.Worker;
  let workers = 0;
  w.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const worker = ++workers;
      this.addEventListener('message', (e: MessageEvent) => {
        const d = e.data as { type?: string; label?: string } | null;
        b.workerEvents.push({
          worker,
          t: performance.now(),
          direction: 'in',
          type: d?.type,
          label: d?.label,
        });
      });
      const post = this.postMessage.bind(this) as (m: unknown, t?: Transferable[]) => void;
      this.postMessage = ((m: unknown, t?: Transferable[]) => {
        const d = m as { type?: string; job?: string; payload?: unknown } | null;
        if (d?.job && b.keepPayloads) b.lastJobPayloads[d.job] = d.payload;
        b.workerEvents.push({ worker, t: performance.now(), direction: 'out', type: d?.type, job: d?.job });
        post(m, t);
      }) as Worker['postMessage'];
    }
  };
}

export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a `__name` helper that the page lacks: give it one, for this script and
  // for every function the runner passes to page.evaluate.
  await context.addInitScript({ content: `var __name = (f) => f; (${initScript.toString()})();` });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn(`bench: page error: ${e.message}`));
  return page;
}

export const pageState = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchGlobal }).__bench;
    return { frames: b.frames, longTasks: b.longTasks, firstFrame: b.firstFrame };
  });

/** Waits for the page's first drawn frame; null if it did not come within the time limit. */
export async function waitForFirstFrame(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: PageState }).__bench.firstFrame !== null,
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch {
    return null;
  }
  return (await pageState(page)).firstFrame;
}

/** JS heap used on the page's main thread after a full GC, in MiB. */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('bench: Performance.getMetrics gave no JSHeapUsedSize');
  return used / (1024 * 1024);
}

/** A point over the canvas where no node is, so a drag pans instead of moving a node. */
async function emptyPoint(page: Page, selector: string | null): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const cy = (
      window as unknown as {
        cy?: { nodes(): { renderedBoundingBox(): Box }[] & object; container(): Element | null };
      }
    ).cy;
    const el = sel ? document.querySelector(sel) : cy?.container();
    if (!el) throw new Error(`bench: no ${sel ?? 'cytoscape container'} on the page`);
    const r = el.getBoundingClientRect();
    const boxes: Box[] = [];
    if (cy) {
      const nodes = cy.nodes() as unknown as {
        forEach(f: (n: { renderedBoundingBox(): Box }) => void): void;
      };
      nodes.forEach((n) => boxes.push(n.renderedBoundingBox()));
    }
    for (let ring = 0; ring < 40; ring++)
      for (let k = 0; k < 16; k++) {
        const a = (k / 16) * 2 * Math.PI;
        const x = r.width / 2 + Math.cos(a) * ring * 8;
        const y = r.height / 2 + Math.sin(a) * ring * 8;
        if (!boxes.some((b) => x >= b.x1 - 2 && x <= b.x2 + 2 && y >= b.y1 - 2 && y <= b.y2 + 2))
          return { x: r.left + x, y: r.top + y };
      }
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

async function recordFrames(page: Page, act: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: PageState & { recording: boolean } }).__bench;
    b.frames = [];
    b.recording = true;
  });
  await act();
  const frames = await page.evaluate(() => {
    const b = (window as unknown as { __bench: PageState & { recording: boolean } }).__bench;
    b.recording = false;
    return b.frames;
  });
  const gaps = frameIntervals(frames);
  return gaps.length < 10
    ? { missing: `only ${gaps.length} frames were drawn during the gesture` }
    : { summary: summarise(gaps) };
}

/** How long one gesture may go on: on a big graph each input event waits for a slow frame. */
export const GESTURE_MS = 20_000;

/**
 * Pans with real mouse drags: right and back, down and back, 15 moves each way (each move waits for the
 * page to take it), stopping early once GESTURE_MS has passed.
 */
export async function panFrames(page: Page, canvasSelector: string | null): Promise<Frames> {
  const start = await emptyPoint(page, canvasSelector);
  const deadline = Date.now() + GESTURE_MS;
  return recordFrames(page, async () => {
    for (const [dx, dy] of [
      [300, 0],
      [0, 200],
    ] as const) {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (const [from, to] of [
        [0, 1],
        [1, 0],
      ] as const)
        for (let i = 1; i <= 15 && Date.now() < deadline; i++) {
          const f = from + ((to - from) * i) / 15;
          await page.mouse.move(start.x + dx * f, start.y + dy * f);
        }
      await page.mouse.up();
    }
  });
}

/** Zooms with the mouse wheel: in by eight notches, then out by eight, within GESTURE_MS. */
export async function zoomFrames(page: Page, canvasSelector: string | null): Promise<Frames> {
  const at = await emptyPoint(page, canvasSelector);
  await page.mouse.move(at.x, at.y);
  const deadline = Date.now() + GESTURE_MS;
  return recordFrames(page, async () => {
    for (const dy of [-100, 100])
      for (let i = 0; i < 8 && Date.now() < deadline; i++) {
        await page.mouse.wheel(0, dy);
        await page.waitForTimeout(50);
      }
  });
}

/** Loading figures of a page whose first frame has come; `from` is the navigation start (0). */
export async function loadFigures(
  page: Page,
  firstFrame: number | null,
  settleMs = 2500,
): Promise<
  Pick<PageFigures, 'firstFrameMs' | 'interactiveMs' | 'longTaskCount' | 'longTaskMaxMs' | 'heapMiB'>
> {
  if (firstFrame === null) {
    const why = missing('the first frame did not come within the time limit');
    return { firstFrameMs: why, interactiveMs: why, longTaskCount: why, longTaskMaxMs: why, heapMiB: why };
  }
  await page.waitForTimeout(settleMs);
  const state = await pageState(page);
  const now = await page.evaluate(() => performance.now());
  const tti = interactiveAt(firstFrame, state.longTasks, now);
  const after = state.longTasks.filter((t) => t.start >= firstFrame);
  let heap: Figure;
  try {
    heap = figure(await heapMiB(page));
  } catch (e) {
    heap = missing((e as Error).message);
  }
  return {
    firstFrameMs: figure(firstFrame),
    interactiveMs:
      tti === null
        ? missing(`long tasks still running ${Math.round(settleMs)} ms after first frame`)
        : figure(tti),
    longTaskCount: figure(after.length),
    longTaskMaxMs: figure(after.reduce((m, t) => Math.max(m, t.duration), 0)),
    heapMiB: heap,
  };
}

export interface ActionTiming {
  /** Input event to the first render showing a change. */
  firstDrawnMs: number;
  /** Input event to the last render before the screen stayed still for `quietMs`. */
  settledMs: number;
  /** Frames from the input event to the first render showing a change (1 = the next frame). */
  frames: number;
  /** The longest main-thread task between the input event and the end of the action. */
  longestTaskMs: number;
}

/**
 * Times one user action on the app's graph: arms a listener for the input event `type`, runs `act`
 * (real input through page.mouse or a locator), then waits until cytoscape has drawn the change and
 * nothing has changed for `quietMs`. Returns why not when nothing changed within `timeoutMs`.
 */
export async function timeAction(
  page: Page,
  type: 'click' | 'dblclick' | 'mousemove' | 'change',
  act: () => Promise<void>,
  timeoutMs: number,
  quietMs = 750,
): Promise<ActionTiming | string> {
  await page.evaluate((t) => {
    const b = (window as unknown as { __bench: BenchGlobal }).__bench;
    b.action = { type: t, start: null, changed: false, firstDrawn: null, lastRender: null, lastEvent: null };
    b.frames = [];
    b.recording = true;
  }, type);
  await act();
  try {
    await page.waitForFunction(
      (quiet) => {
        const a = (window as unknown as { __bench: BenchGlobal }).__bench.action;
        return !!a && a.lastRender !== null && performance.now() - (a.lastEvent ?? 0) > quiet;
      },
      quietMs,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch {
    // reported below
  }
  const result = await page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchGlobal }).__bench;
    const a = b.action;
    b.action = null;
    b.recording = false;
    return { a, frames: b.frames, longTasks: b.longTasks };
  });
  const a = result.a;
  if (!a || a.start === null) return `no ${type} event reached the page`;
  if (a.firstDrawn === null || a.lastRender === null)
    return `nothing was drawn within ${timeoutMs / 1000} s of the ${type}`;
  const start = a.start;
  const firstDrawn = a.firstDrawn;
  return {
    firstDrawnMs: firstDrawn - start,
    settledMs: a.lastRender - start,
    frames: result.frames.filter((t) => t > start && t <= firstDrawn).length,
    longestTaskMs: result.longTasks
      .filter((t) => t.start + t.duration >= start && t.start <= a.lastRender!)
      .reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

/** Worker messages the page has seen so far. */
export const workerEvents = (page: Page): Promise<WorkerEvent[]> =>
  page.evaluate(() => (window as unknown as { __bench: BenchGlobal }).__bench.workerEvents);
