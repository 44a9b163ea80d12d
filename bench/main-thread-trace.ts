// Main-thread time from a Chromium trace, put on the page's own clock (performance.now())
// through a user-timing mark, so it can be summed over any window the page recorded — a whole
// stream, or the gap before each DOM update: the wall time of the renderer's top-level tasks,
// and the CPU time of the work tokens cause (see `tokenWorkBetween`).
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: its wall time minus the time the thread was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

export interface BusyTimeline {
  /** Main-thread busy milliseconds (wall time of top-level tasks) between two `performance.now()` readings of the page. */
  busyBetween(fromMs: number, toMs: number): number;
  /** The same tasks' CPU time: without the time the thread waited for a core on a busy machine. */
  cpuBetween(fromMs: number, toMs: number): number;
  /**
   * Main-thread CPU milliseconds of the work tokens cause, between two readings: running
   * script (tasks, microtasks, animation-frame callbacks, with the DOM work, HTML parsing and
   * garbage collection they trigger), style and layout, and taking network chunks off the
   * pipe. Not the rest of a frame (paint, layerization, the commit to the compositor, hover hit
   * tests), which a frame costs whatever it shows, nor scheduler overhead.
   */
  tokenWorkBetween(fromMs: number, toMs: number): number;
}

/** Trace events (`devtools.timeline`, `toplevel`) that make up the work tokens cause. */
const tokenWorkNames = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
  'ParseHTML',
  'MinorGC',
  'MajorGC',
  'UpdateLayoutTree',
  'Layout',
  'SimpleWatcher::OnHandleReady',
]);

interface Interval {
  start: number;
  end: number;
  /** CPU time inside the interval (for token work); equals the wall time for busy intervals. */
  cpu: number;
}

/** Sum over the intervals' overlap with [from, to); `cpu` is spread evenly over each interval. */
function sumBetween(intervals: readonly Interval[], from: number, to: number, field: 'wall' | 'cpu'): number {
  // Binary search for the first interval that ends after `from`.
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((intervals[mid] as Interval).end <= from) low = mid + 1;
    else high = mid;
  }
  let total = 0;
  for (let i = low; i < intervals.length; i++) {
    const interval = intervals[i] as Interval;
    if (interval.start >= to) break;
    const overlap = Math.min(interval.end, to) - Math.max(interval.start, from);
    const length = interval.end - interval.start;
    total += field === 'wall' ? overlap : length > 0 ? (interval.cpu * overlap) / length : 0;
  }
  return total / 1000;
}

/** The outermost of the (sorted) events: nested ones are already inside their parent. */
function outermost(events: readonly TraceEvent[]): Interval[] {
  const intervals: Interval[] = [];
  for (const event of events) {
    const start = event.ts;
    const end = event.ts + (event.dur ?? 0);
    const last = intervals[intervals.length - 1];
    if (last && start < last.end) {
      if (end > last.end) {
        last.cpu += ((event.tdur ?? event.dur ?? 0) * (end - last.end)) / Math.max(1, end - start);
        last.end = end;
      }
      continue;
    }
    intervals.push({ start, end, cpu: event.tdur ?? event.dur ?? 0 });
  }
  return intervals;
}

const syncMark = 'bench:clock-sync';
let tracesKept = 0;
/** Task events of Chromium's scheduler, the same ones DevTools' Performance panel shows. */
const taskNames = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export async function startMainThreadTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
  });
}

/** Stops the trace; `syncAt` is the page's `performance.now()` of the mark set by `markClock`. */
export async function stopMainThreadTrace(browser: Browser, syncAt: number): Promise<BusyTimeline> {
  const buffer = await browser.stopTracing();
  // BENCH_TRACE=prefix keeps every trace (prefix-1.json, …), to open in DevTools' Performance panel.
  if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}-${++tracesKept}.json`, buffer);
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mark = events.find((event) => event.name === syncMark);
  if (!mark) throw new Error('the clock-sync mark is missing from the trace');
  // The mark's thread is the page's main thread.
  const offsetUs = mark.ts - syncAt * 1000;
  const onMainThread = events
    .filter((event) => event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid && (event.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Nested tasks are inside their parent: keep the outermost ones.
  const tasks = outermost(onMainThread.filter((event) => taskNames.has(event.name)));
  const tokenWork = outermost(onMainThread.filter((event) => tokenWorkNames.has(event.name)));
  const toTrace = (ms: number) => offsetUs + ms * 1000;
  return {
    busyBetween: (fromMs, toMs) => sumBetween(tasks, toTrace(fromMs), toTrace(toMs), 'wall'),
    cpuBetween: (fromMs, toMs) => sumBetween(tasks, toTrace(fromMs), toTrace(toMs), 'cpu'),
    tokenWorkBetween: (fromMs, toMs) => sumBetween(tokenWork, toTrace(fromMs), toTrace(toMs), 'cpu'),
  };
}

/** Sets the clock-sync mark in the page; returns its `performance.now()`. */
export function markClock(page: Page): Promise<number> {
  return page.evaluate((name) => performance.mark(name).startTime, syncMark);
}
