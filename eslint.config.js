import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', '.bench/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The pure core runs in Node, the worker and the browser alike: no React, DOM renderer, store or fs.
    files: ['src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'cytoscape', 'cytoscape-*'],
              message: 'src/graph is pure: no UI or store imports.',
            },
            {
              group: ['fs', 'node:*', 'path'],
              message: 'src/graph runs in the browser too: no Node built-ins.',
            },
            {
              group: [
                '**/features/**',
                '**/store/**',
                '**/render/**',
                '**/pipeline/**',
                '**/worker/**',
                '**/io/**',
              ],
              message: 'src/graph imports nothing from outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/render/**/*.ts', 'src/io/**/*.ts', 'src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**'], message: 'Nothing imports features.' }] },
      ],
    },
  },
);
