// Every way a turn can fail shows an alert inside the assistant turn — with the HTTP status and
// the server's message — and leaves the composer usable.
import { answerEnding } from './fake-aiml/answer.ts';
import { openAiErrorMessage, providerMessage, streamErrorMessage } from './fake-aiml/errors.ts';
import { expect, models, test, uniqueToken, type Playground } from './fixtures.ts';

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
});

/** A following send succeeds: the composer is usable again after a failure. */
async function sendsAgain(playground: Playground) {
  const token = uniqueToken();
  await playground.send(`Again ${token}`);
  const turn = playground.lastAssistant();
  await expect(playground.answer(turn)).toContainText(`Echo: Again ${token}`);
  await playground.waitForAnswer(turn, answerEnding(models.text));
  await expect(playground.alert(turn)).toHaveCount(0);
}

const httpErrors: { name: string; directive: string; status: number; message: string | RegExp }[] =
  [
    ...[401, 403, 404, 429, 500, 503, 504].map((status) => ({
      name: `HTTP ${status}`,
      directive: `[[fake:status=${status}]]`,
      status,
      message: providerMessage(status),
    })),
    {
      name: 'HTTP 502 with an HTML gateway page',
      directive: '[[fake:html=502]]',
      status: 502,
      message: /bad gateway/i,
    },
    {
      name: 'HTTP 500 in OpenAI’s error shape',
      directive: '[[fake:openai-error=500]]',
      status: 500,
      message: openAiErrorMessage,
    },
  ];

for (const { name, directive, status, message } of httpErrors) {
  test(`${name}: an alert with the status and the message; the composer works again`, async ({
    playground,
  }) => {
    const token = uniqueToken();
    const text = `Fail ${token} ${directive}`;
    await playground.send(text);

    await expect(playground.lastUser()).toContainText(`Fail ${token}`);
    await expect(playground.messageBox).toHaveValue('');
    const alert = playground.alert(playground.lastAssistant());
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(String(status));
    await expect(alert).toContainText(message);
    await expect(playground.stopButton).toBeHidden();

    await sendsAgain(playground);
  });
}

test('a connection cut mid-stream keeps the partial answer and shows an alert', async ({
  playground,
}) => {
  const token = uniqueToken();
  // Role chunk + three content chunks: "**Echo:** ", "Partial ", "<token>\n\n".
  await playground.send(`Partial ${token} [[fake:drop-after=4]]`);
  const turn = playground.lastAssistant();
  await expect(playground.alert(turn)).toBeVisible();
  await expect(playground.answer(turn)).toContainText(`Echo: Partial ${token}`);
  await expect(playground.answer(turn)).not.toContainText(answerEnding(models.text));
  await expect(playground.stopButton).toBeHidden();

  await sendsAgain(playground);
});

test('an error chunk in the stream shows its message', async ({ playground }) => {
  const token = uniqueToken();
  await playground.send(`Crash ${token} [[fake:stream-error]]`);
  const turn = playground.lastAssistant();
  await expect(playground.alert(turn)).toContainText(streamErrorMessage);
  await expect(playground.answer(turn)).toContainText('Echo:');
  await expect(playground.stopButton).toBeHidden();

  await sendsAgain(playground);
});
