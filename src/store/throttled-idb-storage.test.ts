// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledIdbStorage, onStorageProblem, type ThrottledStorage } from '@/store/throttled-idb-storage';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttled IndexedDB storage', () => {
  it('writes at most once per interval however often the state changes', async () => {
    const storage = createThrottledIdbStorage<{ n: number }>({ dbName: `t-${Math.random()}`, intervalMs: 1000 });
    // 3 seconds of a stream updating the state every 16 ms.
    for (let step = 0; step < 190; step += 1) {
      await storage.setItem('state', { state: { n: step }, version: 1 });
      await vi.advanceTimersByTimeAsync(16);
    }
    await storage.flush();
    expect(storage.writeCount()).toBeLessThanOrEqual(5);
    expect(storage.writeCount()).toBeGreaterThanOrEqual(3);
    vi.useRealTimers();
    expect(await storage.getItem('state')).toEqual({ state: { n: 189 }, version: 1 });
  });
});

describe('throttled IndexedDB storage when the page closes', () => {
  it('keeps a rescue copy of a state whose write is still under way', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<{ n: number }>({ dbName });
    await storage.setItem('state', { state: { n: 2 }, version: 1 });
    const writing = storage.flush();
    await Promise.resolve(); // the write has started and waits for IndexedDB
    window.dispatchEvent(new Event('pagehide'));
    const rescue = localStorage.getItem(`${dbName}:state:rescue`);
    expect(rescue && JSON.parse(rescue)).toMatchObject({ value: { state: { n: 2 }, version: 1 } });
    await writing;
    // Once the write has landed the rescue copy is no longer needed.
    expect(localStorage.getItem(`${dbName}:state:rescue`)).toBeNull();
  });
});

describe('throttled IndexedDB storage shared by two tabs', () => {
  type Notes = Record<string, number>;
  const union = (stored: { state: Notes; version?: number }, next: { state: Notes; version?: number }) => ({
    ...next,
    state: { ...stored.state, ...next.state },
  });

  it('merges what another tab stored instead of overwriting it', async () => {
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Notes>({ dbName, merge: union });
    const tabB = createThrottledIdbStorage<Notes>({ dbName, merge: union });
    await tabA.setItem('state', { state: { a: 1 }, version: 1 });
    await tabA.flush();
    // Tab B never saw tab A's note: its write must not erase it.
    await tabB.setItem('state', { state: { b: 2 }, version: 1 });
    await tabB.flush();
    vi.useRealTimers();
    expect(await tabA.getItem('state')).toEqual({ state: { a: 1, b: 2 }, version: 1 });
  });

  it('overwrites as before without a merge', async () => {
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Notes>({ dbName });
    const tabB = createThrottledIdbStorage<Notes>({ dbName });
    await tabA.setItem('state', { state: { a: 1 }, version: 1 });
    await tabA.flush();
    await tabB.setItem('state', { state: { b: 2 }, version: 1 });
    await tabB.flush();
    vi.useRealTimers();
    expect(await tabA.getItem('state')).toEqual({ state: { b: 2 }, version: 1 });
  });
});

