// `npm run bench`: every benchmark (bench/*.bench.ts) in ONE worker, so runs never compete for
// the CPU, against the production build served by `vite preview` and the fake AI/ML API.
// Playwright's runner is used for its TypeScript transpilation and its Chromium driving; the
// Node-only benchmark (SSE parsing) runs in the same worker.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
// eslint-disable-next-line no-restricted-imports -- the same browser finder as the e2e config
import { chromiumArgs, findChromium } from '../scripts/find-browser.mjs';

// Own ports and build dir, so a benchmark run can share the machine with the e2e suite.
process.env.FAKE_AIML_PORT ??= '4015';
const appPort = Number(process.env.BENCH_APP_PORT ?? 4185);
const distDir = process.env.BENCH_DIST ?? 'dist-bench';
process.env.BENCH_DIST = distDir;
const baseURL = `http://127.0.0.1:${appPort}`;

// The benchmarks never reach the real provider: its hosts do not resolve. Not with Playwright's
// request routing: with a route installed, Chromium holds each request until the page's main
// thread is free and skips the CORS preflight cache, so the app's rendering of the sent
// message was charged to its time to first token (measured: a main thread busy 15 ms after
// fetch() delayed the request by 15 ms with a route, by 1-3 ms without one).
const offlineProvider = '--host-resolver-rules=MAP aimlapi.com ~NOTFOUND, MAP *.aimlapi.com ~NOTFOUND';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['./results-reporter.ts']],
  globalSetup: './global-setup.ts',
  outputDir: './.tmp/test-results',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium() ?? undefined, args: [...chromiumArgs, offlineProvider] },
  },
  webServer: {
    // The repository root, where vite.config.ts and the build dir are.
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    command: `npx vite preview --port ${appPort} --strictPort --host 127.0.0.1 --outDir ${distDir}`,
    url: baseURL,
    reuseExistingServer: true,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
