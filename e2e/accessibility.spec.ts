// axe-core in the chat, compare, settings and presentation views, light and dark: no serious or
// critical violation (contrast, names, roles, landmarks).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, uniqueToken, type Playground } from './fixtures.ts';

const exact = { exact: true } as const;

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

async function chatWithAnswer(playground: Playground): Promise<void> {
  await playground.goto();
  await playground.connectToFake();
  await playground.setThinking(true);
  const token = uniqueToken();
  await playground.send(`Check accessibility ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: Check accessibility ${token}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    });

    test('chat view (empty, then with an answer)', async ({ playground, page }) => {
      await playground.goto();
      expect(await seriousViolations(page)).toEqual([]);
      await chatWithAnswer(playground);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('settings dialog', async ({ playground, page }) => {
      await playground.goto();
      await playground.openSettings();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('compare view', async ({ playground, page }) => {
      await playground.goto();
      await page.getByRole('button', { name: 'Compare', ...exact }).click();
      await expect(page.getByRole('region').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('presentation view', async ({ playground, page }) => {
      await chatWithAnswer(playground);
      await page.getByRole('button', { name: 'Presentation', ...exact }).click();
      await expect(playground.settingsButton).toBeHidden();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('demo tools: deck, recordings, keyboard shortcuts', async ({ playground, page }) => {
      await playground.goto();
      await page.getByRole('button', { name: 'Tools', ...exact }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Prompt deck', ...exact }).click();
      const deck = page.getByRole('dialog', { name: 'Prompt deck', ...exact });
      await deck.getByRole('button', { name: 'Add prompt', ...exact }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await deck.getByRole('button', { name: 'Close', ...exact }).click();
      // Closing hands focus back to whatever had it; '?' must not be typed into a text field.
      await expect(deck).toBeHidden();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts', ...exact });
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText('Ctrl+Shift+P');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();

      await page.getByRole('button', { name: 'Tools', ...exact }).click();
      await page.getByRole('button', { name: 'Recordings', ...exact }).click();
      await expect(page.getByRole('dialog', { name: 'Recordings', ...exact })).toContainText(
        'No recordings yet',
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
