#!/usr/bin/env node
// Regenerates docs/*.png (chat, compare, presentation, settings, phone; light and dark) from a
// production build in demo mode, through e2e/presentation-screenshots.spec.ts.
// Usage: node scripts/screenshots.mjs   (E2E_APP_PORT / FAKE_AIML_PORT to move the ports)
import { spawnSync } from 'node:child_process';

const outDir = process.env.E2E_DIST ?? 'dist-screenshots';
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--outDir', outDir]);
run('npx', ['playwright', 'test', 'e2e/presentation-screenshots.spec.ts', '--reporter=line'], {
  SCREENSHOTS: '1',
  E2E_DIST: outDir,
});
console.log('docs/*.png updated');
