// Makes sure a Chromium exists for the end-to-end tests, without a terminal (CI):
// 1. one is already there (CHROMIUM_PATH, Playwright's download, a system browser) → done;
// 2. `npx playwright install chromium`;
// 3. on Linux with apt-get: `apt-get install -y chromium` as root, or through `sudo -n`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';
import { findChromium } from './find-browser.mjs';

const minute = 60_000;

function run(command, args, { timeout, env } = {}) {
  console.log(`[ensure-browser] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout,
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (result.error) console.warn(`[ensure-browser] ${command} failed: ${result.error.message}`);
  else if (result.status !== 0)
    console.warn(`[ensure-browser] ${command} exited with ${result.status ?? result.signal}`);
  return !result.error && result.status === 0;
}

function found(how) {
  const path = findChromium();
  if (path) console.log(`[ensure-browser] Chromium ${how}: ${path}`);
  return path;
}

function hasApt() {
  return (
    process.platform === 'linux' &&
    ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => fs.existsSync(path))
  );
}

function aptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const aptArgs = [['update'], ['install', '-y', 'chromium']];
  if (isRoot) return aptArgs.every((args) => run('apt-get', args, { timeout: 10 * minute, env }));
  if (run('sudo', ['-n', 'true'], { timeout: 10_000 })) {
    return aptArgs.every((args) =>
      run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], {
        timeout: 10 * minute,
      }),
    );
  }
  console.warn('[ensure-browser] not root and `sudo -n` is not available: cannot use apt-get');
  return false;
}

function main() {
  if (found('found')) return 0;

  console.log('[ensure-browser] no Chromium found; trying `npx playwright install chromium`');
  run('npx', ['playwright', 'install', 'chromium'], { timeout: 5 * minute });
  if (found('installed by Playwright')) return 0;

  if (hasApt()) {
    console.log('[ensure-browser] trying apt-get install chromium');
    aptInstall();
    if (found('installed by apt-get')) return 0;
  }

  console.error(
    [
      '[ensure-browser] No Chromium available for the end-to-end tests.',
      'Tried: CHROMIUM_PATH, Playwright’s own browsers, /usr/bin/chromium(-browser), /usr/bin/google-chrome(-stable),',
      '`npx playwright install chromium`' + (hasApt() ? ' and apt-get install chromium.' : '.'),
      'Fix: run `npx playwright install --with-deps chromium`, or install Chromium and set CHROMIUM_PATH.',
    ].join('\n'),
  );
  return 1;
}

process.exit(main());
