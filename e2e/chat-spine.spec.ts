// The spine of the playground against the fake AI/ML API: a prompt becomes a request, the
// ragged stream becomes reasoning and an answer, the usage chunk becomes figures.
import { answerEnding } from './fake-aiml/answer.ts';
import { exactNumber, expect, FakeApi, models, test, uniqueToken } from './fixtures.ts';

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
});

test('a thinking turn streams reasoning first, then folds it when the answer starts', async ({
  playground,
  fakeApi,
}) => {
  const token = uniqueToken();
  // Slow enough to see the reasoning stream while its panel is open.
  const prompt = `Think about ${token} [[fake:slow=120]]`;
  const shown = `Think about ${token}`;
  await playground.chooseModel(models.text);
  await playground.setThinking(true);
  await playground.send(prompt);

  await expect(playground.lastUser()).toContainText(shown);
  await expect(playground.messageBox).toHaveValue('');

  const turn = playground.lastAssistant();
  await expect(turn).toHaveAttribute('aria-label', new RegExp(models.text.replace('/', '\\/')));
  const reasoning = playground.reasoning(turn);
  await expect(reasoning).toBeVisible();
  await expect(reasoning).toContainText('Let me think about');
  await expect(reasoning).toContainText(shown);

  // The answer arrives, and the panel folds to a one-line summary.
  const answer = playground.answer(turn);
  await expect(answer).toContainText(`Echo: ${shown}`);
  const toggle = playground.reasoningToggle(turn);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveText(/^\s*(Thought|Reasoning)/);
  await expect(answer).toContainText(answerEnding(models.text));
  await expect(playground.stopButton).toBeHidden();

  // The reasoning sits before the answer in DOM order.
  const reasoningFirst = await turn.evaluate((article) => {
    const panel = article.querySelector('[data-testid="reasoning"]');
    const body = article.querySelector('[data-testid="answer"]');
    return (
      !!panel &&
      !!body &&
      !!(panel.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  expect(reasoningFirst).toBe(true);

  // Reopening shows the full reasoning again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(reasoning).toContainText('that should do');

  const body = FakeApi.body(await fakeApi.waitForRequest(token));
  expect(body).toMatchObject({
    model: models.text,
    stream: true,
    enable_thinking: true,
    stream_options: { include_usage: true },
  });
  expect(body.messages.at(-1)).toMatchObject({ role: 'user' });
  expect(JSON.stringify(body.messages.at(-1))).toContain(token);
});

test('thinking off: enable_thinking false and no reasoning panel', async ({
  playground,
  fakeApi,
}) => {
  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
  await playground.send(`Quick ${token}`);

  const turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));
  await expect(playground.answer(turn)).toContainText(`Echo: Quick ${token}`);
  await expect(playground.reasoning(turn)).toHaveCount(0);

  const body = FakeApi.body(await fakeApi.waitForRequest(token));
  expect(body).toMatchObject({ model: models.text, stream: true, enable_thinking: false });
});

test('the VL model: Thinking is disabled and enable_thinking is not sent', async ({
  playground,
  fakeApi,
}) => {
  const token = uniqueToken();
  await playground.chooseModel(models.vision);
  await expect(playground.thinkingToggle).toBeDisabled();
  await playground.send(`Look ${token}`);

  const turn = playground.lastAssistant();
  await expect(turn).toHaveAttribute('aria-label', /qwen3-vl-32b-instruct/);
  await playground.waitForAnswer(turn, answerEnding(models.vision));
  await expect(playground.reasoning(turn)).toHaveCount(0);

  const body = FakeApi.body(await fakeApi.waitForRequest(token));
  expect(body.model).toBe(models.vision);
  expect(body.stream).toBe(true);
  expect(body).not.toHaveProperty('enable_thinking');
});

test('metrics show the token counts of the usage chunk', async ({ playground, fakeApi }) => {
  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(true);
  await playground.send(`Count ${token}`);

  const turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));
  const { response } = await fakeApi.waitForAnswered(token);
  const usage = response?.usage;
  expect(usage).toBeDefined();
  const metrics = playground.metrics(turn);
  await expect(metrics).toBeVisible();
  await expect(metrics).toContainText(exactNumber(usage?.prompt_tokens ?? -1));
  await expect(metrics).toContainText(exactNumber(usage?.completion_tokens ?? -1));
});

test('tolerant parsing: a malformed chunk, a missing [DONE], reasoning inline in <think>', async ({
  playground,
}) => {
  await playground.chooseModel(models.text);
  await playground.setThinking(false);

  const malformed = uniqueToken();
  await playground.send(`Bad chunk ${malformed} [[fake:malformed]]`);
  let turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));
  await expect(playground.answer(turn)).toContainText(`Echo: Bad chunk ${malformed}`);

  const noDone = uniqueToken();
  await playground.send(`No done ${noDone} [[fake:no-done]]`);
  turn = playground.lastAssistant();
  await expect(playground.answer(turn)).toContainText(`Echo: No done ${noDone}`);
  await playground.waitForAnswer(turn, answerEnding(models.text));
  await expect(playground.alert(turn)).toHaveCount(0);

  const inline = uniqueToken();
  await playground.send(`Inline ${inline} [[fake:think-inline]]`);
  turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));
  await expect(playground.answer(turn)).not.toContainText('<think>');
  await expect(playground.answer(turn)).not.toContainText('Let me think about');
  await expect(playground.reasoning(turn)).toBeVisible();
  await playground.reasoningToggle(turn).click();
  await expect(playground.reasoning(turn)).toContainText(`Let me think about “Inline ${inline}”`);
});

