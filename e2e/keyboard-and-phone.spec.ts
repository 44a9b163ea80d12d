// What a keyboard user and a phone user notice first: focus that comes back where it was, a
// drawer that gets out of the way, the compare column in view, and no leftovers from a draft.
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, test, uniqueToken } from './fixtures.ts';

const exact = { exact: true } as const;
const phone = { width: 390, height: 844 };

test('closing the Inspector hands focus back to its Inspect button', async ({ playground, page }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.send(`Inspect focus ${uniqueToken()}`);
  const turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));

  const inspect = turn.getByRole('button', { name: 'Inspect', ...exact });
  await inspect.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Response: HTTP 200' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(inspect).toBeFocused();
});

test('New chat on a chat nobody has written in keeps that chat', async ({ playground }) => {
  await playground.goto();
  const before = await playground.conversationItems.count();
  await playground.newChat();
  await playground.newChat();
  await expect(playground.messageBox).toBeFocused();
  await expect(playground.conversationItems).toHaveCount(before);

  // Once something is typed, New chat starts another one and the draft stays with the first.
  await playground.messageBox.fill('A draft to keep');
  await playground.newChat();
  await expect(playground.conversationItems).toHaveCount(before + 1);
  await expect(playground.messageBox).toHaveValue('');
});

test('a refused file is no longer reported once the message is sent', async ({ playground, page }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.vision);
  await page.getByLabel('Attach image', exact).setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture\n') },
  ]);
  const refusal = page.getByRole('alert').filter({ hasText: '“notes.txt” can’t be attached' });
  await expect(refusal).toBeVisible();
  await playground.send(`Words only ${uniqueToken()}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.vision));
  await expect(refusal).toHaveCount(0);
});

test.describe('at phone width', () => {
  test.use({ viewport: phone });

  test('the conversations drawer closes on Escape and when another view opens', async ({ playground, page }) => {
    await playground.goto();
    const toggle = page.getByRole('button', { name: 'Show conversations', ...exact });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(playground.newChatButton).toBeVisible();

    await playground.newChatButton.focus();
    await page.keyboard.press('Escape');
    await expect(playground.newChatButton).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // A header button that opens another view does not leave the drawer over it.
    await toggle.click();
    await expect(playground.newChatButton).toBeVisible();
    await page.getByRole('button', { name: 'Compare', ...exact }).click();
    await expect(page.getByTestId('compare-columns')).toBeVisible();
    await expect(playground.newChatButton).toBeHidden();
  });

  test('the compare column switcher marks the column in view', async ({ playground, page }) => {
    await playground.goto();
    await page.getByRole('button', { name: 'Compare', ...exact }).click();
    const columns = page.getByRole('navigation', { name: 'Columns', ...exact });
    const columnA = columns.getByRole('button', { name: 'Column A', ...exact });
    const columnB = columns.getByRole('button', { name: 'Column B', ...exact });
    await expect(columnA).toHaveAttribute('aria-current', 'true');
    await expect(columnB).not.toHaveAttribute('aria-current', /.*/);

    await columnB.click();
    await expect(columnB).toHaveAttribute('aria-current', 'true');
    await expect(columnA).not.toHaveAttribute('aria-current', /.*/);

    // Swiping back (scrolling the columns) moves the mark too.
    await page.getByTestId('compare-columns').evaluate((element) => element.scrollTo({ left: 0 }));
    await expect(columnA).toHaveAttribute('aria-current', 'true');
  });

  test('the Undo notice of a deletion uses the width of the screen', async ({ playground, page }) => {
    await playground.goto();
    await playground.connectToFake();
    const token = uniqueToken();
    await playground.send(`${token} has a title long enough to wrap`);
    await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
    await page.getByRole('button', { name: 'Show conversations', ...exact }).click();
    const entry = playground.conversations.getByRole('listitem').filter({ hasText: token });
    await entry.getByRole('button', { name: 'Delete', ...exact }).click();

    const notice = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo', ...exact }) });
    await expect(notice).toBeVisible();
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    // Centred on the right half only, it was ~195 px wide.
    expect(box.width).toBeGreaterThan(phone.width * 0.75);
  });
});
