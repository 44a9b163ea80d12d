// The conversation follows the end of a streaming answer until the reader scrolls away. A fast
// answer grows between the view's scroll to the end and the next scroll event; that growth
// once read as the reader leaving, and the view stopped following within a second.
import { distanceToEnd, scrollerOf } from './distance-to-end.ts';
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, test, uniqueToken } from './fixtures.ts';

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
});

test('a long answer at full speed stays followed to its end', async ({ playground }) => {
  test.setTimeout(180_000);
  await playground.send(`Follow ${uniqueToken('follow')} [[fake:long=8000]] [[fake:tps=0]]`);
  const answer = playground.answer(playground.lastAssistant());
  // The answer's text is marked busy while it is still being revealed.
  const revealing = answer.locator('[aria-busy="true"]');
  await expect(revealing).toHaveCount(1);

  // Sampled while the answer is revealed: the end stays in view (a sample can fall between a
  // render and the scroll that follows it, so most samples, not all).
  const distances: number[] = [];
  while ((await revealing.count()) > 0) {
    distances.push(await distanceToEnd(answer));
    await answer.page().waitForTimeout(250);
  }
  expect(distances.length).toBeGreaterThan(4);
  const near = distances.filter((distance) => distance < 120).length;
  expect(near / distances.length, `distances to the end: ${distances.join(', ')}`).toBeGreaterThan(
    0.8,
  );

  await expect(answer.getByText(answerEnding(models.text))).toBeInViewport();
  expect(await distanceToEnd(answer)).toBeLessThan(120);
});

test('scrolling up while an answer streams leaves the view put, and back at the end it follows again', async ({
  playground,
  page,
}) => {
  test.setTimeout(120_000);
  await playground.send(`Follow ${uniqueToken('leave')} [[fake:long=2000]] [[fake:tps=150]]`);
  const answer = playground.answer(playground.lastAssistant());
  const answerTop = () =>
    answer.evaluate((element) => Math.round(element.getBoundingClientRect().top));
  // More than a screen of answer, then the reader scrolls up over the conversation.
  await expect
    .poll(() => answer.evaluate((element) => element.getBoundingClientRect().height), {
      timeout: 60_000,
    })
    .toBeGreaterThan(1500);
  await page.mouse.move(700, 300);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => distanceToEnd(answer)).toBeGreaterThan(400);
  const leftAt = await answerTop();
  const leftWithHeight = await answer.evaluate((element) => element.getBoundingClientRect().height);

  // The answer grows below while the view stays where the reader put it.
  await expect
    .poll(() => answer.evaluate((element) => element.getBoundingClientRect().height))
    .toBeGreaterThan(leftWithHeight + 300);
  expect(Math.abs((await answerTop()) - leftAt)).toBeLessThan(2);
  await expect(playground.stopButton).toBeVisible();

  // Back at the end while it streams, the view follows it again, to its last line.
  await page.mouse.wheel(0, 100_000);
  await expect(playground.stopButton).toBeHidden({ timeout: 60_000 });
  await expect(answer.getByText(answerEnding(models.text))).toBeInViewport();
  expect(await distanceToEnd(answer)).toBeLessThan(120);
});

test('a change above the view as the answer grows does not stop the following', async ({
  playground,
  page,
}) => {
  test.setTimeout(120_000);
  await playground.send(`Follow ${uniqueToken('anchor')} [[fake:long=1500]] [[fake:tps=0]]`);
  const answer = playground.answer(playground.lastAssistant());
  await expect(playground.stopButton).toBeHidden({ timeout: 60_000 });
  // Revealed to its end, so nothing but the change below moves the page.
  await expect(answer.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => distanceToEnd(answer)).toBeLessThan(120);

  // In one task between two frames: the prompt far above the view gets 14 px shorter, the
  // conversation grows at its end, and a script reads the layout (any script may). The browser's
  // scroll anchoring then moved the view up by 14 px, and that move read as the reader's.
  const scroller = await scrollerOf(answer);
  await scroller.evaluate((scroller) => {
    const prompt = scroller.querySelector('article');
    if (!prompt) throw new Error('no conversation');
    prompt.style.height = `${prompt.offsetHeight - 14}px`;
    prompt.style.overflow = 'hidden';
    const more = document.createElement('div');
    more.style.height = '600px';
    scroller.firstElementChild?.append(more);
    void scroller.scrollTop;
  });
  await scroller.dispose();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(await distanceToEnd(answer)).toBeLessThan(120);
});
