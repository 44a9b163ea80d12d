// Presentation mode: one toggle (and Ctrl+Shift+P) enlarges the type and hides the chrome, keeping
// the composer and the answers; the prompt deck steps through prompts, each sent on demand.
import type { Locator } from '@playwright/test';
import { expect, models, test, uniqueToken, type Playground } from './fixtures.ts';
import { drawImage } from './draw-image.ts';

const exact = { exact: true } as const;

function presentationToggle(playground: Playground) {
  return playground.page.getByRole('button', { name: 'Presentation', ...exact });
}

async function fontSizeOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

test('presentation mode hides settings and chrome, enlarges the text, and comes back', async ({
  playground,
  page,
}) => {
  await playground.goto();
  await playground.connectToFake();
  const token = uniqueToken();
  await playground.send(`Present ${token}`);
  const turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, `Echo: Present ${token}`);

  const answerText = playground.answer(turn).locator('p').first();
  const answerBefore = await fontSizeOf(answerText);
  const boxBefore = await fontSizeOf(playground.messageBox);
  const toggle = presentationToggle(playground);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveAttribute('title', /Ctrl\+Shift\+P/);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(playground.settingsButton).toBeHidden();
  await expect(playground.conversations).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'System prompt', ...exact })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Parameters' })).toBeHidden();
  // What the audience needs stays.
  await expect(playground.messageBox).toBeVisible();
  await expect(playground.sendButton).toBeVisible();
  await expect(playground.answer(turn)).toContainText(`Echo: Present ${token}`);
  expect(await fontSizeOf(answerText)).toBeGreaterThan(answerBefore * 1.15);
  expect(await fontSizeOf(playground.messageBox)).toBeGreaterThan(boxBefore * 1.15);

  // The shortcut works while typing in the message box, and Settings comes back.
  await playground.messageBox.focus();
  await page.keyboard.press('Control+Shift+P');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(playground.settingsButton).toBeVisible();
  expect(await fontSizeOf(answerText)).toBeCloseTo(answerBefore, 1);

  // Escape leaves presentation mode too.
  await page.keyboard.press('Control+Shift+P');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await playground.messageBox.blur();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('a prompt deck steps through two prompts (one with an image), each sent on demand', async ({
  playground,
  page,
  fakeApi,
}) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.vision);
  const first = `First deck prompt ${uniqueToken()}`;
  const second = `Second deck prompt ${uniqueToken()}`;

  await page.getByRole('button', { name: 'Tools', ...exact }).click();
  await page.getByRole('button', { name: 'Prompt deck', ...exact }).click();
  const deck = page.getByRole('dialog', { name: 'Prompt deck', ...exact });
  await expect(deck).toBeVisible();
  await deck.getByRole('button', { name: 'Add prompt', ...exact }).click();
  await deck.getByRole('textbox', { name: 'Prompt 1', ...exact }).fill(first);
  await deck.getByRole('button', { name: 'Add prompt', ...exact }).click();
  await deck.getByRole('textbox', { name: 'Prompt 2', ...exact }).fill(second);
  const blue = await drawImage(page, 'blue.png', 40, 30, '#3366ff');
  await deck.getByLabel('Image for prompt 2').setInputFiles(blue);
  await expect(deck.getByRole('img', { name: 'blue.png' })).toBeVisible();
  await deck.getByRole('button', { name: 'Close', ...exact }).click();
  await expect(deck).toBeHidden();

  await presentationToggle(playground).click();
  await expect(page.getByText('Prompt 1 of 2')).toBeVisible();

  // Step 1 by keyboard: PageDown stages it in the composer (outside a text field)…
  await playground.messageBox.blur();
  await page.keyboard.press('PageDown');
  await expect(playground.messageBox).toHaveValue(first);
  await expect(playground.userTurns).toHaveCount(0);
  // …and a second press sends it.
  await playground.messageBox.blur();
  await page.keyboard.press('PageDown');
  await expect(playground.lastUser()).toContainText(first);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: ${first}`);

  // Step 2 with the button (and Alt+N, which works even while typing).
  await expect(page.getByText('Prompt 2 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Next prompt', ...exact }).click();
  await expect(playground.messageBox).toHaveValue(second);
  // Its image is attached in the composer, ready to go with it.
  await expect(page.getByRole('button', { name: 'Remove image', ...exact })).toHaveCount(1);
  await playground.messageBox.focus();
  await page.keyboard.press('Alt+N');
  await expect(playground.userTurns).toHaveCount(2);
  await expect(playground.lastUser()).toContainText(second);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: ${second}`);

  // One request per step: the second carries the first as history.
  expect(await fakeApi.chatRequestsContaining(first)).toHaveLength(2);
  const [request] = await fakeApi.chatRequestsContaining(second);
  expect(JSON.stringify(request?.body)).toContain('data:image/');
  expect(await fakeApi.chatRequestsContaining(second)).toHaveLength(1);
  await expect(page.getByText(/Deck done/)).toBeVisible();
});
