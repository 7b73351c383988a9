// Builds the app once, serves it on 127.0.0.1 and hands the address to every browser test.
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { findChromium } from './chromium';

let server: PreviewServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
