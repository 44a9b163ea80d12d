// Drives the built app through the names of shared/ui-contract.md, like the e2e page object:
// connect it to the fake AI/ML API, send a prompt, wait for the answer to finish.
import { expect, type Page } from '@playwright/test';
// eslint-disable-next-line no-restricted-imports -- the benchmarks reuse the e2e fake API (outside src/, no alias)
import { fakeBaseUrl, fakeOrigin } from '../e2e/fake-aiml/config.ts';

export const benchApiKey = 'bench-key';
export const textModel = 'alibaba/qwen3-32b';
const exact = { exact: true } as const;

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Message', ...exact })).toBeVisible();
}

/** Settings → the fake's key and Base URL; Thinking off, so the whole stream is the answer. */
export async function connectToFake(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', ...exact }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings', ...exact });
  await dialog.getByLabel('API key', exact).fill(benchApiKey);
  await dialog.getByLabel('Base URL', exact).fill(fakeBaseUrl);
  await dialog.getByRole('button', { name: 'Close', ...exact }).click();
  await expect(dialog).toBeHidden();
  const thinking = page.getByRole('checkbox', { name: 'Thinking', ...exact }).or(page.getByRole('switch', { name: 'Thinking', ...exact }));
  if (await thinking.isEnabled()) await thinking.setChecked(false);
}

export async function newChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New chat', ...exact }).first().click();
  await expect(page.getByRole('article', { name: /^Assistant/ })).toHaveCount(0);
}

/** Types the prompt and presses Enter (the page's recorder, if any, sees that keydown). */
export async function sendPrompt(page: Page, prompt: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message', ...exact });
  await box.fill(prompt);
  await box.press('Enter');
}

export async function waitForAnswerEnd(page: Page, timeout = 10 * 60_000): Promise<void> {
  const answer = page.getByRole('article', { name: /^Assistant/ }).last().getByTestId('answer');
  await expect(answer).toContainText('This is the fake answer from', { timeout });
  await expect(page.getByRole('button', { name: 'Stop', ...exact })).toBeHidden({ timeout });
}

/**
 * The same end as `waitForAnswerEnd`, for measured runs: a cheap DOM check from inside the page
 * every 250 ms. Playwright's role locators and `expect` polling build an accessibility snapshot
 * of the whole page on every poll (tens of ms on a long answer), which would be charged to the
 * app's main thread and frames while the baseline is never polled.
 */
export async function waitForStreamEnd(page: Page, timeout = 10 * 60_000): Promise<void> {
  await page.waitForFunction(
    (ending) => {
      // Live collections and attribute reads: no walk over a long answer while it streams.
      const articles = document.getElementsByTagName('article');
      const last = articles[articles.length - 1];
      if (!last || last.getAttribute('aria-busy') === 'true') return false;
      const answer = last.querySelector('[data-testid="answer"]');
      // The answer's markdown is busy while it still reveals text that has arrived.
      if (!answer || answer.firstElementChild?.getAttribute('aria-busy') === 'true') return false;
      return (answer.textContent ?? '').includes(ending);
    },
    'This is the fake answer from',
    { polling: 250, timeout },
  );
}

/** What the app sends for a prompt, as far as the fake's answer depends on it. */
export function chatRequest(prompt: string): { url: string; body: string; apiKey: string } {
  return {
    url: `${fakeOrigin}/v1/chat/completions`,
    body: JSON.stringify({
      model: textModel,
      messages: [{ role: 'user', content: prompt }],
      stream: true,
      stream_options: { include_usage: true },
    }),
    apiKey: benchApiKey,
  };
}
