// Main-thread busy time from a Chromium trace: the renderer's top-level tasks, put on the
// page's own clock (performance.now()) through a user-timing mark, so busy time can be summed
// over any window the page recorded — a whole stream, or the gap before each DOM update.
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

export interface BusyTimeline {
  /** Main-thread busy milliseconds between two `performance.now()` readings of the page. */
  busyBetween(fromMs: number, toMs: number): number;
}

const syncMark = 'bench:clock-sync';
/** Task events of Chromium's scheduler, the same ones DevTools' Performance panel shows. */
const taskNames = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export async function startMainThreadTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing'],
  });
}

/** Stops the trace; `syncAt` is the page's `performance.now()` of the mark set by `markClock`. */
export async function stopMainThreadTrace(browser: Browser, syncAt: number): Promise<BusyTimeline> {
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mark = events.find((event) => event.name === syncMark);
  if (!mark) throw new Error('the clock-sync mark is missing from the trace');
  // The mark's thread is the page's main thread.
  const offsetUs = mark.ts - syncAt * 1000;
  const tasks = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === mark.pid &&
        event.tid === mark.tid &&
        taskNames.has(event.name) &&
        (event.dur ?? 0) > 0,
    )
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  // Nested tasks are inside their parent: keep the outermost ones.
  const intervals: { start: number; end: number }[] = [];
  for (const task of tasks) {
    const last = intervals[intervals.length - 1];
    if (last && task.start < last.end) last.end = Math.max(last.end, task.end);
    else intervals.push({ ...task });
  }
  return {
    busyBetween(fromMs, toMs) {
      const from = offsetUs + fromMs * 1000;
      const to = offsetUs + toMs * 1000;
      let busy = 0;
      // Binary search for the first interval that ends after `from`.
      let low = 0;
      let high = intervals.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((intervals[mid] as { end: number }).end <= from) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < intervals.length; i++) {
        const interval = intervals[i] as { start: number; end: number };
        if (interval.start >= to) break;
        busy += Math.min(interval.end, to) - Math.max(interval.start, from);
      }
      return busy / 1000;
    },
  };
}

/** Sets the clock-sync mark in the page; returns its `performance.now()`. */
export function markClock(page: Page): Promise<number> {
  return page.evaluate((name) => performance.mark(name).startTime, syncMark);
}
