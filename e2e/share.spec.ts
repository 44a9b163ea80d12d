// Share as HTML: one self-contained page that reads with JavaScript off — the answer, the folded
// reasoning (a plain <details>), the figures — and carries no script and no key.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, models, test, testApiKey, uniqueToken } from './fixtures.ts';

const exact = { exact: true } as const;

test('a shared conversation opens with JavaScript disabled and shows answer and reasoning', async ({
  playground,
  page,
  browser,
}, testInfo) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(true);
  const token = uniqueToken();
  await playground.send(`Share this ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: Share this ${token}`);

  await page.getByRole('button', { name: 'Tools', ...exact }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share as HTML', ...exact }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  // Saved under its name: the browser picks the type from the `.html` extension.
  const file = testInfo.outputPath('shared.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');

  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toContain(testApiKey);
  expect(html).toContain("default-src 'none'");

  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const reader = await context.newPage();
    await reader.goto(pathToFileURL(file).href);
    await expect(reader.getByRole('heading', { level: 1 })).toContainText(`Share this ${token}`);
    const answer = reader.locator('.answer');
    await expect(answer).toContainText(`Echo: Share this ${token}`);
    await expect(answer).toContainText('This is the fake answer from alibaba/qwen3-32b.');

    // The reasoning is folded; opening it needs no script.
    const summary = reader.locator('summary', { hasText: 'Reasoning' });
    const reasoning = reader.getByText('Let me think about');
    await expect(reasoning).toBeHidden();
    await summary.click();
    await expect(reasoning).toBeVisible();
    await expect(reader.locator('details.reasoning')).toHaveAttribute('open', '');
    // Figures came along.
    await expect(reader.getByText(/Completion \d+ tok/)).toBeVisible();
  } finally {
    await context.close();
  }
});
