// Compare: one prompt to several columns at once, each streamed on its own, with the figures of
// the last prompt side by side, votes and a Markdown report. Runs against the fake AI/ML API;
// `…@model` directives (e2e/fake-aiml/directives.ts) fail or slow down one column only.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { providerMessage } from './fake-aiml/errors.ts';
import {
  exactNumber,
  expect,
  FakeApi,
  models,
  test,
  testApiKey,
  uniqueToken,
  type Playground,
} from './fixtures.ts';
import { drawImage } from './draw-image.ts';

const exact = { exact: true } as const;
const bareVision = models.vision.replace('alibaba/', '');

/** The compare view's parts, by the names of ui-contract.md and the compare view. */
class ComparePage {
  constructor(
    readonly page: Page,
    readonly playground: Playground,
  ) {}

  get compareButton(): Locator {
    return this.page.getByRole('button', { name: 'Compare', ...exact });
  }
  column(name: string): Locator {
    return this.page.getByRole('region', { name, ...exact });
  }
  get textColumn(): Locator {
    return this.column(models.text);
  }
  get visionColumn(): Locator {
    return this.column(models.vision);
  }
  assistant(column: Locator): Locator {
    return column.getByRole('article', { name: /^Assistant/ }).last();
  }
  get figures(): Locator {
    return this.page.getByRole('table', { name: /^Figures/ });
  }

  async open(): Promise<void> {
    await this.playground.goto();
    await this.playground.connectToFake();
    await this.compareButton.click();
    await expect(this.compareButton).toHaveAttribute('aria-pressed', 'true');
    await expect(this.textColumn).toBeVisible();
    await expect(this.visionColumn).toBeVisible();
  }

  /** Waits until a column's last answer is complete (the fake's closing sentence). */
  async answered(column: Locator, model: string): Promise<void> {
    await expect(this.playground.answer(this.assistant(column))).toContainText(answerEnding(model));
  }
}

