// The prompt lab against the fake AI/ML API: the Inspector's raw stream, model facts from
// GET /models, balance and key check, and saved prompts that round-trip.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, FakeApi, models, test, testApiKey, uniqueToken } from './fixtures.ts';

const exact = { exact: true } as const;

function inspector(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Turn inspector' });
}

/** `Event 3: content, 120 ms` → [3, 'content', 120] for every row on screen. */
async function shownEvents(dialog: Locator): Promise<[number, string, number][]> {
  const labels = await dialog.getByRole('button', { name: /^Event \d+: / }).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  );
  return labels.map((label) => {
    const match = /^Event (\d+): (\w+), (\d+) ms$/.exec(label);
    if (!match) throw new Error(`unexpected row label ${label}`);
    return [Number(match[1]), match[2] ?? '', Number(match[3])];
  });
}

test.describe('with the fake API', () => {
  test.beforeEach(async ({ playground }) => {
    await playground.goto();
    await playground.connectToFake();
  });

  test('the inspector shows a turn’s request, response head and chunks in order with times', async ({
    playground,
    page,
  }) => {
    const token = uniqueToken();
    await playground.chooseModel(models.text);
    await playground.setThinking(true);
    await playground.send(`Inspect me ${token}`);
    const turn = playground.lastAssistant();
    await playground.waitForAnswer(turn, answerEnding(models.text));

    await turn.getByRole('button', { name: 'Inspect', ...exact }).click();
    const dialog = inspector(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Request body', exact)).toContainText(`Inspect me ${token}`);
    await expect(dialog.getByLabel('Request body', exact)).toContainText('"enable_thinking": true');
    await expect(dialog.getByLabel('Request headers', exact)).toContainText('Bearer <YOUR_AIMLAPI_KEY>');
    await expect(dialog.getByRole('heading', { name: 'Response: HTTP 200' })).toBeVisible();
    await expect(dialog.getByLabel('Response headers', exact)).toContainText('x-inference-id');

    // All events, numbered from 1 in arrival order, times never going back.
    const rows = await shownEvents(dialog);
    expect(rows.length).toBeGreaterThan(5);
    rows.forEach(([number], index) => expect(number).toBe(index + 1));
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]![2]).toBeGreaterThanOrEqual(rows[i - 1]![2]);
    expect(rows.some(([, kind]) => kind === 'reasoning')).toBe(true);

    // Filtered: only content chunks, still in order, all after the first reasoning chunk.
    await dialog.getByRole('radio', { name: /^content/ }).check();
    const content = await shownEvents(dialog);
    expect(content.length).toBeGreaterThan(0);
    expect(content.every(([, kind]) => kind === 'content')).toBe(true);
    for (let i = 1; i < content.length; i += 1) expect(content[i]![0]).toBeGreaterThan(content[i - 1]![0]);
    await dialog.getByRole('radio', { name: /^reasoning/ }).check();
    const reasoning = await shownEvents(dialog);
    expect(reasoning.every(([, kind]) => kind === 'reasoning')).toBe(true);
    expect(reasoning[0]![0]).toBeLessThan(content[0]![0]);
    expect(reasoning[0]![2]).toBeLessThanOrEqual(content[0]![2]);
    await dialog.getByRole('radio', { name: /^usage/ }).check();
    await expect(dialog.getByRole('button', { name: /^Event \d+: usage/ })).toHaveCount(1);

    // One event in full, copyable.
    await dialog.getByRole('button', { name: /^Event \d+: usage/ }).click();
    await expect(dialog.getByLabel(/^Event \d+ data$/)).toContainText('"prompt_tokens"');
    await expect(dialog.getByRole('button', { name: 'To clipboard: selected event' })).toBeVisible();

    // Nothing in it shows the key.
    expect(await dialog.textContent()).not.toContain(testApiKey);
    await dialog.getByRole('button', { name: 'Close', ...exact }).click();
    await expect(dialog).toBeHidden();

    // After a reload the capture is gone, and the inspector says so.
    await page.reload();
    await playground.lastAssistant().getByRole('button', { name: 'Inspect', ...exact }).click();
    await expect(inspector(page)).toContainText('Not recorded: captures are kept in memory for turns of this session.');
  });

  test('the inspector follows a turn live while it streams', async ({ playground, page }) => {
    await playground.chooseModel(models.text);
    await playground.setThinking(false);
    await playground.send(`Slowly ${uniqueToken()} [[fake:slow=150]]`);
    await expect(playground.stopButton).toBeVisible();
    await playground.lastAssistant().getByRole('button', { name: 'Inspect', ...exact }).click();
    const heading = inspector(page).getByRole('heading', { name: /^Stream: \d+ events?$/ });
    const count = async () => Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0] ?? 0);
    const first = await count();
    await expect.poll(count).toBeGreaterThan(first);
    await expect(playground.stopButton).toBeHidden({ timeout: 20_000 });
    await expect(inspector(page).getByRole('radio', { name: /^usage 1$/ })).toBeVisible();
  });

  test('a chat model only the provider lists can be picked, as a plain text model', async ({ playground, page }) => {
    // The fake lists two models; this adds a third, as the real list has many.
    await page.route(`${playground.fake.baseUrl}/models*`, async (route) => {
      const response = await route.fetch();
      const list = (await response.json()) as { data: unknown[] };
      list.data.push({ id: 'acme/other-chat-7b', type: 'chat-completion', info: { name: 'Other Chat 7B', contextLength: 8192 } });
      list.data.push({ id: 'acme/image-gen', type: 'image' });
      await route.fulfill({ response, json: list });
    });
    await page.reload();
    await expect(playground.modelSelect.locator('option[value="acme/other-chat-7b"]')).toHaveText('Other Chat 7B (acme/other-chat-7b)');
    await expect(playground.modelSelect.locator('option[value="acme/image-gen"]')).toHaveCount(0);
    await playground.chooseModel('acme/other-chat-7b');
    await expect(playground.thinkingToggle).toBeDisabled();
    await expect(page.getByTestId('model-facts')).toHaveText('8,192 context');
  });

  test('model facts from GET /models fill the picker; balance and key check', async ({ playground, page }) => {
    await playground.chooseModel(models.text);
    const facts = page.getByTestId('model-facts');
    await expect(facts).toHaveText('131,072 context · 16,384 max output');
    await playground.chooseModel(models.vision);
    await expect(facts).toHaveText('131,072 context · 32,768 max output');
    await expect(playground.modelSelect.locator(`option[value="${models.vision}"]`)).toHaveAttribute('title', /32,768 max output/);

    await expect(page.getByTestId('balance')).toHaveText(/\$123\.45/);

    const settings = await playground.openSettings();
    await settings.getByRole('button', { name: 'Check key', ...exact }).click();
    await expect(settings.getByTestId('key-check')).toHaveText('Key valid · fake test key · chat, models');
    await playground.closeSettings();
  });

  test('preset round-trip: save, start a chat from it, export, import', async ({ playground, page, fakeApi }) => {
    const token = uniqueToken();
    const name = `Lab preset ${token}`;
    await playground.chooseModel(models.text);
    await playground.setThinking(false);
    await page.getByRole('textbox', { name: 'System prompt', ...exact }).fill(`Answer as a pirate ${token}`);
    await page.getByRole('button', { name: 'Parameters', ...exact }).click();
    await page.getByLabel('Temperature', exact).fill('1.3');
    await page.getByText(/^Advanced:/).click();
    await page.getByLabel('Seed', exact).fill('77');
    await page.getByRole('textbox', { name: 'Stop sequence 1', ...exact }).fill('\\n\\nEND');
    await playground.messageBox.fill(`Preset prompt ${token}`);

    const open = async () => {
      await page.getByRole('button', { name: 'Saved prompts', ...exact }).click();
      const dialog = page.getByRole('dialog', { name: 'Saved prompts' });
      await expect(dialog).toBeVisible();
      return dialog;
    };
    let dialog = await open();
    await dialog.getByLabel('Preset name', exact).fill(name);
    await dialog.getByRole('button', { name: 'Save as preset', ...exact }).click();
    await expect(dialog.getByRole('listitem', { name, ...exact })).toContainText('Qwen3 32B · temperature, seed, stop');

    // Export it, then discard it, then bring it back by importing the file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export presets', ...exact }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { presets: { name: string; params: unknown }[] };
    expect(exported.presets.find((preset) => preset.name === name)?.params).toEqual({ temperature: 1.3, seed: 77, stop: ['\n\nEND'] });
    expect(JSON.stringify(exported)).not.toContain(testApiKey);

    await dialog.getByRole('button', { name: `Discard preset: ${name}`, ...exact }).click();
    await expect(dialog.getByRole('listitem', { name, ...exact })).toHaveCount(0);
    await dialog.getByLabel('Presets file', exact).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
    await expect(dialog.getByRole('status')).toContainText('Not a presets file');
    await dialog.getByLabel('Presets file', exact).setInputFiles(file);
    await expect(dialog.getByRole('status')).toContainText(/Imported \d+ presets?/);
    await expect(dialog.getByRole('listitem', { name, ...exact })).toBeVisible();

    // Start a chat from it: a new conversation with its prompt, settings and message.
    await dialog.getByRole('button', { name: `Start chat: ${name}`, ...exact }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'System prompt', ...exact })).toHaveValue(`Answer as a pirate ${token}`);
    await expect(playground.messageBox).toHaveValue(`Preset prompt ${token}`);
    await expect(playground.thinkingToggle).not.toBeChecked();
    await expect(playground.userTurns).toHaveCount(0);

    await playground.messageBox.press('Enter');
    await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
    const body = FakeApi.body(await fakeApi.waitForRequest(`Preset prompt ${token}`));
    expect(body).toMatchObject({ model: models.text, enable_thinking: false, temperature: 1.3, seed: 77, stop: ['\n\nEND'] });
    expect(body.messages[0]).toEqual({ role: 'system', content: `Answer as a pirate ${token}` });
    dialog = await open();
    await expect(dialog.getByRole('listitem', { name: 'Reasoning puzzle (Qwen3 32B, thinking)', ...exact })).toBeVisible();
  });
});

test('in demo mode the picker uses the built-in models and nothing is fetched', async ({ playground, page, baseURL }) => {
  const outside: string[] = [];
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(appOrigin) && /^https?:/.test(request.url())) outside.push(request.url());
  });
  await playground.goto();
  await expect(playground.demoBadge).toBeVisible();
  await expect(playground.modelSelect.locator('option')).toHaveCount(2);
  await expect(page.getByTestId('balance')).toHaveCount(0);
  await page.getByRole('button', { name: 'View code', ...exact }).click();
  await expect(page.getByRole('dialog', { name: 'View code' }).getByTestId('snippet')).toContainText('<YOUR_AIMLAPI_KEY>');
  expect(outside).toEqual([]);
});
