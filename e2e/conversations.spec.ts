// Conversations people can trust: the list (rename, pin, search, delete + undo), versions and
// branches, a reload mid-stream, two tabs at once, export/import and hostile files.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, Playground, test, uniqueToken } from './fixtures.ts';

const exact = { exact: true } as const;

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
});

async function chat(playground: Playground, prompt: string): Promise<void> {
  await playground.send(prompt);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
}

/** The list entries, in order (each entry is one list item of the nav). */
const entries = (playground: Playground) => playground.conversations.getByRole('listitem');
const button = (page: Page, name: string) => page.getByRole('button', { name, ...exact });

test('rename, pin, search, delete and undo in the list', async ({ playground, page }) => {
  const first = uniqueToken('first');
  const hidden = uniqueToken('hidden');
  const second = uniqueToken('second');
  await chat(playground, `Alpha ${first}`);
  await chat(playground, `Only in the text ${hidden}`);
  await playground.newChat();
  await chat(playground, `Beta ${second}`);
  await expect(entries(playground).first()).toContainText(second);

  // Inline rename: Escape cancels, Enter saves.
  await playground.conversationEntry(first).click();
  await playground.conversationEntry(first).dblclick();
  const titleField = page.getByRole('textbox', { name: 'Conversation title' });
  await titleField.fill('Never saved');
  await titleField.press('Escape');
  await expect(playground.conversationEntry(first)).toHaveCount(1);
  await button(page, 'Rename').click();
  await titleField.fill(`Renamed ${first}`);
  await titleField.press('Enter');
  await expect(
    playground.conversations.getByRole('button', { name: `Renamed ${first}`, ...exact }),
  ).toBeVisible();

  // Pin: the older conversation goes to the top.
  await button(page, 'Pin').click();
  await expect(button(page, 'Unpin')).toBeVisible();
  await expect(entries(playground).first()).toContainText(`Renamed ${first}`);

  // Search finds message text, not only titles, and marks the match.
  const search = page.getByRole('searchbox', { name: 'Search conversations' });
  await search.fill(hidden.toUpperCase());
  await expect(entries(playground)).toHaveCount(1);
  await expect(entries(playground).first()).toContainText(`Renamed ${first}`);
  await expect(entries(playground).first().locator('mark')).toHaveText(hidden);
  await search.fill(`nothing-${uniqueToken()}`);
  await expect(entries(playground)).toHaveCount(0);
  await expect(playground.conversations.getByRole('status')).toHaveText('No conversation matches.');
  await search.press('Escape');
  await expect(entries(playground)).toHaveCount(2);

  // Delete, then Undo.
  const beta = entries(playground).filter({ hasText: second });
  await beta.getByRole('button', { name: 'Delete', ...exact }).click();
  await expect(playground.conversationEntry(second)).toHaveCount(0);
  await button(page, 'Undo').click();
  await expect(playground.conversationEntry(second)).toHaveCount(1);

  await page.reload();
  await expect(entries(playground).first()).toContainText(`Renamed ${first}`);
  await expect(playground.conversationEntry(second)).toHaveCount(1);
});

test('keyboard: a shortcut for a new chat and one for search', async ({ playground, page }) => {
  await chat(playground, `Keys ${uniqueToken()}`);
  await page.keyboard.press('ControlOrMeta+Shift+O');
  await expect(playground.userTurns).toHaveCount(0);
  await expect(entries(playground)).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+K');
  await expect(page.getByRole('searchbox', { name: 'Search conversations' })).toBeFocused();
  await expect(playground.newChatButton).toHaveAttribute('title', /Shift\+O|⌘⇧O/);
});