test.describe('Compare', () => {
  let compare: ComparePage;
  test.beforeEach(async ({ page, playground }) => {
    compare = new ComparePage(page, playground);
    await compare.open();
  });

  test('one Send streams to both columns at once; both answers are shown', async ({
    playground,
    fakeApi,
  }) => {
    const token = uniqueToken();
    await playground.send(`Hello ${token} [[fake:slow=120]]`);

    // Both requests are out while the answers still stream: the columns run concurrently.
    await expect
      .poll(async () =>
        (await fakeApi.chatRequestsContaining(token))
          .map((entry) => FakeApi.body(entry).model)
          .sort(),
      )
      .toEqual([models.text, models.vision]);
    await expect(playground.stopButton).toBeVisible();

    await compare.answered(compare.textColumn, models.text);
    await compare.answered(compare.visionColumn, models.vision);
    await expect(playground.answer(compare.assistant(compare.textColumn))).toContainText(
      `Echo: Hello ${token}`,
    );
    await expect(playground.reasoning(compare.assistant(compare.textColumn))).toBeVisible();
    await expect(compare.assistant(compare.visionColumn)).toHaveAttribute(
      'aria-label',
      `Assistant, ${models.vision}`,
    );
    await expect(playground.stopButton).toBeHidden();
    await expect(playground.messageBox).toHaveValue('');
  });

  test('an HTTP error in one column leaves the other complete', async ({ playground }) => {
    const token = uniqueToken();
    await playground.send(`Fail one ${token} [[fake:status=500@${bareVision}]]`);

    const alert = playground.alert(compare.assistant(compare.visionColumn));
    await expect(alert).toContainText('500');
    await expect(alert).toContainText(providerMessage(500));
    await compare.answered(compare.textColumn, models.text);
    await expect(playground.alert(compare.assistant(compare.textColumn))).toHaveCount(0);
    await expect(
      compare.visionColumn.getByRole('button', { name: 'Retry', ...exact }),
    ).toBeVisible();
  });

  test('a column can be halted alone while the other finishes; Stop stops all', async ({
    page,
    playground,
    fakeApi,
  }) => {
    const token = uniqueToken();
    await playground.send(`Halt one ${token} [[fake:slow=250@${bareVision}]]`);
    await expect(playground.answer(compare.assistant(compare.visionColumn))).toContainText('Echo');
    const halt = compare.visionColumn.getByRole('button', { name: 'Halt column B', ...exact });
    await halt.click();
    await expect(compare.visionColumn).toContainText('Stopped. What arrived is kept.');
    await expect(halt).toBeHidden();
    await compare.answered(compare.textColumn, models.text);
    await expect(playground.answer(compare.assistant(compare.visionColumn))).not.toContainText(
      answerEnding(models.vision),
    );
    const visionOutcome = async () =>
      (await fakeApi.chatRequestsContaining(token)).find(
        (entry) => FakeApi.body(entry).model === models.vision,
      )?.response?.outcome;
    await expect.poll(visionOutcome).toBe('client-closed');

    // Stop (the shared one) ends every column.
    const second = uniqueToken();
    await playground.send(`Stop all ${second} [[fake:slow=250]]`);
    await expect(playground.answer(compare.assistant(compare.visionColumn))).toContainText('Echo');
    await playground.stop();
    await expect(page.getByText('Stopped. What arrived is kept.')).toHaveCount(3);
    await expect(playground.stopButton).toBeHidden();
  });

  test('thinking on vs off of one model sends enable_thinking true and false; the VL column none', async ({
    page,
    playground,
    fakeApi,
  }) => {
    await page.getByRole('button', { name: 'Add column', ...exact }).click();
    // Two columns of one model: each name still starts with the model id.
    const thinkingOn = compare.column(`${models.text} (column A, thinking on)`);
    const thinkingOff = compare.column(`${models.text} (column C, thinking off)`);
    await expect(thinkingOn).toBeVisible();
    await expect(thinkingOff).toBeVisible();
    await expect(
      thinkingOff.getByRole('checkbox', { name: 'Thinking for column C', ...exact }),
    ).not.toBeChecked();

    const token = uniqueToken();
    await playground.send(`Think or not ${token}`);
    await expect.poll(async () => (await fakeApi.chatRequestsContaining(token)).length).toBe(3);
    const bodies = (await fakeApi.chatRequestsContaining(token)).map((entry) =>
      FakeApi.body(entry),
    );
    const text = bodies
      .filter((body) => body.model === models.text)
      .map((body) => body.enable_thinking)
      .sort();
    expect(text).toEqual([false, true]);
    const vision = bodies.find((body) => body.model === models.vision);
    expect(vision).toBeDefined();
    expect(vision).not.toHaveProperty('enable_thinking');

    await compare.answered(thinkingOn, models.text);
    await compare.answered(thinkingOff, models.text);
    await expect(playground.reasoning(compare.assistant(thinkingOn))).toBeVisible();
    await expect(playground.reasoning(compare.assistant(thinkingOff))).toHaveCount(0);
  });

  test('each column keeps its own history; the next prompt goes to all with theirs', async ({
    playground,
    fakeApi,
  }) => {
    const first = uniqueToken();
    await playground.send(`First ${first}`);
    await compare.answered(compare.textColumn, models.text);
    await compare.answered(compare.visionColumn, models.vision);
    const second = uniqueToken();
    await playground.send(`Second ${second}`);
    await expect.poll(async () => (await fakeApi.chatRequestsContaining(second)).length).toBe(2);
    for (const entry of await fakeApi.chatRequestsContaining(second)) {
      const body = FakeApi.body(entry);
      const roles = body.messages.map((message) => message.role);
      expect(roles).toEqual(['user', 'assistant', 'user']);
      // The assistant turn in the history is this column's own answer.
      expect(String(body.messages[1]?.content)).toContain(answerEnding(body.model));
    }
    await compare.answered(compare.textColumn, models.text);
    await expect(compare.textColumn.getByRole('article', { name: /^You/ })).toHaveCount(2);
  });

  test('a reload keeps the comparison, its answers and its vote', async ({ page, playground }) => {
    const token = uniqueToken();
    await playground.send(`Keep me ${token}`);
    await compare.answered(compare.textColumn, models.text);
    await compare.answered(compare.visionColumn, models.vision);
    await page.getByRole('button', { name: 'B better', ...exact }).click();
    await expect(page.getByRole('button', { name: 'B better', ...exact })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await expect(compare.compareButton).toHaveAttribute('aria-pressed', 'true');
    await expect(playground.answer(compare.assistant(compare.textColumn))).toContainText(
      `Echo: Keep me ${token}`,
    );
    await expect(playground.answer(compare.assistant(compare.visionColumn))).toContainText(
      answerEnding(models.vision),
    );
    await expect(page.getByRole('button', { name: 'B better', ...exact })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(playground.conversationEntry(`Keep me ${token}`)).toHaveCount(1);

    // Compare again goes back to a chat; the comparison stays in the list and opens as one.
    await compare.compareButton.click();
    await expect(compare.compareButton).toHaveAttribute('aria-pressed', 'false');
    await expect(compare.textColumn).toHaveCount(0);
    await playground.conversationEntry(`Keep me ${token}`).click();
    await expect(compare.visionColumn).toBeVisible();
  });

  test('the figures table shows the usage chunks’ numbers and marks the better values', async ({
    page,
    playground,
    fakeApi,
  }) => {
    const token = uniqueToken();
    await playground.send(`Numbers ${token}`);
    await compare.answered(compare.textColumn, models.text);
    await compare.answered(compare.visionColumn, models.vision);

    const entries = await Promise.all(
      [1, 2].map((count) => fakeApi.waitForAnswered(token, { count })),
    );
    const usage = (model: string) =>
      entries.find((entry) => FakeApi.body(entry).model === model)!.response!.usage!;
    const table = compare.figures;
    await expect(table).toBeVisible();
    const header = table.getByRole('row').first();
    await expect(header.getByRole('columnheader').nth(1)).toContainText('A');
    const cells = (label: string) =>
      table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
    for (const [index, model] of [models.text, models.vision].entries()) {
      await expect(cells('Prompt tokens').nth(index)).toContainText(
        exactNumber(usage(model).prompt_tokens),
      );
      await expect(cells('Completion tokens').nth(index)).toContainText(
        exactNumber(usage(model).completion_tokens),
      );
    }
    await expect(cells('Reasoning tokens').nth(0)).toContainText(
      exactNumber(usage(models.text).completion_tokens_details.reasoning_tokens),
    );
    await expect(cells('Total time').first()).toContainText(/\d/);
    await expect(cells('Cost').first()).toContainText('$');
    // Without reasoning the VL model's completion is shorter: its cell is marked best, in words.
    await expect(cells('Completion tokens').nth(1)).toContainText('best');
    await expect(cells('Completion tokens').nth(0)).not.toContainText('best');
    // Each answer also has its own figures.
    await expect(playground.metrics(compare.assistant(compare.textColumn))).toBeVisible();

    // Differences on demand, word by word.
    await page.getByRole('button', { name: 'Show differences', ...exact }).click();
    const dialog = page.getByRole('dialog', { name: 'Differences' });
    await expect(dialog.getByTestId('word-diff').locator('del')).toContainText(['qwen3-32b']);
    await expect(dialog.getByTestId('word-diff').locator('ins')).toContainText([
      'qwen3-vl-32b-instruct',
    ]);
    await dialog.getByRole('button', { name: 'Close', ...exact }).click();

    // A vote, then the Markdown report with the summary.
    await page.getByRole('button', { name: 'A better', ...exact }).click();
    const summary = page.getByRole('table', { name: /^Summary/ });
    await expect(
      summary
        .getByRole('row', { name: /^Votes won/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('1');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report', ...exact }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^comparison-.*\.md$/);
    const report = await readFile(await download.path(), 'utf8');
    expect(report).toContain(`Numbers ${token}`);
    expect(report).toContain('Vote: A better.');
    expect(report).toContain('| Votes won | 1 | 0 |');
    expect(report).not.toContain(testApiKey);
  });

  test('an attached image reaches only the VL column; the text column gets the text only', async ({
    page,
    playground,
    fakeApi,
  }) => {
    const blue = await drawImage(page, 'blue.png', 40, 30, '#3366ff');
    await page.getByLabel('Attach image', exact).setInputFiles(blue);
    await expect(page.getByRole('button', { name: 'Remove image', ...exact })).toBeVisible();

    const token = uniqueToken();
    await playground.send(`What colour ${token}`);
    await expect.poll(async () => (await fakeApi.chatRequestsContaining(token)).length).toBe(2);
    const bodies = (await fakeApi.chatRequestsContaining(token)).map((entry) =>
      FakeApi.body(entry),
    );
    const vision = bodies.find((body) => body.model === models.vision)!;
    const text = bodies.find((body) => body.model === models.text)!;
    const visionParts = vision.messages[vision.messages.length - 1]!.content as {
      type: string;
      image_url?: { url: string };
    }[];
    expect(visionParts.map((part) => part.type)).toEqual(['text', 'image_url']);
    expect(visionParts[1]!.image_url!.url).toMatch(/^data:image\/png;base64,/);
    expect(typeof text.messages[text.messages.length - 1]!.content).toBe('string');
    expect(JSON.stringify(text)).not.toContain('image_url');

    await compare.answered(compare.textColumn, models.text);
    await compare.answered(compare.visionColumn, models.vision);
    await expect(
      compare.textColumn.getByText('text only: this model cannot see images'),
    ).toBeVisible();
    await expect(
      compare.visionColumn.getByText('text only: this model cannot see images'),
    ).toHaveCount(0);
    await expect(
      compare.visionColumn.getByRole('article', { name: /^You/ }).getByRole('img'),
    ).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Remove image', ...exact })).toHaveCount(0);
  });
});

test('the fake API applies a directive aimed at one model to that model only', async ({
  fakeApi,
}) => {
  const token = uniqueToken();
  const send = (model: string) =>
    fetch(`${fakeApi.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${testApiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model,
        messages: [{ role: 'user', content: `Aim ${token} [[fake:status=503@${bareVision}]]` }],
      }),
    });
  expect((await send(models.vision)).status).toBe(503);
  const other = await send(models.text);
  expect(other.status).toBe(200);
  expect(JSON.stringify(await other.json())).toContain(`Aim ${token}`);
});
