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
