// 5. Storage writes during a stream: every IndexedDB put/add (and localStorage.setItem) the page
// makes is counted by wrappers installed before the app loads, while a paced answer streams.
// The baseline is what persisting on every token would cost: one write per token.
// Then the same with 200 stored conversations of 20 turns: the main-thread time of the app's
// IndexedDB puts per write (a put clones its value synchronously), against one put of the whole
// state in the same page, which is what the single-record layout of earlier versions wrote
// every second (and it read the whole state back first, to merge).
import { test, type Page } from '@playwright/test';
import { connectToFake, newChat, openApp, sendPrompt, waitForAnswerEnd } from './app-driver.ts';
import { startRecorder, stopRecorder } from './page-probes.ts';
import { answerSelector, answerTokens } from './render-run.ts';
import { recordRows, type ResultRow } from './results.ts';
import { buildPersistedState, seedChatState } from './seed-conversations.ts';
import { median } from './stats.ts';

const words = process.env.BENCH_QUICK ? 300 : 1000;

interface Write {
  kind: string;
  at: number;
  /** Main-thread time of the call: for a put, the clone of its value. */
  ms: number;
  key: string;
  /** One write is one transaction, however many puts it makes (a localStorage call is its own). */
  write: number;
}

declare global {
  interface Window {
    __benchWrites?: Write[];
  }
}

/** Wraps the page's writes (before the app loads) so each is recorded with its duration. */
async function recordWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const writes: Write[] = [];
    window.__benchWrites = writes;
    const transactions = new WeakMap<IDBTransaction, number>();
    let count = 0;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        const at = performance.now();
        let write = transactions.get(this.transaction);
        if (write === undefined) transactions.set(this.transaction, (write = ++count));
        try {
          return original.apply(this, args);
        } finally {
          const key = typeof args[1] === 'string' ? args[1] : '';
          writes.push({ kind: `idb.${method}`, at, ms: performance.now() - at, key, write });
        }
      };
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const at = performance.now();
      setItem.call(this, key, value);
      writes.push({ kind: 'localStorage', at, ms: performance.now() - at, key, write: ++count });
    };
  });
}

/** Streams a paced answer; returns the writes made while it streamed, its length and tokens. */
async function streamAndRecord(page: Page, label: string) {
  await startRecorder(page, answerSelector);
  const prompt = `[[fake:long=${words}]] [[fake:tps=100]] [[fake:lf]] ${label}`;
  await sendPrompt(page, prompt);
  await waitForAnswerEnd(page);
  const recording = await stopRecorder(page);
  const start = recording.sentAt ?? recording.startedAt;
  const end = recording.updates[recording.updates.length - 1] ?? recording.stoppedAt;
  const writes = await page.evaluate(() => window.__benchWrites ?? []);
  const during = writes.filter((write) => write.at >= start && write.at <= end);
  const count = new Set(during.map((write) => write.write)).size;
  return { during, count, seconds: (end - start) / 1000, tokens: await answerTokens(page, prompt) };
}

test('storage writes while an answer streams', async ({ page }) => {
  await recordWrites(page);
  await openApp(page);
  await connectToFake(page);
  const { during, count, seconds, tokens } = await streamAndRecord(page, 'bench-storage');
  const perSecond = count / seconds;
  console.log({ seconds, writes: count, puts: during.map((write) => `${write.kind} ${write.key}`) });
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
      note: `${count} writes in ${seconds.toFixed(1)} s of a ${words}-word answer at 100 tok/s (a write is one IndexedDB transaction or one localStorage call)`,
    },
    {
      group: '5 storage writes',
      figure: 'tokens per storage write',
      unit: 'tokens',
      project: tokens / Math.max(1, count),
      baseline: 1,
      baselineLabel: 'write per token',
      target: 'none per token (≫ 1)',
      pass: count < tokens / 10,
    },
  ]);
});

test('storage writes while an answer streams, with 200 stored conversations', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const seeded = buildPersistedState(200, 20);
  await recordWrites(page);
  await page.route('**/bench-blank', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/bench-blank');
  await seedChatState(page, seeded);
  await page.unrouteAll();
  await openApp(page);
  await connectToFake(page);
  await newChat(page);
  const { during, count, seconds } = await streamAndRecord(page, 'bench-storage-heavy');
  const putMs = during.filter((write) => write.kind.startsWith('idb.')).reduce((total, write) => total + write.ms, 0);
  const perWrite = putMs / Math.max(1, count);

  // The baseline: one put of the whole stored state, in a scratch database of the same page.
  const wholeMs = await page.evaluate(async (state) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-whole-state');
      request.onupgradeneeded = () => request.result.createObjectStore('keyval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const tx = db.transaction('keyval', 'readwrite');
      const at = performance.now();
      tx.objectStore('keyval').put({ savedAt: Date.now(), value: state }, 'chat-state');
      times.push(performance.now() - at);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    }
    db.close();
    return times;
  }, seeded);
  const baseline = median(wholeMs);
  console.log({ seconds, writes: count, putMs, wholeMs });
  const rows: ResultRow[] = [
    {
      group: '5 storage writes',
      figure: 'main thread per storage write, 200 stored conversations',
      unit: 'ms',
      project: perWrite,
      baseline,
      baselineLabel: 'one put of the whole state',
      ratio: perWrite / baseline,
      ratioLabel: 'project / baseline',
      target: '≤ 0.1× the whole state',
      pass: count > 0 && perWrite <= baseline * 0.1,
      note: `${count} writes in ${seconds.toFixed(1)} s of a ${words}-word answer at 100 tok/s, ${putMs.toFixed(1)} ms of puts in all; the whole state (200 × 20 turns) takes ${baseline.toFixed(1)} ms to put, and the earlier single-record layout also read it back before each write`,
    },
  ];
  recordRows('5-storage-writes-stored', rows);
});
