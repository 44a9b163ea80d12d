// Without an API key the app runs on its offline demo provider: a visible `Demo` badge, answers
// streamed in the browser, and not one request leaving the page's origin.
import type { Request } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, test, uniqueToken } from './fixtures.ts';

test('with no key: Demo badge, a thinking answer streams, nothing leaves the origin', async ({
  playground,
  page,
  fakeApi,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const outside: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== appOrigin) {
      outside.push(`${request.method()} ${request.url()}`);
    }
  });

  await playground.goto();
  await expect(playground.demoBadge).toBeVisible();

  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(true);
  await playground.send(`Hello demo ${token}`);

  await expect(playground.lastUser()).toContainText(`Hello demo ${token}`);
  const turn = playground.lastAssistant();
  await expect(playground.reasoning(turn)).toBeVisible();
  // Once streaming ends (the reasoning panel proves it began), the answer has text. The demo
  // provider paces its answers like a real model, so this can take a while.
  await expect(playground.stopButton).toBeHidden({ timeout: 60_000 });
  await expect(playground.answer(turn)).toHaveText(/\S/);
  await expect(playground.alert(turn)).toHaveCount(0);

  expect(outside).toEqual([]);
  expect(await fakeApi.requestsContaining(token)).toEqual([]);
});

test('entering a key hides the Demo badge at once, without a reload; turns go live', async ({
  playground,
  page,
  fakeApi,
}) => {
  let loads = 0;
  page.on('load', () => (loads += 1));
  await playground.goto();
  await expect(playground.demoBadge).toBeVisible();
  const loadsBefore = loads;

  await playground.connectToFake();
  await expect(playground.demoBadge).toBeHidden();

  const token = uniqueToken();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
  await playground.send(`Live now ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  await fakeApi.waitForRequest(token);
  expect(loads).toBe(loadsBefore);
});
