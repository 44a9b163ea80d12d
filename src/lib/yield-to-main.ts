// Long bursts of work on the main thread (a fast stream whose bytes are already buffered: every
// read resolves at once, so the read loop never leaves the microtask queue) starve rendering.
// A loop calls `maybeYield()` between steps; once it has run for `budgetMs` it gives the browser
// a turn — a frame, input — before going on. `scheduler.yield()` where there is one (it keeps
// the loop's priority), a zero timeout elsewhere.

interface YieldingScheduler {
  yield(): Promise<void>;
}

function yieldOnce(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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
      return yieldOnce().then(() => {
        sliceStart = performance.now();
      });
    },
  };
}
