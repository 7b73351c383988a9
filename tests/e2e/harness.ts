// Opens the built app in Chromium and records every console error or warning, so each test can assert none.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';

export const ARTIFACTS = 'tests/e2e/artifacts';

/** The bundled graph's address in a build (hashed asset) or before the first data build. */
export const GRAPH_URL = /\/(assets\/graph-[\w-]+|data\/graph)\.json$/;

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors and failed requests, in order. */
  problems: string[];
  close(): Promise<void>;
}

export async function openApp(
  path = '',
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  options: {
    colorScheme?: 'light' | 'dark';
    acceptDownloads?: boolean;
    /** Serve this graph file (e.g. tests/fixtures/graph.json) instead of the bundled data/graph.json. */
    graph?: string;
  } = {},
): Promise<AppSession> {
  const browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    viewport,
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: options.acceptDownloads ?? true,
  });
  if (options.graph) {
    const body = readFileSync(options.graph, 'utf8');
    await context.route(GRAPH_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  const page = await context.newPage();
  const problems: string[] = [];
  mkdirSync(ARTIFACTS, { recursive: true });
  const record = (text: string) => {
    problems.push(text);
    appendFileSync(`${ARTIFACTS}/problems.log`, `${new Date().toISOString()} ${text}\n`);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') record(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => record(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A reload or navigation aborts whatever was still loading (a worker script, say); that is not a fault.
    if (reason === 'net::ERR_ABORTED') return;
    record(`requestfailed: ${request.url()} ${reason}`);
  });
  await page.goto(new URL(path, inject('baseUrl')).toString());
  return {
    browser,
    context,
    page,
    problems,
    close: () => browser.close(),
  };
}

/** Waits until the app has drawn its graph (window.cy exists and has elements). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    return !!cy && cy.nodes().length > 0;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}
