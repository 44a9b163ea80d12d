// How a persisted value with many records (the chat state's conversations) is laid out in
// IndexedDB, so that saving while an answer streams costs that one conversation, not all of them:
// with 200 stored conversations of 20 turns, writing the whole state took 30-45 ms of main thread
// every second (a structured clone one way and back; bench/README.md, "storage writes").
//  - the main record: the value without its records, with a stamp unique to the write;
//  - the snapshot: every record, as of the last compaction. One big value reads as fast as the
//    single record of earlier versions did; 200 values of their own took ~35 ms longer to read
//    at start-up (bench/: hydration);
//  - changed records, each under a key of its own (null: removed), until there are more than
//    `maxChangedRecords`; then the snapshot is written anew and they are dropped.
// A writer whose stamp is still on the main record knows what is stored without reading it.
// After another tab wrote, it reads what is stored to merge it: only the changed records while
// the snapshot is still the one it knows (the changed records only grow until the next
// snapshot), else everything. Either way it puts only the records it changed since its last
// write. The single record of earlier versions is read and replaced by the first write; records
// of this layout found beside it (an older tab wrote over a newer one's main record) are merged
// in, not dropped.
// Requests are made after awaits inside one transaction: that holds because every await is on
// an IndexedDB request of the same transaction (the merge is synchronous).
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
  /** Unique to each write: a writer that finds its own stamp knows nobody wrote since. */
  stamp: string;
  /** The stamp of the write that wrote the snapshot. */
  snapshot: string;
  split: true;
}

export function isStamped<S>(record: unknown): record is Stamped<S> {
  return typeof record === 'object' && record !== null && 'savedAt' in record && 'value' in record;
}

/** The value a record of the single-record layout holds: stamped, or bare (the oldest versions). */
export function storedValue<S>(record: unknown): StorageValue<S> | null {
  return isStamped<S>(record) ? record.value : ((record as StorageValue<S> | undefined) ?? null);
}

function isMainRecord<S>(record: unknown): record is MainRecord<S> {
  return isStamped(record) && (record as Partial<MainRecord<S>>).split === true;
}

/** What is stored, as known to a writer: the whole value, its stamp, the records changed since the snapshot. */
export interface Known<S> {
  stamp: string;
  snapshot: string;
  value: StorageValue<S>;
  changed: ReadonlySet<string>;
  /**
   * The writer's own records as it last gave them (or as read): one still the same object has
   * not changed since, so what is stored for it needs no put. That relies on the merge: merging
   * a record in again changes nothing, and another writer changes a record only by storing a
   * copy of it (or removing it).
   */
  given: Readonly<Record<string, unknown>>;
}

/** Changed records kept by themselves before the snapshot is written anew. */
const maxChangedRecords = 16;

const snapshotKey = (name: string) => `${name}/snapshot`;
const recordKey = (name: string, id: string) => `${name}/record/${id}`;
// Every key that starts with the prefix: '0' follows '/'.
const recordRange = (name: string) => IDBKeyRange.bound(`${name}/record/`, `${name}/record0`, false, true);

interface StoredRecords {
  /** Every record as stored: the snapshot with the changes applied. */
  records: Record<string, unknown>;
  changed: Set<string>;
}

/** The changed records as stored (null: removed), by id. */
function readChanges(store: IDBObjectStore, name: string): Promise<[string, unknown][]> {
  const keys = promisifyRequest(store.getAllKeys(recordRange(name)));
  const values = promisifyRequest(store.getAll(recordRange(name)));
  const prefix = recordKey(name, '').length;
  return Promise.all([keys, values]).then(([ids, records]) =>
    ids.map((key, index): [string, unknown] => [(key as string).slice(prefix), records[index]]),
  );
}

function applyChanges(base: unknown, changes: readonly [string, unknown][]): StoredRecords {
  // A Map, so that no id (`__proto__`) is taken for anything but a key.
  const records = new Map(Object.entries((base as Record<string, unknown> | undefined) ?? {}));
  for (const [id, record] of changes) {
    if (record === null) records.delete(id);
    else records.set(id, record);
  }
  return { records: Object.fromEntries(records), changed: new Set(changes.map(([id]) => id)) };
}

/** Reads the snapshot and the changed records, all requests at once (one round trip). */
function readRecords(store: IDBObjectStore, name: string): Promise<StoredRecords> {
  const snapshot = promisifyRequest(store.get(snapshotKey(name)));
  const changes = readChanges(store, name);
  return Promise.all([snapshot, changes]).then(([base, list]) => applyChanges(base, list));
}

function assemble<S>(main: MainRecord<S>, records: Record<string, unknown>, split: RecordSplit<S>): StorageValue<S> {
  return { ...main.value, state: split.withRecords(main.value.state, records) };
}

type Combine<S> = (stored: StorageValue<S>, next: StorageValue<S>) => StorageValue<S>;

/** The value of a main record of an earlier layout (stamped, or bare), with any records of this layout found beside it merged in. */
function earlierValue<S>(main: unknown, stored: StoredRecords, split: RecordSplit<S>, combine: Combine<S>): StorageValue<S> | null {
  const value = storedValue<S>(main);
  if (!value || Object.keys(stored.records).length === 0) return value;
  return combine({ ...value, state: split.withRecords(value.state, stored.records) }, value);
}

/**
 * What is stored under `name`: the split layout put back together (`known` is then what it
 * stands for), or an earlier layout (a stamped record, or a bare value).
 */
