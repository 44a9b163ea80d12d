// View code hands out the exact request: each snippet, run outside the browser against the fake
// API, prints the expected answer (curl and Node always; Python where python3 has `requests`).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, FakeApi, models, test, testApiKey, uniqueToken } from './fixtures.ts';

const run = promisify(execFile);
const exact = { exact: true } as const;

function pythonWithRequests(): boolean {
  try {
    execFileSync('python3', ['-c', 'import requests'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of a streamed answer in raw SSE output: the `delta.content` pieces joined. */
function contentOfSse(output: string): string {
  let text = '';
  for (const line of output.split(/\r?\n/)) {
    if (!line.startsWith('data:')) continue;
    const raw = line.slice(5).trim();
    if (raw === '[DONE]') continue;
    const chunk = JSON.parse(raw) as { choices?: { delta?: { content?: string | null } }[] };
    text += chunk.choices?.[0]?.delta?.content ?? '';
  }
  return text;
}

async function snippet(page: Page, dialog: Locator, tab: string): Promise<string> {
  await dialog.getByRole('tab', { name: tab, ...exact }).click();
  await dialog.getByRole('button', { name: `To clipboard: ${tab}`, ...exact }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('snippets run against the fake API', () => {
  let token: string;
  let dialog: Locator;

  test.beforeEach(async ({ playground, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    token = uniqueToken();
    await playground.goto();
    await playground.connectToFake();
    await playground.chooseModel(models.text);
    await playground.setThinking(true);
    // A known conversation: one finished turn, then a draft.
    await playground.send(`First question ${token}`);
    await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
    await playground.messageBox.fill(`Second question ${token}`);
    await page.getByRole('button', { name: 'View code', ...exact }).click();
    dialog = page.getByRole('dialog', { name: 'View code' });
    await expect(dialog).toBeVisible();
  });

  test('curl streams the same body the next Send sends, and the answer comes back', async ({ page, playground, fakeApi }) => {
    const code = await snippet(page, dialog, 'curl');
    expect(code).toContain('Bearer <YOUR_AIMLAPI_KEY>');
    expect(code).not.toContain(testApiKey);
    const { stdout } = await run('sh', ['-c', code], { timeout: 20_000 });
    const answer = contentOfSse(stdout);
    expect(answer).toContain(`**Echo:** Second question ${token}`);
    expect(answer).toContain(answerEnding(models.text));

    // The request the snippet made is the one the app then makes.
    await dialog.getByRole('button', { name: 'Close', ...exact }).click();
    await playground.sendButton.click();
    await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
    const [fromSnippet, fromApp] = await fakeApi.chatRequestsContaining(`Second question ${token}`);
    expect(fromSnippet && fromApp).toBeTruthy();
    expect(FakeApi.body(fromSnippet!)).toEqual(FakeApi.body(fromApp!));
  });

  test('the Node (fetch) snippet prints the reasoning, then the answer', async ({ page }) => {
    const code = await snippet(page, dialog, 'JavaScript');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { timeout: 20_000 });
    const [reasoning, answer] = stdout.split('--- MODEL RESPONSE ---');
    expect(reasoning).toContain('--- MODEL REASONING ---');
    expect(reasoning).toContain(`Let me think about “Second question ${token}”.`);
    expect(answer).toContain(`**Echo:** Second question ${token}`);
    expect(answer).toContain(answerEnding(models.text));
  });

  test('with "Include my API key" the key replaces the placeholder', async ({ page }) => {
    await dialog.getByLabel('Include my API key', exact).check();
    const code = await snippet(page, dialog, 'curl');
    expect(code).toContain(`Bearer ${testApiKey}`);
    expect(code).not.toContain('<YOUR_AIMLAPI_KEY>');
  });

  test('the Python snippets (streaming and one response) print the answer', async ({ page }) => {
    test.skip(!pythonWithRequests(), 'python3 with the requests package is not installed here');
    const streaming = await snippet(page, dialog, 'Python');
    const streamed = await run('python3', ['-c', streaming], { timeout: 20_000 });
    expect(streamed.stdout).toContain(`Let me think about “Second question ${token}”.`);
    expect(streamed.stdout.split('--- MODEL RESPONSE ---')[1]).toContain(`**Echo:** Second question ${token}`);

    const oneResponse = await snippet(page, dialog, 'Python, one response');
    expect(oneResponse).toContain('"enable_thinking": False');
    const answered = await run('python3', ['-c', oneResponse], { timeout: 20_000 });
    expect(answered.stdout).toContain(answerEnding(models.text));
  });
});
