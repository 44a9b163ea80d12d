// How a persisted value with many records (the chat state's conversations) is laid out in
// IndexedDB, so that saving while an answer streams costs that one conversation, not all of them:
// with 200 stored conversations of 20 turns, writing the whole state took 30-45 ms of main thread
// every second (a structured clone one way and back; bench/README.md, "storage writes").
//  - the main record: the value without its records, stamped by its writer and time;
//  - the snapshot: every record, as of the last compaction. One big value reads as fast as the
//    single record of earlier versions did; 200 values of their own took ~35 ms longer to read
//    at start-up (bench/: hydration);
//  - changed records, each under a key of its own (null: removed), until there are more than
//    `maxChangedRecords`; then the snapshot is written anew and they are dropped.
// A writer whose stamp is still on the main record knows what is stored without reading it;
// otherwise (another tab wrote) it reads everything and merges before writing. The single record
// of earlier versions is read as it is and replaced by the first write.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { StorageValue } from 'zustand/middleware';

/** Which part of the state is a collection of records, each stored by itself. */
export interface RecordSplit<S> {
  records(state: S): Readonly<Record<string, unknown>>;
  withRecords(state: S, records: Record<string, unknown>): S;
}

/** A value with the time it was taken (the rescue copy is compared by it). */
export interface Stamped<S> {
  savedAt: number;
  value: StorageValue<S>;
}

interface MainRecord<S> extends Stamped<S> {
  writer: string;
  split: true;
}

export function isStamped<S>(record: unknown): record is Stamped<S> {
  return typeof record === 'object' && record !== null && 'savedAt' in record && 'value' in record;
}

function isMainRecord<S>(record: unknown): record is MainRecord<S> {
  return isStamped(record) && (record as Partial<MainRecord<S>>).split === true;
}

/** What is stored, as known to a writer: the whole value, its stamp, the records changed since the snapshot. */
export interface Known<S> {
  savedAt: number;
  writer: string;
  value: StorageValue<S>;
  changed: ReadonlySet<string>;
}

/** Changed records kept by themselves before the snapshot is written anew. */
const maxChangedRecords = 16;

const snapshotKey = (name: string) => `${name}/snapshot`;
const recordKey = (name: string, id: string) => `${name}/record/${id}`;
const recordRange = (name: string) => IDBKeyRange.bound(`${name}/record/`, `${name}/record/\uffff`);

interface StoredRecords {
  /** Every record as stored: the snapshot with the changes applied. */
  records: Record<string, unknown>;
  changed: Set<string>;
}

/** Reads the snapshot and the changed records, all requests at once (one round trip). */
function readRecords(store: IDBObjectStore, name: string): Promise<StoredRecords> {
  const snapshot = promisifyRequest(store.get(snapshotKey(name)));
  const keys = promisifyRequest(store.getAllKeys(recordRange(name)));
  const values = promisifyRequest(store.getAll(recordRange(name)));
  return Promise.all([snapshot, keys, values]).then(([base, ids, changes]) => {
    const records: Record<string, unknown> = { ...(base as Record<string, unknown> | undefined) };
    const changed = new Set<string>();
    const prefix = recordKey(name, '').length;
    ids.forEach((key, index) => {
      const id = (key as string).slice(prefix);
      changed.add(id);
      const record: unknown = changes[index];
      if (record === null) delete records[id];
      else records[id] = record;
    });
    return { records, changed };
  });
}

function assemble<S>(main: MainRecord<S>, records: Record<string, unknown>, split: RecordSplit<S>): StorageValue<S> {
  return { ...main.value, state: split.withRecords(main.value.state, records) };
}

/**
 * What is stored under `name`: the split layout put back together (`known` is then what it
 * stands for), or an earlier layout as it is (a stamped record, or a bare value).
 */
export function readSplit<S>(
  db: UseStore,
  name: string,
  split: RecordSplit<S>,
): Promise<{ stored: unknown; known: Known<S> | null }> {
  return db('readonly', async (store) => {
    const [main, { records, changed }] = await Promise.all([
      promisifyRequest(store.get(name)) as Promise<unknown>,
      readRecords(store, name),
    ]);
    if (!isMainRecord<S>(main)) return { stored: main ?? null, known: null };
    const value = assemble(main, records, split);
    return {
      stored: { savedAt: main.savedAt, value } satisfies Stamped<S>,
      known: { savedAt: main.savedAt, writer: main.writer, value, changed },
    };
  });
}

/**
 * Writes `record` in one transaction, merged (`combine`) into what is stored: the records that
 * differ from the stored ones, and the main record stamped by `writer`. While the stamp of `known`
 * is still the stored one, `known` stands for what is stored and nothing else is read.
 * Resolves with what is stored now.
 */
export function writeSplit<S>(
  db: UseStore,
  name: string,
  split: RecordSplit<S>,
  options: {
    record: Stamped<S>;
    writer: string;
    known: Known<S> | null;
    combine: (stored: StorageValue<S>, next: StorageValue<S>) => StorageValue<S>;
  },
): Promise<Known<S>> {
  const { record, writer, known, combine } = options;
  return db('readwrite', async (store) => {
    const main: unknown = await promisifyRequest(store.get(name));
    let stored: StorageValue<S> | null;
    /** The records as stored, which the new ones are compared with. */
    let before: Readonly<Record<string, unknown>>;
    let changed: Set<string>;
    let compact = false;
    if (known && isMainRecord<S>(main) && main.writer === known.writer && main.savedAt === known.savedAt) {
      stored = known.value;
      before = split.records(known.value.state);
      changed = new Set(known.changed);
    } else if (isMainRecord<S>(main)) {
      ({ records: before, changed } = await readRecords(store, name));
      stored = assemble(main, { ...before }, split);
    } else {
      // An earlier layout (or nothing): everything is written anew.
      stored = isStamped<S>(main) ? main.value : ((main as StorageValue<S> | undefined) ?? null);
      before = {};
      changed = new Set();
      compact = true;
    }
    const value = stored ? combine(stored, record.value) : record.value;
    const records = split.records(value.state);
    const updates: [string, unknown][] = [];
    // Unchanged records keep their identity (an immutable store), so only changes are put.
    for (const [id, item] of Object.entries(records)) if (before[id] !== item) updates.push([id, item]);
    for (const id of Object.keys(before)) if (!Object.hasOwn(records, id)) updates.push([id, null]);
    for (const [id] of updates) changed.add(id);
    if (compact || changed.size > maxChangedRecords) {
      store.put(records, snapshotKey(name));
      store.delete(recordRange(name));
      changed = new Set();
    } else {
      for (const [id, item] of updates) store.put(item, recordKey(name, id));
    }
    const stamped: MainRecord<S> = {
      savedAt: record.savedAt,
      writer,
      split: true,
      value: { ...value, state: split.withRecords(value.state, {}) },
    };
    store.put(stamped, name);
    await promisifyRequest(store.transaction);
    return { savedAt: record.savedAt, writer, value, changed };
  });
}

/** Deletes the value: its main record, its snapshot and its changed records. */
export function deleteSplit(db: UseStore, name: string): Promise<void> {
  return db('readwrite', (store) => {
    store.delete(name);
    store.delete(snapshotKey(name));
    store.delete(recordRange(name));
    return promisifyRequest(store.transaction);
  });
}
