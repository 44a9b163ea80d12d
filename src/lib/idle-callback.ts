// Work for the browser's idle time, with the idle period's deadline, where browsers without idle
// callbacks (Safari) get a short slice of a later task instead.

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

/** The slice a task gets without idle callbacks, timed from when it runs (not from when it was asked). */
const fallbackSliceMs = 8;

export interface IdleOptions {
  /** Run by then even if the browser is never idle. */
  timeoutMs?: number;
  /** Without idle callbacks: how long to wait before the slice. */
  fallbackDelayMs?: number;
}

/** Runs `task` in the next idle period; returns a cancel. */
export function requestIdle(
  task: (deadline: IdleDeadlineLike) => void,
  { timeoutMs, fallbackDelayMs = 50 }: IdleOptions = {},
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      task,
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const start = performance.now();
    task({ timeRemaining: () => fallbackSliceMs - (performance.now() - start) });
  }, fallbackDelayMs);
  return () => clearTimeout(handle);
}

/** Work wanted soon, just not now: the next idle period, or within a second at most; returns a cancel. */
export function whenIdle(task: (deadline: IdleDeadlineLike) => void): () => void {
  return requestIdle(task, { timeoutMs: 1_000 });
}
