// Coalesces many calls into at most one per animation frame, or, with `minIntervalMs`, one per
// interval in the first frame after it. Hidden tabs get no frames, so there it falls back to a
// timer and a background stream still lands in the store.

export interface FrameScheduler {
  schedule(): void;
  /** Runs the pending callback now, if any. */
  flush(): void;
  /** Runs the callback now, pending or not; the next run waits `minIntervalMs` from here. */
  runNow(): void;
  cancel(): void;
}

export interface FrameSchedulerOptions {
  /** The timer of a hidden tab. */
  fallbackMs?: number;
  /** The timer that stands in for a frame requested before the tab was hidden. */
  lostFrameMs?: number;
  /**
   * Scheduled runs come this far apart (less the frame jitter), each in the first frame after
   * the interval (0: every frame); `runNow` and `flush` do not wait for it.
   */
  minIntervalMs?: number;
}

/** rAF times jitter: a frame this early still counts as the one after the interval. */
export const frameJitterMs = 4;
/** One frame at 60 Hz. */
export const frameMs = 1000 / 60;

/**
 * The time of the current frame: every task of one frame reads the same time, so runs are
 * spaced in frames, not in when each one's work happened to start (the animation timeline's
 * time; outside a browser, the clock).
 */
export function frameTime(): number {
  const time = typeof document === 'undefined' ? null : document.timeline?.currentTime;
  return typeof time === 'number' ? time : performance.now();
}

export function createFrameScheduler(
  callback: () => void,
  { fallbackMs = 50, lostFrameMs = fallbackMs * 4, minIntervalMs = 0 }: FrameSchedulerOptions = {},
): FrameScheduler {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRunAt = Number.NEGATIVE_INFINITY;

  const clear = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  // Timed by frame, else a run late in its frame pushes the next one a frame further.
  const run = (time = frameTime()) => {
    clear();
    lastRunAt = time;
    callback();
  };
  const canAnimate = () =>
    typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden;
  const tooSoon = (now: number) => now - lastRunAt < minIntervalMs - frameJitterMs;

  const requestFrame = () => {
    clear();
    frame = requestAnimationFrame((time) => {
      // A frame before the interval is up (a timer that fired early) waits for the next one.
      if (tooSoon(time)) requestFrame();
      else run(time);
    });
    // Also a timer: a tab hidden after scheduling would otherwise never get its frame.
    timer = setTimeout(() => run(), lostFrameMs);
  };

  return {
    schedule() {
      if (frame !== null || timer !== null) return;
      if (!canAnimate()) {
        timer = setTimeout(() => run(), Math.max(fallbackMs, lastRunAt + minIntervalMs - frameTime()));
        return;
      }
      // Wait out most of the interval on a timer, then take the next frame: no idle frames.
      const wait = lastRunAt + minIntervalMs - frameMs - frameTime();
      // A tab hidden during the wait gets no frame: it runs when the wait ends.
      if (wait > 0) timer = setTimeout(() => (canAnimate() ? requestFrame() : run()), wait);
      else requestFrame();
    },
    flush() {
      if (frame !== null || timer !== null) run();
    },
    runNow: () => run(),
    cancel: clear,
  };
}
