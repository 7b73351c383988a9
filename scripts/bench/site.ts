// Builds the app (production `vite build`) and the bare reference pages into one folder under .bench/ and
// serves it with `vite preview` on 127.0.0.1, so every page loads the same way from the same server.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

/** One folder per run, so two runs (say S,M and L,XL) never serve each other's half-built files. */
export const SITE = resolve(`.bench/site-${process.pid}`);
const PAGES = resolve('scripts/bench/pages');

export async function buildSite(): Promise<void> {
  // The app with its own vite.config.ts, exactly as `npm run build` makes it.
  await build({ logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } });
  // The references: a separate build; of the app's code only its metric settings (bare-metrics.ts).
  await build({
    configFile: false,
    root: PAGES,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: resolve(SITE, 'bench-refs'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: {
          sigma: resolve(PAGES, 'sigma.html'),
          cytoscape: resolve(PAGES, 'cytoscape.html'),
          metrics: resolve(PAGES, 'metrics.html'),
        },
      },
    },
  });
  mkdirSync(resolve(SITE, 'bench-data'), { recursive: true });
}

/** Puts a file where the pages can fetch it; returns its path on the server. */
export function publish(file: string, name: string): string {
  cpSync(file, resolve(SITE, 'bench-data', name));
  return `/bench-data/${name}`;
}

export function removeSite(): void {
  rmSync(SITE, { recursive: true, force: true });
}

export async function serveSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: SITE },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench: vite preview did not report an address');
  return { url, close: () => server.close() };
}
