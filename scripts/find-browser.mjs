// Finds a Chromium to run the end-to-end tests with: CHROMIUM_PATH, then Playwright's own
// download, then a system browser. Used by playwright.config.ts and ensure-browser.mjs.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

/** Launch arguments for a browser Playwright did not install (harmless for its own one). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function exists(path) {
  try {
    return Boolean(path) && fs.existsSync(path);
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  const managed = playwrightChromium();
  if (managed && exists(managed)) return managed;
  return systemChromiumPaths.find(exists) ?? null;
}
