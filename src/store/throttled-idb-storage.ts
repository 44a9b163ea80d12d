// The persist storage of the chat store: IndexedDB through idb-keyval, with writes throttled.
// A streaming answer changes the state every frame; writing each of those would cost a
// structured clone of every conversation per token, so the latest state is written at most
// once per `intervalMs`.
// An IndexedDB write started on `pagehide` may not finish before the page is gone, so the
// newest state not yet known to be written (pending, or in a write still under way) is also put
// into localStorage synchronously as a rescue copy; on load the newer of the two wins.
// Other tabs write the same entry: with a `merge`, each write reads what is stored and merges
// it in within one IndexedDB transaction, so a tab never overwrites another tab's newer data.
import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createLatestValueSignal } from '@/lib/latest-value-signal';

export type StorageProblem = { kind: 'quota' | 'unavailable'; message: string };

const problems = createLatestValueSignal<StorageProblem | null>();
/** Tells the UI when saving fails (storage full, private mode) and when it works again. */
export function onStorageProblem(listener: (problem: StorageProblem | null) => void): () => void {
  return problems.subscribe(listener);
}
function report(problem: StorageProblem | null) {
  problems.publish(problem);
}

function describeWriteError(error: unknown): StorageProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return {
      kind: 'quota',
      message:
        'Browser storage is full. Your conversations are kept in memory for now: export them before closing this tab.',
    };
  }
  return {
    kind: 'unavailable',
    message:
      'This browser does not let the playground save (private mode?). Conversations are kept in memory only: export them before closing this tab.',
  };
}

/** What is stored: the value with the time it was taken, so the rescue copy can be compared. */
interface Stamped<S> {
  savedAt: number;
  value: StorageValue<S>;
}

function isStamped<S>(record: unknown): record is Stamped<S> {
  return typeof record === 'object' && record !== null && 'savedAt' in record && 'value' in record;
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
  /** Combines what is stored (another tab's write, a rescue copy) with this tab's next value. */
  merge?: (stored: StorageValue<S>, next: StorageValue<S>) => StorageValue<S>;
}): ThrottledStorage<S> {
  const intervalMs = options.intervalMs ?? 1000;
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(options.dbName, 'keyval'));
  const rescueKey = (name: string) => `${options.dbName}:${name}:rescue`;

  type Item = { name: string; record: Stamped<S> };
  let pending: Item | null = null;
  /** The state of the write under way: until it completes, a page closing now could lose it. */
  let inFlight: Item | null = null;
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
    inFlight = item;
    try {
      const rescue = readRescue(item.name);
      await update(
        item.name,
        (old: unknown): Stamped<S> => {
          let value = item.record.value;
          if (rescue) value = combine(rescue.value, value);
          if (isStamped<S>(old)) value = combine(old.value, value);
          else if (old) value = combine(old as StorageValue<S>, value);
          return { savedAt: item.record.savedAt, value };
        },
        db(),
      );
      writes += 1;
      clearRescue(item.name, item.record.savedAt);
      if (failing) report(null);
      failing = false;
    } catch (error) {
      failing = true;
      report(describeWriteError(error));
    } finally {
      inFlight = null;
    }
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    writing = writing.then(write);
    return writing;
  };

  const combine = (stored: StorageValue<S>, next: StorageValue<S>): StorageValue<S> => {
    if (!options.merge) return next;
    try {
      return options.merge(stored, next);
    } catch (error) {
      console.error('Could not merge the stored state; writing this tab’s state.', error);
      return next;
    }
  };

  const clearRescue = (name: string, upTo: number) => {
    try {
      const raw = localStorage.getItem(rescueKey(name));
      if (raw && (JSON.parse(raw) as Stamped<S>).savedAt <= upTo) localStorage.removeItem(rescueKey(name));
    } catch {
      // No localStorage (or a damaged copy): nothing to clear.
    }
  };
  const saveRescue = () => {
    const newest = pending ?? inFlight;
    if (!newest) return;
    try {
      localStorage.setItem(rescueKey(newest.name), JSON.stringify(newest.record));
    } catch {
      // Too big for localStorage: the IndexedDB write below is the only chance.
    }
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => {
      saveRescue();
      void flush();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });
  }

  const readRescue = (name: string): Stamped<S> | null => {
    try {
      const raw = localStorage.getItem(rescueKey(name));
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      return isStamped<S>(parsed) ? parsed : null;
    } catch {
      return null;
    }
  };

  return {
    async getItem(name) {
      let stored: unknown = null;
      try {
        stored = (await get(name, db())) ?? null;
      } catch {
        report({
          kind: 'unavailable',
          message:
            'This browser does not let the playground read its storage (private mode?). Conversations are kept in memory only.',
        });
      }
      const rescue = typeof localStorage === 'undefined' ? null : readRescue(name);
      const fromDb = isStamped<S>(stored) ? stored : null;
      if (rescue && fromDb && rescue.savedAt > fromDb.savedAt) return combine(fromDb.value, rescue.value);
      if (rescue && !fromDb) return rescue.value;
      return fromDb ? fromDb.value : (stored as StorageValue<S> | null);
    },
    setItem(name, value) {
      pending = { name, record: { savedAt: Date.now(), value } };
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
