// The persist storage of the chat store: IndexedDB through idb-keyval, with writes throttled.
// A streaming answer changes the state every frame; writing each of those would cost a
// structured clone of every conversation per token, so the latest state is written at most
// once per `intervalMs`, and at once when the page is hidden or closed (pagehide).
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type StorageProblem = { kind: 'quota' | 'unavailable' | 'unreadable'; message: string };
type ProblemListener = (problem: StorageProblem | null) => void;

const listeners = new Set<ProblemListener>();
let currentProblem: StorageProblem | null = null;
/** Tells the UI when saving fails (storage full, private mode) and when it works again. */
export function onStorageProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  if (currentProblem) listener(currentProblem);
  return () => listeners.delete(listener);
}
function report(problem: StorageProblem | null) {
  currentProblem = problem;
  for (const listener of listeners) listener(problem);
}

function describeWriteError(error: unknown): StorageProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return {
      kind: 'quota',
      message: 'Browser storage is full. Your conversations are kept in memory for now: export them before closing this tab.',
    };
  }
  return {
    kind: 'unavailable',
    message: 'This browser does not let the playground save (private mode?). Conversations are kept in memory only: export them before closing this tab.',
  };
}

export interface ThrottledStorage<S> extends PersistStorage<S> {
  /** Writes the pending state now. */
  flush(): Promise<void>;
  /** How many writes reached IndexedDB, for tests and benchmarks. */
  writeCount(): number;
}

export function createThrottledIdbStorage<S>(options: {
  dbName: string;
  intervalMs?: number;
}): ThrottledStorage<S> {
  const intervalMs = options.intervalMs ?? 1000;
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(options.dbName, 'keyval'));

  let pending: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = 0;
  let writes = 0;
  let writing: Promise<void> = Promise.resolve();
  let failing = false;

  const write = async () => {
    timer = null;
    const item = pending;
    pending = null;
    if (!item) return;
    lastWrite = Date.now();
    try {
      await set(item.name, item.value, db());
      writes += 1;
      if (failing) report(null);
      failing = false;
    } catch (error) {
      failing = true;
      report(describeWriteError(error));
    }
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    writing = writing.then(write);
    return writing;
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => void flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });
  }

  return {
    async getItem(name) {
      try {
        return ((await get(name, db())) as StorageValue<S> | undefined) ?? null;
      } catch {
        report({
          kind: 'unavailable',
          message: 'This browser does not let the playground read its storage (private mode?). Conversations are kept in memory only.',
        });
        return null;
      }
    },
    setItem(name, value) {
      pending = { name, value };
      if (timer !== null) return;
      const wait = Math.max(0, lastWrite + intervalMs - Date.now());
      timer = setTimeout(() => void flush(), wait);
    },
    async removeItem(name) {
      pending = null;
      await del(name, db());
    },
    flush,
    writeCount: () => writes,
  };
}
