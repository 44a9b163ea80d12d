// A long answer at full speed: 20k tokens of markdown with code blocks and math, one SSE chunk
// per token and no pause between chunks. It must complete with every code block the fake sent
// rendered (and highlighted), every formula typeset as MathML, and the page must take typing
// right after.
import { answerEnding, toPieces } from './fake-aiml/answer.ts';
import { expect, models, test, uniqueToken } from './fixtures.ts';

const tokens = 20_000;

/** What the fake sent: code blocks, display formulas and inline formulas. */
function countMarkdown(content: string) {
  const displayDelimiters = content.match(/^\$\$$/gm)?.length ?? 0;
  return {
    codeBlocks: content.match(/^```\w+$/gm)?.length ?? 0,
    displayMath: displayDelimiters / 2,
    inlineMath: content.match(/(?<!\$)\$(?!\$)[^$\n]+\$(?!\$)/g)?.length ?? 0,
  };
}

test('20k tokens of markdown with code and math at full speed render completely', async ({
  playground,
  fakeApi,
}) => {
  // On a loaded 2-core CI machine the frame-paced reveal of 20k tokens has taken over a minute.
  test.setTimeout(240_000);
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);

  const token = uniqueToken('long');
  await playground.send(`Long ${token} [[fake:long=${tokens}]] [[fake:tps=0]]`);
  const turn = playground.lastAssistant();
  const answer = playground.answer(turn);
  // A generous bound for a busy machine: this waits for the end, it measures nothing.
  await expect(answer).toContainText(answerEnding(models.text), { timeout: 180_000 });
  await expect(playground.stopButton).toBeHidden();

  const sent = (await fakeApi.waitForAnswered(token)).response;
  expect(sent?.outcome).toBe('complete');
  const content = sent?.content ?? '';
  expect(toPieces(content).length).toBeGreaterThanOrEqual(tokens);
  // One chunk per token: the stream really was token by token.
  expect(sent?.chunksSent ?? 0).toBeGreaterThanOrEqual(tokens);
  const expected = countMarkdown(content);
  expect(expected.codeBlocks).toBeGreaterThan(100);
  expect(expected.displayMath).toBeGreaterThan(100);
  expect(expected.inlineMath).toBeGreaterThan(2 * 100);

  await expect(answer.locator('pre > code')).toHaveCount(expected.codeBlocks);
  // Highlighting loads lazily; once there it reaches every block, not only the last one.
  await expect(answer.locator('pre > code.hljs')).toHaveCount(expected.codeBlocks);
  await expect(answer.locator('.md-math-display > math[display="block"]')).toHaveCount(
    expected.displayMath,
  );
  await expect(answer.locator('.md-math > math')).toHaveCount(
    expected.displayMath + expected.inlineMath,
  );
  await expect(answer.getByText('function part1(input: string): number {')).toBeVisible();
  await expect(answer.locator('pre > code').last()).toContainText(
    `function part${expected.codeBlocks}(`,
  );

  // Still responsive: the Message box takes typing at once.
  await playground.messageBox.pressSequentially('still responsive');
  await expect(playground.messageBox).toHaveValue('still responsive');
});
