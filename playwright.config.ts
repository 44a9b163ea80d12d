// End-to-end tests against the PRODUCTION build (`vite preview`), talking to a fake AI/ML API
// started by e2e/global-setup.ts. `npm run test:e2e` builds first: ensure-browser → vite build
// → playwright test.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-browser.mjs';

const CI = Boolean(process.env.CI);
// Overridable so several people (or helpers) can run suites side by side on one machine.
const appPort = Number(process.env.E2E_APP_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${appPort}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
      },
    },
  ],
  // E2E_SKIP_WEBSERVER=1 runs the specs that need no app (e2e/fake-aiml.spec.ts) without a build.
  webServer: process.env.E2E_SKIP_WEBSERVER
    ? undefined
    : {
        command: `npx vite preview --port ${appPort} --strictPort --host 127.0.0.1 --outDir ${distDir}`,
        url: baseURL,
        reuseExistingServer: !CI,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
