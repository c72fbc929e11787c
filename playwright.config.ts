import { chromiumLaunchOptions } from './scripts/lib/chromium';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_DIST let several runs share a machine, each with its own build and server.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

// Runs against the production build (`npm run test:e2e` builds first) served by `vite preview`,
// with the system's Debian Chromium: the bundled browsers are never downloaded.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  // Twice Playwright's default: CI machines can be slower and busier than a developer's.
  timeout: 60_000,
  // Three times the default wait for what a page shows: a busy two-core machine takes more than
  // 5 s to render a report; a passing check still returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --strictPort --port ${port} --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
