// Lint, including the layer boundaries: domain (pure) ← components ← features ← app, and the CLI
// on top of the domain only. Each layer may import only from the layers below it.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      // Per-worktree builds (e2e runs side by side): dist-<name>.
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bin',
      // Generated output, compared byte for byte and checked by the generators' own tests.
      'src/domain/generators/__golden__',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/\\.json$/]:not([attributes.0])',
          message:
            "Import JSON with `with { type: 'json' }`: Playwright's loader refuses to load an e2e spec that reaches a JSON import without it.",
        },
      ],
    },
  },
  {
    // A cycle, even through a step's lazy import(), ties modules that should load apart: each
    // layer's modules form a tree (types may refer back).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.strict.rules },
  },
  layer(
    ['src/domain/**'],
    [
      'react',
      'react-*',
      'react-dom/*',
      '@tanstack/*',
      '@hookform/*',
      'node:*',
      '@/*',
      '**/app/**',
      '**/features/**',
      '**/components/**',
      '**/cli/**',
    ],
    'src/domain is pure TypeScript: no React, no DOM, no Node, nothing from the layers above.',
  ),
  layer(
    ['src/components/**'],
    ['@/features/*', '@/app/*', '**/features/**', '**/app/**', '**/cli/**'],
    'Shared components may import only the domain.',
  ),
  layer(
    ['src/features/**'],
    ['@/app/*', '**/app/**', '**/cli/**'],
    'Features may import the domain and shared components, never the app shell.',
  ),
  layer(
    ['src/cli/**'],
    [
      'react',
      'react-*',
      '@/features/*',
      '@/app/*',
      '@/components/*',
      '**/features/**',
      '**/app/**',
      '**/components/**',
    ],
    'The CLI is built on the domain only.',
  ),
  {
    // Domain tests (and their tool harness) run in Node and may read files; the product code may not.
    files: ['src/domain/**/*.test.ts', 'src/domain/generators/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