export function readSplit<S>(
  db: UseStore,
  name: string,
  split: RecordSplit<S>,
  combine: Combine<S>,
): Promise<{ stored: unknown; known: Known<S> | null }> {
  return db('readonly', async (store) => {
    const [main, records] = await Promise.all([
      promisifyRequest(store.get(name)) as Promise<unknown>,
      readRecords(store, name),
    ]);
    if (!isMainRecord<S>(main)) {
      const value = earlierValue(main, records, split, combine);
      const stored = isStamped<S>(main) && value ? { savedAt: main.savedAt, value } : value;
      return { stored, known: null };
    }
    const value = assemble(main, records.records, split);
    return {
      stored: { savedAt: main.savedAt, value } satisfies Stamped<S>,
      known: { stamp: main.stamp, snapshot: snapshotOf(main) ?? '', value, changed: records.changed, given: records.records },
    };
  });
}

/** The stamp of the snapshot a main record goes with (none: an earlier layout). */
function snapshotOf(main: unknown): string | null {
  return isMainRecord(main) && typeof main.snapshot === 'string' ? main.snapshot : null;
}

interface StoredNow<S> {
  value: StorageValue<S> | null;
  /** The records as stored, and those of them changed since the snapshot. */
  records: Readonly<Record<string, unknown>>;
  changed: Set<string>;
  /** An earlier layout: everything is to be written anew. */
  earlier: boolean;
}

/** What is stored under `name` (whose main record is `main`), reading as little as `known` allows. */
async function readStored<S>(
  store: IDBObjectStore,
  name: string,
  main: unknown,
  known: Known<S> | null,
  split: RecordSplit<S>,
  combine: Combine<S>,
): Promise<StoredNow<S>> {
  if (known && isMainRecord<S>(main) && main.stamp === known.stamp) {
    const records = split.records(known.value.state);
    return { value: known.value, records, changed: new Set(known.changed), earlier: false };
  }
  const snapshot = snapshotOf(main);
  if (known && isMainRecord<S>(main) && snapshot !== null && snapshot === known.snapshot) {
    // Another tab wrote, but not the snapshot: what it changed is all in the changed records,
    // which hold every record changed since the snapshot, those this writer knows included.
    const { records, changed } = applyChanges(split.records(known.value.state), await readChanges(store, name));
    return { value: assemble(main, records, split), records, changed, earlier: false };
  }
  const read = await readRecords(store, name);
  if (isMainRecord<S>(main)) {
    return { value: assemble(main, read.records, split), records: read.records, changed: read.changed, earlier: false };
  }
  return { value: earlierValue(main, read, split, combine), records: {}, changed: read.changed, earlier: true };
}

let stamps = 0;

/**
 * Writes `record` in one transaction, merged (`combine`) into what is stored, with the main
 * record stamped anew. While the stamp of `known` is still the stored one, `known` stands for what
 * is stored and nothing else is read; otherwise (another tab wrote) what is stored is read. Either
 * way only the records this writer changed since `known` are put. Without `known`, or over an
 * earlier layout, everything is written anew. Resolves with what is stored now.
 */
export function writeSplit<S>(
  db: UseStore,
  name: string,
  split: RecordSplit<S>,
  options: { record: Stamped<S>; writer: string; known: Known<S> | null; combine: Combine<S> },
): Promise<Known<S>> {
  const { record, writer, known, combine } = options;
  const given = split.records(record.value.state);
  return db('readwrite', async (store) => {
    const main: unknown = await promisifyRequest(store.get(name));
    const stored = await readStored(store, name, main, known, split, combine);
    const value = stored.value ? combine(stored.value, record.value) : record.value;
    const records = split.records(value.state);
    const stamp = `${writer}:${++stamps}`;
    let snapshot = snapshotOf(main) ?? stamp;
    let changed = stored.changed;
    let whole = !known || stored.earlier;
    try {
      if (!whole && known) {
        // What this writer gave before was merged into what was stored, and every write since
        // (its own or another tab's) merged what was stored: a record it has not changed since
        // is stored as the merge would make it. So are records it never had (the merge keeps the
        // stored copy). Only new records, its own changes and removals are put.
        const before = stored.records;
        const updates: [string, unknown][] = [];
        for (const [id, item] of Object.entries(records)) {
          if (!Object.hasOwn(before, id) || given[id] !== known.given[id]) updates.push([id, item]);
        }
        for (const id of Object.keys(before)) if (!Object.hasOwn(records, id)) updates.push([id, null]);
        for (const [id] of updates) changed.add(id);
        if (changed.size <= maxChangedRecords) {
          for (const [id, item] of updates) store.put(item, recordKey(name, id));
        } else whole = true;
      }
      if (whole) {
        store.put(records, snapshotKey(name));
        store.delete(recordRange(name));
        changed = new Set();
        snapshot = stamp;
      }
      const stamped: MainRecord<S> = {
        savedAt: record.savedAt,
        stamp,
        snapshot,
        split: true,
        value: { ...value, state: split.withRecords(value.state, {}) },
      };
      store.put(stamped, name);
    } catch (error) {
      // A value that cannot be stored (it throws as it is cloned): none of this write lands.
      store.transaction.abort();
      throw error;
    }
    await promisifyRequest(store.transaction);
    return { stamp, snapshot, value, changed, given };
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
