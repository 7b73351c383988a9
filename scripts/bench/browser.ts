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
  /** A progress state (progress bar, aria-busy) was on screen during the action. */
  busySeen: boolean;
  /** When the progress state went away. */
  busyEnd: number | null;
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
  /** Per job: the worker script and the start message of its largest run, to replay it. */
  lastJobs: Record<string, { url: string; options?: WorkerOptions; message: unknown }>;
  NativeWorker: typeof Worker;
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
    lastJobs: {},
    NativeWorker: Worker,
  };
  w.__bench = b;
  // A progress state of the canvas or a view being computed (not the metrics or cross-project panels,
  // which run after every change and do not hold up the drawing).
  const busy = () =>
    [...document.querySelectorAll('progress, [role="progressbar"], [aria-busy="true"]')].some((el) => {
      if (el.closest('.metrics-status, [data-bench-ignore]')) return false;
      if (/metric|partner/i.test(el.getAttribute('aria-label') ?? '')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
  (w as unknown as { __benchBusy: () => boolean }).__benchBusy = busy;
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
    const a = b.action;
    if (a && a.start !== null) {
      const now = busy();
      if (now) a.busySeen = true;
      else if (a.busySeen && a.busyEnd === null) a.busyEnd = performance.now();
      if (now) a.busyEnd = null;
    }
    const cy = w.cy;
    hook(cy);
    if (b.firstFrame === null && cy && cy.nodes().length > 0 && ++seenWithNodes > 3)
      b.firstFrame = performance.now();
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  // Job workers: note which job each runs and when its progress labels change, without touching them;
  // keep the start message of the largest metrics job (by nodes) while `keepPayloads`, to replay it.
  const NativeWorker = w.Worker;
  b.NativeWorker = NativeWorker;
  let workers = 0;
  w.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const worker = ++workers;
      const where = { url: String(url), options };
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
        if (d?.job && b.keepPayloads) {
          const nodes = (p: unknown) =>
            (p as { graph?: { nodes?: unknown[] } } | undefined)?.graph?.nodes?.length ?? 0;
          const kept = b.lastJobs[d.job];
          if (!kept || nodes(d.payload) >= nodes((kept.message as { payload?: unknown }).payload))
            b.lastJobs[d.job] = { ...where, message: m };
        }
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
  Pick<
    PageFigures,
    | 'firstFrameMs'
    | 'interactiveMs'
    | 'longTaskCount'
    | 'longTaskMaxMs'
    | 'heapMiB'
    | 'workersHeapMiB'
    | 'tabRssMiB'
  >
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
  let workersHeap: Figure;
  try {
    const w = await workersHeapMiB(page);
    workersHeap = w.workers ? figure(w.mib) : figure(0);
  } catch (e) {
    workersHeap = missing(`workers' heap not read: ${(e as Error).message.split('\n')[0]}`);
  }
  let tab: Figure;
  try {
    tab = figure(await tabRssMiB(page));
  } catch (e) {
    tab = missing(`tab RSS not read: ${(e as Error).message.split('\n')[0]}`);
  }
  return {
    workersHeapMiB: workersHeap,
    tabRssMiB: tab,
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
  /** The app showed a progress state meanwhile. */
  progressShown: boolean;
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
    b.action = {
      type: t,
      start: null,
      changed: false,
      firstDrawn: null,
      lastRender: null,
      lastEvent: null,
      busySeen: false,
      busyEnd: null,
    };
    b.frames = [];
    b.recording = true;
  }, type);
  await act();
  try {
    await page.waitForFunction(
      (quiet) => {
        const w = window as unknown as { __bench: BenchGlobal; __benchBusy: () => boolean };
        const a = w.__bench.action;
        if (!a || a.lastRender === null || w.__benchBusy()) return false;
        const since = Math.max(a.lastEvent ?? 0, a.busyEnd ?? 0);
        return performance.now() - since > quiet;
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
  if (a.busySeen && a.busyEnd === null)
    return `the app still showed progress ${timeoutMs / 1000} s after the ${type}`;
  const start = a.start;
  const firstDrawn = a.firstDrawn;
  const settled = Math.max(a.lastRender, a.busyEnd ?? 0);
  return {
    firstDrawnMs: firstDrawn - start,
    settledMs: settled - start,
    progressShown: a.busySeen,
    frames: result.frames.filter((t) => t > start && t <= firstDrawn).length,
    longestTaskMs: result.longTasks
      .filter((t) => t.start + t.duration >= start && t.start <= settled)
      .reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

/** Worker messages the page has seen so far. */
export const workerEvents = (page: Page): Promise<WorkerEvent[]> =>
  page.evaluate(() => (window as unknown as { __bench: BenchGlobal }).__bench.workerEvents);

/**
 * JS heap of every worker the page has alive, after a GC in each, in MiB, and how many there were: a CDP
 * session on the page auto-attaches to its worker targets (not flattened, so messages go through
 * Target.sendMessageToTarget) and asks each for Runtime.getHeapUsage.
 */
export async function workersHeapMiB(page: Page): Promise<{ mib: number; workers: number }> {
  const cdp = await page.context().newCDPSession(page);
  const sessions: string[] = [];
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result ?? null);
  });
  let nextId = 1;
  const ask = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`worker did not answer ${method}`)), 10_000);
      pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(reject);
    });
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((r) => setTimeout(r, 300));
    let used = 0;
    let read = 0;
    for (const s of sessions) {
      // A job worker may end between attaching and asking: it then holds nothing to count.
      await ask(s, 'HeapProfiler.collectGarbage').catch(() => undefined);
      const r = (await ask(s, 'Runtime.getHeapUsage').catch(() => null)) as { usedSize?: number } | null;
      if (r?.usedSize === undefined) continue;
      used += r.usedSize;
      read++;
    }
    return { mib: used / (1024 * 1024), workers: read };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** VmRSS of a process from /proc, in KiB; null when it is gone. */
export function rssKiB(pid: number, read: (file: string) => string): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Resident memory of the largest Chromium renderer process, in MiB: the tab being measured (its main
 * thread, its workers, its canvas buffers), as the operating system sees it. Only one bench page is open
 * at a time, so the largest renderer is that page's.
 */
export async function tabRssMiB(page: Page): Promise<number> {
  const browser = page.context().browser();
  if (!browser) throw new Error('bench: no browser behind the page');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const { readFileSync } = await import('node:fs');
    const sizes = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => rssKiB(p.id, (f) => readFileSync(f, 'utf8')) ?? 0);
    if (!sizes.length) throw new Error('bench: Chromium reported no renderer process');
    return Math.max(...sizes) / 1024;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
