// Coalesces many calls into at most one per animation frame. Hidden tabs get no frames, so
// there it falls back to a timer and a background stream still lands in the store.

export interface FrameScheduler {
  schedule(): void;
  /** Runs the pending callback now, if any. */
  flush(): void;
  cancel(): void;
}

/**
 * `fallbackMs`: the timer of a hidden tab. `lostFrameMs`: the timer that stands in for a frame
 * requested before the tab was hidden.
 */
export function createFrameScheduler(
  callback: () => void,
  fallbackMs = 50,
  lostFrameMs = fallbackMs * 4,
): FrameScheduler {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const run = () => {
    clear();
    callback();
  };

  return {
    schedule() {
      if (frame !== null || timer !== null) return;
      const canAnimate =
        typeof requestAnimationFrame === 'function' &&
        typeof document !== 'undefined' &&
        !document.hidden;
      if (canAnimate) frame = requestAnimationFrame(run);
      // Also a timer: a tab hidden after scheduling would otherwise never get its frame.
      timer = setTimeout(run, canAnimate ? lostFrameMs : fallbackMs);
    },
    flush() {
      if (frame !== null || timer !== null) run();
    },
    cancel: clear,
  };
}
