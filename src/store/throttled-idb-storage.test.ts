// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledIdbStorage } from '@/store/throttled-idb-storage';

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
