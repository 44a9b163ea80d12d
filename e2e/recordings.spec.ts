// Record and replay: a live turn saved as a recording streams again — same parser, same view —
// with no request leaving the page, at its recorded pace.
import { readFile } from 'node:fs/promises';
import type { Locator, Page, Request } from '@playwright/test';
import { expect, models, test, uniqueToken } from './fixtures.ts';

const exact = { exact: true } as const;

interface RecordingFile {
  format: string;
  events: { data: string; at: number }[];
  request: { url: string; body: unknown };
  prompt: string;
}

async function openRecordings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Tools', ...exact }).click();
  await page.getByRole('button', { name: 'Recordings', ...exact }).click();
  const dialog = page.getByRole('dialog', { name: 'Recordings', ...exact });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function exportEntry(page: Page, entry: Locator): Promise<RecordingFile> {
  const downloading = page.waitForEvent('download');
  await entry.getByRole('button', { name: 'Export', ...exact }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^recording-.*\.json$/);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as RecordingFile;
}

test('a recorded turn replays offline at its recorded pace, and exports without the key', async ({
  playground,
  page,
  fakeApi,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.text);
  await playground.setThinking(true);
  const token = uniqueToken();
  const shown = `Record me ${token}`;
  await playground.send(`${shown} [[fake:slow=40]]`);
  const live = playground.lastAssistant();
  await playground.waitForAnswer(live, `Echo: ${shown}`);
  const liveAnswer = (await playground.answer(live).innerText()).trim();

  await live.getByRole('button', { name: 'Save recording', ...exact }).click();
  await expect(live.getByText('Recording saved')).toBeAttached();

  // From here on nothing may leave the page: not the fake API, not anything else.
  const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const outside: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== appOrigin) outside.push(request.url());
  });
  const requestsBefore = (await fakeApi.chatRequestsContaining(token)).length;

  let dialog = await openRecordings(page);
  await dialog.getByRole('radio', { name: 'Original pace', ...exact }).check();
  const entries = dialog
    .getByRole('list', { name: 'Saved recordings', ...exact })
    .getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Record me');
  await entries
    .first()
    .getByRole('button', { name: 'Replay', ...exact })
    .click();
  await expect(dialog).toBeHidden();

  // A new turn streams: the prompt again, then the same answer, marked as a replay.
  await expect(playground.assistantTurns).toHaveCount(2);
  const replayed = playground.lastAssistant();
  await expect(playground.lastUser()).toContainText(shown);
  await expect(playground.reasoning(replayed)).toBeVisible();
  await playground.waitForAnswer(replayed, `Echo: ${shown}`);
  expect((await playground.answer(replayed).innerText()).trim()).toBe(liveAnswer);
  await expect(replayed.getByText('replay', exact)).toBeVisible();
  await expect(playground.alert(replayed)).toHaveCount(0);

  expect(outside).toEqual([]);
  expect(await fakeApi.chatRequestsContaining(token)).toHaveLength(requestsBefore);

  // Timing: record the replay too, and compare its event offsets with the original's.
  await replayed.getByRole('button', { name: 'Save recording', ...exact }).click();
  await expect(replayed.getByText('Recording saved')).toBeAttached();
  dialog = await openRecordings(page);
  await expect(entries).toHaveCount(2);
  const files = [await exportEntry(page, entries.nth(0)), await exportEntry(page, entries.nth(1))];
  // The replay's own recording says where its bytes came from: the recording, not a server.
  const replayFile = files.find((file) => file.request.url.startsWith('https://replay.invalid/'));
  const originalFile = files.find((file) => file.request.url.startsWith(fakeApi.baseUrl));
  if (!replayFile || !originalFile)
    throw new Error(`unexpected recordings: ${files.map((f) => f.request.url).join(', ')}`);
  expect(originalFile.format).toBe('qwen-playground/recording');
  expect(replayFile.events.map((event) => event.data)).toEqual(
    originalFile.events.map((event) => event.data),
  );
  // Replayed minus recorded offset, per event. A busy machine can delay a timer (a replay may run
  // late for a moment) but never early, and the lateness does not pile up.
  const drift = originalFile.events.map((event, index) => replayFile.events[index]!.at - event.at);
  const sorted = drift.map(Math.abs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const total = originalFile.events.at(-1)!.at;
  console.log(
    `replay drift over ${total.toFixed(0)} ms, ${drift.length} events: median ${median.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
  );
  // Tolerances are wide enough for a loaded CI machine, and still tell the original pace apart
  // from 2× (half the duration) or instant (everything at once, early).
  expect(total).toBeGreaterThan(1_000);
  expect(Math.min(...drift)).toBeGreaterThan(-20);
  expect(median).toBeLessThan(400);
  expect(sorted.at(-1)!).toBeLessThan(1_500);
  const replayTotal = replayFile.events.at(-1)!.at;
  expect(replayTotal).toBeGreaterThan(total * 0.9);
  expect(replayTotal).toBeLessThan(total * 1.25 + 500);

  // The file carries the request, never the key.
  const text = JSON.stringify(originalFile);
  expect(text).not.toContain('test-key-123');
  expect(text).not.toMatch(/authorization/i);
  expect(originalFile.prompt).toContain(shown);
  expect(outside).toEqual([]);
});

test('an imported recording file is validated, and a valid one replays instantly', async ({
  playground,
  page,
}) => {
  await playground.goto();
  const dialog = await openRecordings(page);
  const input = dialog.getByLabel('Import recording', exact);

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"nope"}'),
  });
  await expect(dialog.getByRole('alert')).toContainText('broken.json');

  const chunk = (content: string) =>
    JSON.stringify({ choices: [{ index: 0, delta: { content } }] });
  const recording = {
    format: 'qwen-playground/recording',
    version: 1,
    id: 'rec-x',
    title: 'Imported hello',
    createdAt: 1,
    modelId: models.text,
    thinking: false,
    prompt: 'Say hello',
    demo: false,
    request: { url: 'https://api.aimlapi.com/v1/chat/completions', body: { model: models.text } },
    response: { status: 200, contentType: 'text/event-stream' },
    events: [
      { data: chunk('Hello from '), at: 5 },
      { data: chunk('a file.'), at: 10 },
      {
        data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
        at: 12,
      },
      { data: '[DONE]', at: 13 },
    ],
  };
  await input.setInputFiles({
    name: 'hello.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(recording)),
  });
  await expect(dialog.getByRole('status')).toContainText('Imported');
  await dialog.getByRole('radio', { name: 'Instant', ...exact }).check();
  await dialog
    .getByRole('listitem')
    .filter({ hasText: 'Imported hello' })
    .getByRole('button', { name: 'Replay', ...exact })
    .click();
  await playground.waitForAnswer(playground.lastAssistant(), 'Hello from a file.');
});
