// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameScheduler, type FrameSchedulerOptions } from '@/lib/frame-scheduler';

/** Animation frames run by hand at 60 Hz, on a clock moved by hand. */
function manualFrames() {
  let now = 1000;
  let lastId = 0;
  const frames = new Map<number, FrameRequestCallback>();
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.set(++lastId, callback);
    return lastId;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => frames.delete(id));
  return {
    runFrame() {
      now += 1000 / 60;
      // Timers due by now first, as a browser would have run them.
      vi.advanceTimersByTime(1000 / 60);
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(now);
    },
  };
}

/** A scheduler of a mocked callback, on fake timers and frames run by hand. */
function setUp(options?: FrameSchedulerOptions) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const { runFrame } = manualFrames();
  const callback = vi.fn();
  return { runFrame, callback, scheduler: createFrameScheduler(callback, options) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createFrameScheduler', () => {
  it('runs many calls once, in the next frame', () => {
    const { runFrame, callback, scheduler } = setUp();
    scheduler.schedule();
    scheduler.schedule();
    expect(callback).not.toHaveBeenCalled();
    runFrame();
    expect(callback).toHaveBeenCalledTimes(1);
    runFrame();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('with a minimum interval, runs at most every third frame at 60 Hz, counting a run made now', () => {
    const { runFrame, callback, scheduler } = setUp({ minIntervalMs: 50 });
    scheduler.runNow();
    const ranPerFrame: boolean[] = [];
    for (let i = 0; i < 9; i++) {
      const before = callback.mock.calls.length;
      scheduler.schedule();
      runFrame();
      ranPerFrame.push(callback.mock.calls.length > before);
    }
    expect(ranPerFrame).toEqual([false, false, true, false, false, true, false, false, true]);
  });

  it('runs in the next frame when the interval is already over', () => {
    const { runFrame, callback, scheduler } = setUp({ minIntervalMs: 50 });
    scheduler.runNow();
    for (let i = 0; i < 4; i++) runFrame();
    scheduler.schedule();
    runFrame();
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('cancel during the wait for the interval drops the run', () => {
    const { runFrame, callback, scheduler } = setUp({ minIntervalMs: 50 });
    scheduler.runNow();
    scheduler.schedule();
    runFrame();
    scheduler.cancel();
    for (let i = 0; i < 6; i++) runFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('a tab hidden during the wait runs when the wait ends, without a frame', () => {
    const { callback, scheduler } = setUp({ minIntervalMs: 50 });
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false);
    scheduler.runNow();
    scheduler.schedule();
    hidden.mockReturnValue(true);
    // The wait (the interval less one frame), then no frame to wait for.
    vi.advanceTimersByTime(50 - 1000 / 60 + 1);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('in a hidden tab, keeps the interval on a timer', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const callback = vi.fn();
    const scheduler = createFrameScheduler(callback, { fallbackMs: 10, minIntervalMs: 50 });
    scheduler.runNow();
    scheduler.schedule();
    now += 40;
    vi.advanceTimersByTime(40);
    expect(callback).toHaveBeenCalledTimes(1);
    now += 10;
    vi.advanceTimersByTime(10);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('in a hidden tab, runs on a timer', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const callback = vi.fn();
    const scheduler = createFrameScheduler(callback, { fallbackMs: 50 });
    scheduler.schedule();
    vi.advanceTimersByTime(49);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });

  it('flush runs what is pending and nothing else; cancel drops it', () => {
    const { runFrame, callback, scheduler } = setUp();
    scheduler.flush();
    expect(callback).not.toHaveBeenCalled();
    scheduler.schedule();
    scheduler.flush();
    expect(callback).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    scheduler.cancel();
    runFrame();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
