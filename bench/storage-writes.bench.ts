// 5. Storage writes during a stream: every IndexedDB put/add (and localStorage.setItem) the page
// makes is counted by wrappers installed before the app loads, while a paced answer streams.
// The baseline is what persisting on every token would cost: one write per token.
import { test } from '@playwright/test';
import { connectToFake, openApp, sendPrompt, waitForAnswerEnd } from './app-driver.ts';
import { startRecorder, stopRecorder } from './page-probes.ts';
import { answerSelector, answerTokens } from './render-run.ts';
import { recordRows } from './results.ts';

const words = process.env.BENCH_QUICK ? 300 : 1000;

declare global {
  interface Window {
    __benchWrites?: { kind: string; at: number }[];
  }
}

test('storage writes while an answer streams', async ({ page }) => {
  await page.addInitScript(() => {
    const writes: { kind: string; at: number }[] = [];
    window.__benchWrites = writes;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        writes.push({ kind: `idb.${method}`, at: performance.now() });
        return original.apply(this, args);
      };
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes.push({ kind: 'localStorage', at: performance.now() });
      setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await connectToFake(page);

  await startRecorder(page, answerSelector);
  const prompt = `[[fake:long=${words}]] [[fake:tps=100]] [[fake:lf]] bench-storage`;
  await sendPrompt(page, prompt);
  await waitForAnswerEnd(page);
  const recording = await stopRecorder(page);
  const start = recording.sentAt ?? recording.startedAt;
  const end = recording.updates[recording.updates.length - 1] ?? recording.stoppedAt;
  const writes = await page.evaluate(() => window.__benchWrites ?? []);
  const during = writes.filter((write) => write.at >= start && write.at <= end);
  const seconds = (end - start) / 1000;
  const tokens = await answerTokens(page, prompt);
  const perSecond = during.length / seconds;
  console.log({ seconds, writes: during.length, kinds: during.map((write) => write.kind) });
  recordRows('5-storage-writes', [
    {
      group: '5 storage writes',
      figure: 'storage writes per second while streaming',
      unit: '/s',
      project: perSecond,
      baseline: tokens / seconds,
      baselineLabel: 'one write per token',
      target: '≤ ~1 /s (≤ 1.2)',
      pass: perSecond <= 1.2,
      note: `${during.length} writes in ${seconds.toFixed(1)} s of a ${words}-word answer at 100 tok/s`,
    },
    {
      group: '5 storage writes',
      figure: 'tokens per storage write',
      unit: 'tokens',
      project: tokens / Math.max(1, during.length),
      baseline: 1,
      baselineLabel: 'write per token',
      target: 'none per token (≫ 1)',
      pass: during.length < tokens / 10,
    },
  ]);
});
