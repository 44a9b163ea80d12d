// The persist storage of the chat store: IndexedDB through idb-keyval, with writes throttled.
// A streaming answer changes the state every frame; writing each of those would cost a
// structured clone of every conversation per token, so the latest state is written at most
// once per `intervalMs`.
// An IndexedDB write started on `pagehide` may not finish before the page is gone, so the
// newest state not yet known to be written (pending, or in a write still under way) is also put
// into localStorage synchronously as a rescue copy; on load the newer of the two wins.
// Other tabs write the same entry: with a `merge`, a write merges what is stored into the value
// within one IndexedDB transaction, so a tab never overwrites another tab's newer data. With a
// `split`, the value's records are stored by themselves, a write puts only those that changed,
// and a tab that wrote last need not read what is stored (split-record-layout.ts).
import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { newId } from '@/lib/ids';
import { createLatestValueSignal } from '@/lib/latest-value-signal';
import {
  deleteSplit,
  isStamped,
  readSplit,
  storedValue,
  writeSplit,
  type RecordSplit,
  type Stamped,
  type Known,
} from '@/store/split-record-layout';

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
  /** Stores these records of the value each by itself, written only when they change. */
  split?: RecordSplit<S>;
}): ThrottledStorage<S> {
  const { split } = options;
  const writer = newId('writer');
  /** What is stored as this tab last read or wrote it (split layout): while still so, a write reads nothing. */
  let known: Known<S> | null = null;
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
      const record = rescue ? { ...item.record, value: combine(rescue.value, item.record.value) } : item.record;
      if (split) known = await writeSplit(db(), item.name, split, { record, writer, known, combine });
      else await writeWhole(item.name, record);
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
  /** The single-record layout: what is stored is read, merged and replaced in one transaction. */
  const writeWhole = (name: string, record: Stamped<S>) =>
    update(
      name,
      (old: unknown): Stamped<S> => {
        const stored = storedValue<S>(old);
        return stored ? { ...record, value: combine(stored, record.value) } : record;
      },
      db(),
    );
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
        if (split) {
          const read = await readSplit(db(), name, split, combine);
          stored = read.stored;
          // A write that landed meanwhile knows better.
          known ??= read.known;
        } else stored = (await get(name, db())) ?? null;
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
      if (rescue && !fromDb) return stored ? combine(stored as StorageValue<S>, rescue.value) : rescue.value;
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
      known = null;
      await (split ? deleteSplit(db(), name) : del(name, db()));
    },
    flush,
    writeCount: () => writes,
  };
}
