// Conversations survive a reload: finished turns stay, the open conversation is open again, and a
// turn cut by the reload is shown as it was with a Retry button.
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, test, uniqueToken } from './fixtures.ts';

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
});

test('finished turns and the open conversation survive a reload', async ({ playground, page }) => {
  const first = uniqueToken();
  const second = uniqueToken();
  await playground.send(`Keep ${first}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await playground.send(`Keep too ${second}`);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: Keep too ${second}`);
  await expect(playground.answer(playground.lastAssistant())).toContainText(
    answerEnding(models.text),
  );

  await page.reload();

  await expect(playground.userTurns).toHaveCount(2);
  await expect(playground.assistantTurns).toHaveCount(2);
  await expect(playground.userTurns.first()).toContainText(`Keep ${first}`);
  await expect(playground.lastUser()).toContainText(`Keep too ${second}`);
  await expect(playground.answer(playground.assistantTurns.first())).toContainText(
    `Echo: Keep ${first}`,
  );
  await expect(playground.answer(playground.lastAssistant())).toContainText(
    answerEnding(models.text),
  );
  await expect(playground.lastAssistant()).toBeInViewport();
  await expect(playground.demoBadge).toBeHidden();
});

test('a reload mid-stream keeps the partial turn and offers Retry', async ({
  playground,
  page,
  fakeApi,
}) => {
  const token = uniqueToken();
  await playground.send(`Cut by reload ${token} [[fake:slow=300]] [[fake:long=200]]`);
  const turn = playground.lastAssistant();
  await expect(playground.answer(turn)).toContainText(`Echo: Cut by reload ${token}`);
  // Several chunks later (≈ 2.5 s at 300 ms a chunk), the echo line is surely persisted, however
  // the app throttles its writes; the answer is still far from its end.
  await expect(playground.answer(turn)).toContainText('Quick model streams tokens');
  await expect(playground.stopButton).toBeVisible();

  await page.reload();

  const after = playground.lastAssistant();
  await expect(playground.lastUser()).toContainText(`Cut by reload ${token}`);
  await expect(playground.retryButton(after)).toBeVisible();
  await expect(playground.answer(after)).toContainText(`Echo: Cut by reload ${token}`);
  await expect(playground.answer(after)).not.toContainText(answerEnding(models.text));
  await expect(playground.stopButton).toBeHidden();
  await expect
    .poll(async () => (await fakeApi.chatRequestsContaining(token))[0]?.response?.outcome)
    .toBe('client-closed');
});
