// Regenerates the README's screenshots (docs/*.png) from the production build in demo mode:
// `npm run build && SCREENSHOTS=1 npx playwright test e2e/presentation-screenshots.spec.ts`, or
// `node scripts/screenshots.mjs`. Skipped in the normal run: it writes files and takes minutes.
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const exact = { exact: true } as const;
const wide = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to regenerate docs/*.png');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots, ${colorScheme}`, async ({ playground, page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(wide);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await playground.goto();
    await page.getByRole('button', { name: 'Got it', ...exact }).click();
    const shot = (name: string) => page.screenshot({ path: `${docs}${name}-${colorScheme}.png` });

    // Chat: a thinking answer, its reasoning folded above it.
    await page.getByRole('button', { name: /A reasoning puzzle/ }).click();
    await playground.sendButton.click();
    await expect(playground.stopButton).toBeHidden({ timeout: 120_000 });
    await expect(playground.metrics(playground.lastAssistant())).toBeVisible();
    await shot('chat');

    await page.getByRole('button', { name: 'Presentation', ...exact }).click();
    await expect(playground.settingsButton).toBeHidden();
    await shot('presentation');
    await page.getByRole('button', { name: 'Presentation', ...exact }).click();

    await playground.openSettings();
    await shot('settings');
    await playground.closeSettings();

    await page.setViewportSize(phone);
    await shot('phone');
    await page.setViewportSize(wide);

    await page.getByRole('button', { name: 'Compare', ...exact }).click();
    await playground.send(
      'Compare SQLite and DuckDB for a small analytics app, in three bullet points.',
    );
    await expect(playground.stopButton).toBeHidden({ timeout: 120_000 });
    await shot('compare');
  });
}
