import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderPages } from './scripts/lib/prerender-pages.ts';
import { contentSecurityPolicy } from './src/app/content-security-policy.ts';

/**
 * Puts the page's policy in the built index.html; not in dev, where React Refresh runs an inline
 * script. frame-ancestors is left to the host: a <meta> policy cannot set it.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), prerenderPages()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    // No source maps in the build: the source is this repository's, and maps would double what
    // is deployed. `npx vite build --sourcemap` makes them for debugging.
    sourcemap: false,
    // Every browser the planner supports knows modulepreload: the polyfill would only add bytes
    // to the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The app that main.tsx loads after the first paint, with everything it imports, is one
        // chunk, not a dozen shared pieces: one file compresses better and is one request. What
        // main.tsx itself imports stays out of it, or main.tsx would wait for all of it.
        codeSplitting: {
          groups: [
            {
              name: 'entry',
              test: /\/src\/(lib\/after-next-paint|features\/wizard\/browser-plans)\.ts$|preload-helper/,
              priority: 5,
            },
            { name: 'start-app', test: /\/src\/app\/start-app\.tsx$/, priority: 4 },
            // What every wizard page loads once it has painted, the checker and the compiled
            // parser with all they import, is one chunk too: two requests, not sixteen. The
            // derivations keep their own (the first edit waits for them), and so do the AWS
            // sources (the explainer needs them and nothing else of this). What start-app holds
            // stays there (priority).
            { name: 'sources', test: /\/src\/domain\/rules\/support\/sources\.ts$/, priority: 3 },
            {
              name: 'engine',
              test: /\/src\/domain\/(check\/check-document|plan\/well-formed-plan)\.ts$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Many tests run real tools (terraform, the AWS CLI, shellcheck, tsc) or many property runs:
    // on a busy two-core machine 5 s is not enough for them.
    testTimeout: 30_000,
  },
});