test('regenerate keeps the old answer as a version to flip back to', async ({ playground }) => {
  await chat(playground, `Versions ${uniqueToken()}`);
  const turn = playground.lastAssistant();
  await turn.getByRole('button', { name: 'Regenerate', ...exact }).click();
  await expect(turn.getByText('2 / 2')).toBeVisible();
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await playground.lastAssistant().getByRole('button', { name: 'Previous version' }).click();
  await expect(playground.lastAssistant().getByText('1 / 2')).toBeVisible();
  await playground.lastAssistant().getByRole('button', { name: 'Next version' }).click();
  await expect(playground.lastAssistant().getByText('2 / 2')).toBeVisible();
});

test('editing a prompt branches; the old branch stays reachable', async ({ playground, page }) => {
  const original = uniqueToken('orig');
  const edited = uniqueToken('edit');
  await chat(playground, `Original ${original}`);
  await playground.lastUser().getByRole('button', { name: 'Edit prompt' }).click();
  await page.getByRole('textbox', { name: 'Edited prompt' }).fill(`Edited ${edited}`);
  await button(page, 'Branch from here').click();
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: Edited ${edited}`);
  await expect(playground.userTurns).toHaveCount(1);
  await expect(playground.lastUser().getByText('2 / 2')).toBeVisible();

  await playground.lastUser().getByRole('button', { name: 'Previous version' }).click();
  await expect(playground.lastUser()).toContainText(`Original ${original}`);
  await expect(playground.answer(playground.lastAssistant())).toContainText(
    `Echo: Original ${original}`,
  );
});

test('a reload mid-stream keeps the partial turn; Retry completes it', async ({
  playground,
  page,
}) => {
  const token = uniqueToken();
  await playground.send(`Cut ${token} [[fake:slow=400]]`);
  await expect(playground.answer(playground.lastAssistant())).toContainText(`Echo: Cut ${token}`);
  await page.reload();

  const cut = playground.lastAssistant();
  await expect(playground.retryButton(cut)).toBeVisible();
  await playground.retryButton(cut).click();
  await expect(playground.answer(playground.lastAssistant())).toContainText(
    answerEnding(models.text),
    {
      timeout: 25_000,
    },
  );
  await expect(playground.lastAssistant().getByText('2 / 2')).toBeVisible();
});

test('two tabs editing at once lose nothing', async ({ playground, page, fakeApi }) => {
  test.setTimeout(60_000);
  const one = uniqueToken('one');
  await chat(playground, `Tab one ${one}`);

  const other = new Playground(await page.context().newPage(), fakeApi);
  await other.goto();
  await other.newChat();
  const two = uniqueToken('two');
  const more = uniqueToken('more');
  // Both tabs stream at the same time, each in its own conversation.
  await Promise.all([
    playground.send(`More in one ${more} [[fake:slow=60]]`),
    other.send(`Tab two ${two} [[fake:slow=60]]`),
  ]);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await other.waitForAnswer(other.lastAssistant(), answerEnding(models.text));

  const expectBoth = async (tab: Playground) => {
    await expect(tab.conversationEntry(`Tab one ${one}`)).toHaveCount(1);
    await expect(tab.conversationEntry(`Tab two ${two}`)).toHaveCount(1);
    await tab.conversationEntry(`Tab one ${one}`).click();
    await expect(tab.userTurns).toHaveCount(2);
    await expect(tab.answer(tab.lastAssistant())).toContainText(answerEnding(models.text));
    await expect(tab.lastUser()).toContainText(more);
    await tab.conversationEntry(`Tab two ${two}`).click();
    await expect(tab.userTurns).toHaveCount(1);
    await expect(tab.answer(tab.lastAssistant())).toContainText(answerEnding(models.text));
  };
  await expectBoth(playground);
  await expectBoth(other);

  await page.reload();
  await other.page.reload();
  await expectBoth(playground);
  await expectBoth(other);
});

test('export then import round-trips a conversation identically', async ({
  playground,
  page,
  browser,
}) => {
  const token = uniqueToken('trip');
  await chat(playground, `Round trip ${token}`);
  await playground
    .lastAssistant()
    .getByRole('button', { name: 'Regenerate', ...exact })
    .click();
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));

  const exportOne = async (tab: Page) => {
    await button(tab, 'Export').click();
    const dialog = tab.getByRole('dialog', { name: 'Export conversation' });
    const downloading = tab.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download JSON' }).click();
    const download = await downloading;
    return { path: await download.path(), name: download.suggestedFilename() };
  };
  const first = await exportOne(page);
  expect(first.name).toMatch(/\.json$/);
  const original = JSON.parse(await readFile(first.path, 'utf8')) as { conversations: unknown[] };
  expect(JSON.stringify(original)).not.toContain('test-key-123');

  // Into a browser with no data at all: ids are free, so everything comes back as it was.
  const fresh = await browser.newContext();
  const other = new Playground(await fresh.newPage(), playground.fake);
  await other.goto();
  await other.page.getByLabel('Import conversations').setInputFiles(first.path);
  await expect(
    other.page.getByRole('status').filter({ hasText: 'Imported 1 conversation.' }),
  ).toBeVisible();
  await other.conversationEntry(`Round trip ${token}`).click();
  await expect(other.lastAssistant().getByText('2 / 2')).toBeVisible();
  await expect(other.lastUser()).toContainText(`Round trip ${token}`);

  const again = JSON.parse(
    await readFile((await exportOne(other.page)).path, 'utf8'),
  ) as typeof original;
  expect(again.conversations).toEqual(original.conversations);
  await fresh.close();

  // Into the same browser: ids collide, so the copy gets fresh ones and both stay.
  await page.getByLabel('Import conversations').setInputFiles(first.path);
  await expect(playground.conversationEntry(`Round trip ${token}`)).toHaveCount(2);
});

test('a hostile import pollutes nothing and leaves existing data intact', async ({
  playground,
  page,
}) => {
  const token = uniqueToken('keep');
  await chat(playground, `Keep me ${token}`);
  const importInput = page.getByLabel('Import conversations');

  const conversation = `{"id":"c_x","kind":"chat","title":"Sneaky","pinned":false,"createdAt":1,"updatedAt":1,
    "settings":{"modelId":"alibaba/qwen3-32b","thinking":false,"systemPrompt":"","params":{},"__proto__":{"polluted":"yes"}},
    "messages":[{"id":"m_x","parentId":null,"role":"user","text":"<img src=x onerror=alert(1)>","images":[],"createdAt":1,
      "constructor":{"prototype":{"polluted":"yes"}}}],
    "selected":{"__proto__":{"polluted":"yes"},"root":"m_x"}}`;
  const file = (conversations: string) =>
    Buffer.from(
      `{"format":"qwen-playground/conversations","version":1,"exportedAt":"now","__proto__":{"polluted":"yes"},"conversations":[${conversations}],"images":{}}`,
    );

  // Polluting keys are dropped; the rest is a valid conversation, imported as plain text.
  await importInput.setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: file(conversation),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 1 conversation.' }),
  ).toBeVisible();
  await expect(playground.lastUser()).toHaveText('<img src=x onerror=alert(1)>');
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  // A file with a wrong type is refused with its reason, and nothing changes.
  const wrong = conversation.replace('"pinned":false', '"pinned":"yes"');
  await importInput.setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: file(wrong),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'Import failed' });
  await expect(refusal).toContainText('not a complete Qwen Playground export');
  await expect(refusal).toContainText('Nothing was changed.');
  // The schema's findings are one click away.
  await refusal.getByText('What is wrong', { exact: true }).click();
  await expect(refusal.getByText(/pinned/)).toBeVisible();
  await expect(playground.conversationEntry('Sneaky')).toHaveCount(1);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  await playground.conversationEntry(token).click();
  await expect(playground.lastUser()).toContainText(`Keep me ${token}`);
  await expect(playground.answer(playground.lastAssistant())).toContainText(
    answerEnding(models.text),
  );
});
