import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps whether the app has rendered: a fresh copy per test.
async function freshModule() {
  vi.resetModules();
  return import('@/lib/after-first-render');
}

describe('afterFirstRender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds work until the app has rendered, then runs it in idle time', async () => {
    const { afterFirstRender, firstRenderDone } = await freshModule();
    const task = vi.fn();
    afterFirstRender(task);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();

    firstRenderDone();
    expect(task).not.toHaveBeenCalled(); // not inside the render's own effect
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs later work in idle time, once each', async () => {
    const { afterFirstRender, firstRenderDone } = await freshModule();
    firstRenderDone();
    firstRenderDone();
    const task = vi.fn();
    afterFirstRender(task);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledOnce();
  });
});
