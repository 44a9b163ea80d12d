import { afterEach, describe, expect, it, vi } from 'vitest';
import { createYielder } from '@/lib/yield-to-main';

function spendBudget(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms) {
    // busy: the loop's work
  }
}

/** Resolves once the tasks queued so far (timers, messages) have run. */
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A page (visible unless told): rAF callbacks wait until `paintFrame()`. */
function stubPage(visibilityState: DocumentVisibilityState = 'visible') {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('document', { visibilityState });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  return {
    requested: () => frames.length,
    paintFrame: () => frames.splice(0).forEach((callback) => callback(performance.now())),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createYielder', () => {
  it('does not yield while the loop is within its budget', () => {
    const yielder = createYielder(60_000);
    expect(yielder.maybeYield()).toBeUndefined();
  });

  it('yields once the budget is spent, then starts a new slice', async () => {
    const yielder = createYielder(5);
    spendBudget(10);
    const pending = yielder.maybeYield();
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(yielder.maybeYield()).toBeUndefined();
  });

  it('starts a new slice after a wait, so waiting is not charged as work', () => {
    const yielder = createYielder(5);
    spendBudget(10);
    yielder.restart();
    expect(yielder.maybeYield()).toBeUndefined();
  });

  it('on a visible page, goes on only once the next frame has been rendered', async () => {
    const page = stubPage();
    const yielder = createYielder(5);
    spendBudget(10);
    let resumed = false;
    void yielder.maybeYield()?.then(() => (resumed = true));
    await tasksRun();
    expect(page.requested()).toBe(1);
    expect(resumed).toBe(false);
    page.paintFrame();
    await tasksRun();
    expect(resumed).toBe(true);
  });

  it('does not wait for a frame that never comes (the tab was hidden meanwhile)', async () => {
    stubPage();
    const yielder = createYielder(5);
    spendBudget(10);
    let resumed = false;
    void yielder.maybeYield()?.then(() => (resumed = true));
    await tasksRun();
    expect(resumed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed).toBe(true);
  });

  it('on a hidden page, which gets no frames, yields to other tasks only', async () => {
    const page = stubPage('hidden');
    const yielder = createYielder(5);
    spendBudget(10);
    await yielder.maybeYield();
    expect(page.requested()).toBe(0);
  });
});