test('a long markdown answer renders headings, lists, code and tables', async ({ playground }) => {
  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
  await playground.send(`Long ${token} [[fake:long=400]]`);

  const turn = playground.lastAssistant();
  await playground.waitForAnswer(turn, answerEnding(models.text));
  const answer = playground.answer(turn);
  await expect(answer.getByRole('heading', { name: /Section 1: streaming notes/ })).toBeVisible();
  await expect(answer.getByRole('listitem').first()).toBeVisible();
  await expect(answer.getByRole('table').first()).toBeVisible();
  await expect(answer.locator('pre code').first()).toContainText('function part1');
});

test('Stop during a slow stream keeps the partial answer', async ({ playground, fakeApi }) => {
  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
  await playground.send(`Stop me ${token} [[fake:slow=250]] [[fake:long=200]]`);

  const turn = playground.lastAssistant();
  const answer = playground.answer(turn);
  await expect(answer).toContainText(`Echo: Stop me ${token}`);
  await expect(playground.stopButton).toBeVisible();
  await playground.stop();
  await expect(playground.stopButton).toBeHidden();

  // The app really aborted the request, and kept what had arrived.
  await expect
    .poll(async () => (await fakeApi.chatRequestsContaining(token))[0]?.response?.outcome)
    .toBe('client-closed');
  await expect(answer).toContainText(`Echo: Stop me ${token}`);
  await expect(answer).not.toContainText(answerEnding(models.text));
  await expect(playground.messageBox).toBeEditable();
});

test('New chat opens an empty conversation; the nav lists both', async ({ playground }) => {
  const first = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
  await playground.send(`First chat ${first}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));

  await expect(playground.conversationEntry(first)).toHaveCount(1);
  const itemsBefore = await playground.conversationItems.count();

  await playground.newChat();
  await expect(playground.userTurns).toHaveCount(0);
  await expect(playground.assistantTurns).toHaveCount(0);
  await expect(playground.messageBox).toHaveValue('');
  // Both conversations are listed: the first one and the new, empty one.
  await expect(playground.conversationItems).toHaveCount(itemsBefore + 1);
  await expect(playground.conversationEntry(first)).toHaveCount(1);

  const second = uniqueToken();
  await playground.send(`Second chat ${second}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await expect(playground.userTurns).toHaveCount(1);

  // Back to the first conversation.
  await playground.conversationEntry(first).click();
  await expect(playground.userTurns).toHaveCount(1);
  await expect(playground.lastUser()).toContainText(`First chat ${first}`);
  await expect(playground.userTurns.filter({ hasText: second })).toHaveCount(0);
});

test('a live answer is fetched by the relay worker, not by the page', async ({ playground, page }) => {
  // With a key set, the worker starts before the first request.
  await expect.poll(() => page.workers().some((worker) => worker.url().includes('fetch-relay'))).toBe(true);
  const token = uniqueToken();
  await playground.send(`Relay ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), `Echo: Relay ${token}`);
  // The worker is there (it loaded under the app's Content-Security-Policy) and made the request.
  const relay = page.workers().find((worker) => worker.url().includes('fetch-relay'));
  expect(relay, 'the fetch-relay worker is running').toBeDefined();
  const fetchedByWorker = await relay!.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(fetchedByWorker.some((url) => url.endsWith('/chat/completions'))).toBe(true);
  const fetchedByPage = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(fetchedByPage.some((url) => url.endsWith('/chat/completions'))).toBe(false);
});

test('Remove turn takes a prompt with what followed, and Undo puts it back', async ({ playground, page }) => {
  await playground.setThinking(false);
  const first = uniqueToken('keep');
  const second = uniqueToken('drop');
  await playground.send(`Keep ${first}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await playground.send(`Drop ${second}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await expect(playground.userTurns).toHaveCount(2);

  await playground.lastUser().getByRole('button', { name: 'Remove turn', exact: true }).click();
  await expect(playground.userTurns).toHaveCount(1);
  await expect(playground.assistantTurns).toHaveCount(1);
  await expect(playground.lastUser()).toContainText(first);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(playground.userTurns).toHaveCount(2);
  await expect(playground.assistantTurns).toHaveCount(2);
  await expect(playground.lastUser()).toContainText(second);
  await expect(playground.answer(playground.lastAssistant())).toContainText(answerEnding(models.text));

  // Still there after a reload: the copy put back is saved like any turn.
  await page.reload();
  await expect(playground.userTurns).toHaveCount(2);
  await expect(playground.lastUser()).toContainText(second);
});
