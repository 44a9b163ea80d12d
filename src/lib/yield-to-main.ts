// Long bursts of work on the main thread (a fast stream whose bytes are already buffered: every
// read resolves at once, so the read loop never leaves the microtask queue) starve rendering.
// A loop calls `maybeYield()` between steps; once it has run for `budgetMs` it waits until the
// next frame has been rendered before going on, so each frame carries at most one slice of it.
// Yielding to other tasks only (`scheduler.yield()`) let the loop's continuations run ahead of
// rendering: at 4x CPU throttling a 5 MB burst put several slices between two frames, the
// longest of which took 200-233 ms (A/B, 20,000 tokens: 83-117 ms after). A hidden page gets
// no frames; there, and where there are no frames at all, the loop yields to other tasks.

import { afterFrame } from '@/lib/after-frame';

interface YieldingScheduler {
  yield(): Promise<void>;
}

function yieldToTasks(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A frame that does not come this soon is not waited for: the tab was hidden meanwhile (a
 * throttled frame at 4x takes up to ~150 ms).
 */
const frameWaitLimitMs = 250;

function framesArePainted(): boolean {
  return (
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState !== 'hidden'
  );
}

function yieldUntilFramePainted(): Promise<void> {
  if (!framesArePainted()) return yieldToTasks();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(settle, frameWaitLimitMs);
    requestAnimationFrame(() => afterFrame(settle));
  });
}

export interface MainThreadYielder {
  /** Resolves at once while within budget; otherwise after the browser has had a turn. */
  maybeYield(): Promise<void> | undefined;
  /**
   * The loop has just waited (for the network): the browser had its turn meanwhile, so a new
   * slice starts now. Without this, time spent waiting counted as work, and the first step
   * after a wait (the first text of an answer, after the role chunk) yielded for nothing.
   */
  restart(): void;
}

export function createYielder(budgetMs = 8): MainThreadYielder {
  let sliceStart = performance.now();
  return {
    restart() {
      sliceStart = performance.now();
    },
    maybeYield() {
      if (performance.now() - sliceStart < budgetMs) return undefined;
      return yieldUntilFramePainted().then(() => {
        sliceStart = performance.now();
      });
    },
  };
}