describe('throttled IndexedDB storage with records stored by themselves', () => {
  interface Shelf {
    title: string;
    books: Record<string, { pages: number }>;
    /** Kept in the main record; merged as a union. */
    tags?: string[];
  }
  const split = {
    records: (state: Shelf) => state.books,
    withRecords: (state: Shelf, books: Record<string, unknown>) => ({ ...state, books: books as Shelf['books'] }),
  };
  const union = (stored: { state: Shelf; version?: number }, next: { state: Shelf; version?: number }) => ({
    ...next,
    state: {
      ...next.state,
      books: { ...stored.state.books, ...next.state.books },
      ...(stored.state.tags || next.state.tags
        ? { tags: [...new Set([...(stored.state.tags ?? []), ...(next.state.tags ?? [])])] }
        : {}),
    },
  });

  /** Sets the shelf and writes it at once. */
  async function save(storage: ThrottledStorage<Shelf>, state: Shelf): Promise<void> {
    await storage.setItem('shelf', { state, version: 1 });
    await storage.flush();
  }

  async function written(dbName: string): Promise<string[]> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('keyval').objectStore('keyval').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return keys.map(String).sort();
  }

  it('puts only the records that changed, and reads the value back whole', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    const books = { a: { pages: 1 }, b: { pages: 2 }, c: { pages: 3 } };
    await save(storage, { title: 'mine', books });
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);

    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    // A streaming answer: one record changes, the others keep their identity.
    await save(storage, { title: 'mine', books: { ...books, b: { pages: 20 } } });
    expect(puts.mock.calls.map((call) => call[1])).toEqual(['shelf/record/b', 'shelf']);
    puts.mockRestore();

    vi.useRealTimers();
    expect(await storage.getItem('shelf')).toEqual({
      state: { title: 'mine', books: { a: { pages: 1 }, b: { pages: 20 }, c: { pages: 3 } } },
      version: 1,
    });
  });

  it('marks a removed record, and writes the snapshot anew once many records changed', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, split });
    const a = { pages: 1 };
    await save(storage, { title: 'mine', books: { a, b: { pages: 2 } } });
    await save(storage, { title: 'mine', books: { a } });
    expect(await written(dbName)).toEqual(['shelf', 'shelf/record/b', 'shelf/snapshot']);
    const reader = createThrottledIdbStorage<Shelf>({ dbName, split });
    expect(await reader.getItem('shelf')).toEqual({ state: { title: 'mine', books: { a: { pages: 1 } } }, version: 1 });

    const books: Shelf['books'] = { a };
    for (let n = 0; n < 16; n += 1) {
      books[`new-${n}`] = { pages: n };
      await save(storage, { title: 'mine', books: { ...books } });
    }
    // b and 16 new ones make 17 changed records: one snapshot holds them all again.
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);
    expect(Object.keys((await reader.getItem('shelf'))!.state.books)).toHaveLength(17);
  });

  it('a tab that has read the stored value writes only what it changed', async () => {
    const dbName = `t-${Math.random()}`;
    const first = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    await save(first, { title: 'mine', books: { a: { pages: 1 }, b: { pages: 2 } } });

    // The page loads again.
    const storage = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    const loaded = (await storage.getItem('shelf'))!;
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    await save(storage, { ...loaded.state, books: { ...loaded.state.books, a: { pages: 10 } } });
    expect(puts.mock.calls.map((call) => call[1])).toEqual(['shelf/record/a', 'shelf']);
    puts.mockRestore();
  });

  it('reads and merges what another tab wrote since, instead of overwriting it', async () => {
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    const tabB = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    await save(tabA, { title: 'A', books: { a: { pages: 1 } }, tags: ['a'] });
    await save(tabB, { title: 'B', books: { b: { pages: 2 } }, tags: ['b'] });
    // Tab A's stamp is gone: its next write reads what tab B wrote (main record and records) and keeps it.
    await save(tabA, { title: 'A', books: { a: { pages: 10 } }, tags: ['a'] });
    vi.useRealTimers();
    expect(await tabB.getItem('shelf')).toEqual({
      state: { title: 'A', books: { a: { pages: 10 }, b: { pages: 2 } }, tags: ['a', 'b'] },
      version: 1,
    });
  });

  it('reads the single record of earlier versions, and its first write replaces it', async () => {
    const dbName = `t-${Math.random()}`;
    const before = createThrottledIdbStorage<Shelf>({ dbName, merge: union });
    await save(before, { title: 'old', books: { a: { pages: 1 }, b: { pages: 2 } } });

    const storage = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    vi.useRealTimers();
    expect(await storage.getItem('shelf')).toEqual({
      state: { title: 'old', books: { a: { pages: 1 }, b: { pages: 2 } } },
      version: 1,
    });
    // A tab that has not loaded yet writes one new entry: the stored ones are kept, each by itself.
    await save(storage, { title: 'new', books: { c: { pages: 3 } } });
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);
    const fresh = createThrottledIdbStorage<Shelf>({ dbName, split });
    expect(await fresh.getItem('shelf')).toEqual({
      state: { title: 'new', books: { a: { pages: 1 }, b: { pages: 2 }, c: { pages: 3 } } },
      version: 1,
    });
  });

  it('removes the value and its records', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, split });
    const a = { pages: 1 };
    await save(storage, { title: 'mine', books: { a } });
    await save(storage, { title: 'mine', books: { a, b: { pages: 2 } } });
    expect(await written(dbName)).toEqual(['shelf', 'shelf/record/b', 'shelf/snapshot']);
    vi.useRealTimers();
    await storage.removeItem('shelf');
    expect(await written(dbName)).toEqual([]);
    expect(await storage.getItem('shelf')).toBeNull();
  });

  // Like the chat merge: every merged record is a new object, never one of its inputs.
  const freshUnion = (stored: { state: Shelf; version?: number }, next: { state: Shelf; version?: number }) => {
    const ids = new Set([...Object.keys(stored.state.books), ...Object.keys(next.state.books)]);
    const books: Shelf['books'] = Object.fromEntries(
      [...ids].map((id) => [id, { pages: (next.state.books[id] ?? stored.state.books[id])!.pages }]),
    );
    return { ...next, state: { ...next.state, books } };
  };

  it('with a merge that makes new objects, a write still puts only what this tab changed since', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, merge: freshUnion, split });
    const books: Shelf['books'] = {};
    for (let n = 0; n < 30; n += 1) books[`b${n}`] = { pages: n };
    await save(storage, { title: 'mine', books: { ...books } });

    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    // 20 writes, each changing one of five books.
    for (let n = 0; n < 20; n += 1) {
      books[`b${n % 5}`] = { pages: 100 + n };
      puts.mockClear();
      await save(storage, { title: 'mine', books: { ...books } });
      expect(puts.mock.calls.map((call) => call[1])).toEqual([`shelf/record/b${n % 5}`, 'shelf']);
    }
    // 12 more books changed, one a write: the 17th changed record writes the snapshot anew...
    const keysPut: unknown[][] = [];
    for (let n = 5; n < 17; n += 1) {
      books[`b${n}`] = { pages: 100 + n };
      puts.mockClear();
      await save(storage, { title: 'mine', books: { ...books } });
      keysPut.push(puts.mock.calls.map((call) => call[1]));
    }
    expect(keysPut.at(-2)).toEqual(['shelf/record/b15', 'shelf']);
    expect(keysPut.at(-1)).toEqual(['shelf/snapshot', 'shelf']);
    // ...and the next write is one record again.
    books.b20 = { pages: 1 };
    puts.mockClear();
    await save(storage, { title: 'mine', books: { ...books } });
    expect(puts.mock.calls.map((call) => call[1])).toEqual(['shelf/record/b20', 'shelf']);
    puts.mockRestore();
    vi.useRealTimers();
    const reader = createThrottledIdbStorage<Shelf>({ dbName, split });
    expect((await reader.getItem('shelf'))!.state.books).toEqual(books);
  });

  it('after another tab wrote, a write reads and merges, but puts only what this tab changed', async () => {
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Shelf>({ dbName, merge: freshUnion, split });
    const tabB = createThrottledIdbStorage<Shelf>({ dbName, merge: freshUnion, split });
    const books: Shelf['books'] = {};
    for (let n = 0; n < 30; n += 1) books[`b${n}`] = { pages: n };
    await save(tabA, { title: 'A', books });
    const loaded = (await tabB.getItem('shelf'))!;
    const mine = { ...loaded.state.books };

    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    for (let n = 0; n < 4; n += 1) {
      // Both tabs write in turn, each changing its own book.
      await save(tabA, { title: 'A', books: { ...books, b0: { pages: 100 + n } } });
      mine.b1 = { pages: 200 + n };
      puts.mockClear();
      gets.mockClear();
      await save(tabB, { title: 'B', books: { ...mine } });
      expect(puts.mock.calls.map((call) => call[1])).toEqual(['shelf/record/b1', 'shelf']);
      // The snapshot is the one tab B knows: only the changed records are read, not all 30.
      expect(gets.mock.calls.map((call) => call[0])).toEqual(['shelf']);
    }
    puts.mockRestore();
    gets.mockRestore();
    vi.useRealTimers();
    const read = (await createThrottledIdbStorage<Shelf>({ dbName, split }).getItem('shelf'))!;
    expect(read.state.books.b0).toEqual({ pages: 103 });
    expect(read.state.books.b1).toEqual({ pages: 203 });
  });

  it('after another tab wrote the snapshot anew, a write reads it whole', async () => {
    // The larger page count wins: a write that missed the other tab's change would lower it.
    const most = (stored: { state: Shelf; version?: number }, next: { state: Shelf; version?: number }) => {
      const ids = new Set([...Object.keys(stored.state.books), ...Object.keys(next.state.books)]);
      const pages = (id: string) =>
        Math.max(stored.state.books[id]?.pages ?? 0, next.state.books[id]?.pages ?? 0);
      return { ...next, state: { ...next.state, books: Object.fromEntries([...ids].map((id) => [id, { pages: pages(id) }])) } };
    };
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Shelf>({ dbName, merge: most, split });
    const tabB = createThrottledIdbStorage<Shelf>({ dbName, merge: most, split });
    await save(tabA, { title: 'A', books: { a: { pages: 1 } } });
    const loaded = (await tabB.getItem('shelf'))!;
    // Tab B changes book a and adds 16 books, one a write: the 17th changed record (the last
    // book) makes it write the snapshot anew.
    const theirs: Shelf['books'] = { ...loaded.state.books, a: { pages: 50 } };
    for (let n = 0; n < 16; n += 1) {
      theirs[`b${n}`] = { pages: n };
      await save(tabB, { title: 'B', books: { ...theirs } });
    }
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);
    await save(tabA, { title: 'A', books: { a: { pages: 2 } } });
    vi.useRealTimers();
    const read = (await createThrottledIdbStorage<Shelf>({ dbName, split }).getItem('shelf'))!;
    expect(Object.keys(read.state.books)).toHaveLength(17);
    expect(read.state.books.a).toEqual({ pages: 50 });
  });

  it('stores records under any id', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, split });
    const a = { pages: 1 };
    await save(storage, { title: 'mine', books: { a } });
    const odd = JSON.parse('{"__proto__": {"pages": 2}, "\\uffffx": {"pages": 3}}') as Shelf['books'];
    await save(storage, { title: 'mine', books: { a, ...odd } });
    vi.useRealTimers();
    const read = (await createThrottledIdbStorage<Shelf>({ dbName, split }).getItem('shelf'))!;
    expect(Object.keys(read.state.books).sort()).toEqual(['__proto__', 'a', '\uffffx']);
    expect(Object.getPrototypeOf(read.state.books)).toBe(Object.prototype);
    await storage.removeItem('shelf');
    expect(await written(dbName)).toEqual([]);
  });

  it('a second write in the same millisecond by another tab is not taken for its own', async () => {
    const dbName = `t-${Math.random()}`;
    const tabA = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    const tabB = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    await save(tabA, { title: 'A', books: {}, tags: ['one'] });
    const loaded = (await tabB.getItem('shelf'))!;
    // The (fake) clock stands still: tab A's second write has the same time as its first.
    await save(tabA, { title: 'A', books: {}, tags: ['one', 'two'] });
    await save(tabB, { ...loaded.state, title: 'B' });
    vi.useRealTimers();
    expect((await tabA.getItem('shelf'))!.state.tags).toEqual(['one', 'two']);
  });

  it('keeps the records of this layout that an older version wrote its single record beside', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    await save(storage, { title: 'new', books: { a: { pages: 1 }, b: { pages: 2 } } });
    // A tab of an older version, still open, writes the single record over the main record.
    const older = createThrottledIdbStorage<Shelf>({ dbName });
    await save(older, { title: 'old', books: { c: { pages: 3 } } });

    vi.useRealTimers();
    const reader = createThrottledIdbStorage<Shelf>({ dbName, merge: union, split });
    const read = (await reader.getItem('shelf'))!;
    expect(read.state.books).toEqual({ a: { pages: 1 }, b: { pages: 2 }, c: { pages: 3 } });
    await save(reader, { ...read.state, books: { ...read.state.books, d: { pages: 4 } } });
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);
    expect(Object.keys((await createThrottledIdbStorage<Shelf>({ dbName, split }).getItem('shelf'))!.state.books)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('a value that cannot be stored fails its write whole, and what was stored stays', async () => {
    const dbName = `t-${Math.random()}`;
    const storage = createThrottledIdbStorage<Shelf>({ dbName, split });
    const a = { pages: 1 };
    await save(storage, { title: 'mine', books: { a } });
    const problems: unknown[] = [];
    const stop = onStorageProblem((problem) => problems.push(problem));
    // A function cannot be cloned: the main record's put throws after the record's put was made.
    const broken = { title: 'mine', books: { a, b: { pages: 2 } }, oops: () => undefined } as unknown as Shelf;
    await save(storage, broken);
    stop();
    expect(problems.at(-1)).toMatchObject({ kind: 'unavailable' });
    vi.useRealTimers();
    expect(await written(dbName)).toEqual(['shelf', 'shelf/snapshot']);
    expect(await createThrottledIdbStorage<Shelf>({ dbName, split }).getItem('shelf')).toEqual({
      state: { title: 'mine', books: { a: { pages: 1 } } },
      version: 1,
    });
  });
});
