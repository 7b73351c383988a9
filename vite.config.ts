import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app, its worker and both test projects (unit runs in Node, e2e drives Chromium).
export default defineConfig(({ command }) => {
  // Vite takes NODE_ENV from the environment before its mode, and looking for a PostCSS config sets it to
  // "development" when it is unset: `vite build` then bundled React's development build (slower, and
  // StrictMode ran every effect twice, so the graph was opened twice). A build is a production build.
  if (command === 'build' && !process.env.NODE_ENV) process.env.NODE_ENV = 'production';
  return {
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/e2e/**', 'node_modules/**'],
            environment: 'node',
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
