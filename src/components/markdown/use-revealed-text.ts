// A streamed answer can arrive faster than it can be rendered: at full speed one animation frame
// may bring tens of KB, and rendering them at once is one long task (a frozen page). While a
// text streams, each render shows at most one step more of it, and the backlog is revealed one
// step per render. A step is as many characters as fit in the frames' budget at the measured
// speed, so a slower machine reveals less per frame instead of dropping frames. The stream
// delivers text at most 20 times a second (`api/stream-turn.ts`), and a backlog is revealed at
// that pace too (see `revealIntervalMs`).
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterFrame } from '@/lib/after-frame';
import { createFrameScheduler, frameJitterMs, frameMs, frameTime } from '@/lib/frame-scheduler';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

/**
 * What a reveal frame may cost in all: the render, then style, layout, paint and the commit to
 * the compositor, measured until the frame is done. Leaves room in a 16.7 ms frame.
 */
const frameBudgetMs = 6;
/**
 * What one render's frame may cost, however many frames it stands for: it must still fit in a
 * 16.7 ms frame. With three frames' budget (18 ms) a render every third frame often took two
 * vsyncs (frames over 33 ms at full speed 0.4-1.0 % -> 0.1-0.2 % with this cap, A/B).
 */
const renderBudgetMs = 10;
/**
 * The smallest step, whatever the measured speed, so a slow machine still gets through a long
 * backlog. 150 characters is still over 2,000 tokens/s, far faster than any model streams; A/B
 * on a 2-core VM against 200: a third as many frames over 33 ms, an 18 % longer reveal of a
 * 20,000-token burst.
 */
const minStepChars = 150;
/**
 * A step ends where a block ends (a blank line) in its second half or this soon after it, else
 * at a line end: a block cut in two is rendered twice, a whole one once.
 */
const blockEndReach = 600;
const lineEndReach = 200;

// Shared by every message: the speed is the machine's, not the message's. A cautious first
// guess, replaced by measurements of the reveal frames. Charging a frame's fixed costs to its
// characters makes the estimate settle where a step's frame takes the budget.
let charsPerMs = 30;

/**
 * A backlog is revealed one step per this interval, the pace the stream delivers text at
 * (`streamUpdateIntervalMs`): 20 renders a second. 20,000 tokens at full speed, main thread per
 * token (A/B): a render every frame 191-205 µs, every other frame 140-154, every third 123-125
 * (with `renderBudgetMs`), the reveal as long as before (13.6 s).
 */
const revealIntervalMs = streamUpdateIntervalMs;

/**
 * Characters for a step that follows the previous render by `sinceMs`: a render standing for
 * three frames reveals at least three frames' smallest steps (where the smallest step decides,
 * a backlog goes as fast as with a render every frame), and takes up to three frames' budget
 * within `renderBudgetMs`.
 */
function stepChars(sinceMs = frameMs): number {
  const frames = Math.min(3, Math.max(1, sinceMs / frameMs));
  return Math.round(Math.max(minStepChars * frames, charsPerMs * Math.min(frameBudgetMs * frames, renderBudgetMs)));
}

/** Too soon after the last render of this text to render it again. */
function tooSoon(shownAt: number, now: number): boolean {
  return now - shownAt < revealIntervalMs - frameJitterMs;
}

/**
 * Hidden tabs get no animation frames (and their frame time stands still): there each step
 * waits on a timer of one render interval instead (`createFrameScheduler`). A tab hidden after
 * a frame was requested gets its step from a timer this much later.
 */
const lostFrameMs = 1000;

/**
 * A reveal frame slower than this missed a vsync: the machine is behind (a throttled CPU, a
 * busy one). The next frame then reveals nothing, so the browser gets one frame without our
 * work, time it needs for garbage collection among others. Without that pause, at 4× CPU
 * throttling every frame was over budget, collection work landed in reveal frames, and frames
 * grew from ~40 to ~70 ms over a 20,000-token answer (A/B: longest frame 267-283 -> 183-200 ms,
 * reveal 10-15 % longer). At full speed on 1× CPU, frames rarely miss and nothing changes.
 */
const missedFrameMs = 33;
let pauseNextFrame = false;
let lastMissAt = Number.NEGATIVE_INFINITY;

/** Forgets the measured speed and any pending pause, so each test starts from the same state. */
export function resetRevealMeasurements(): void {
  charsPerMs = 30;
  pauseNextFrame = false;
  lastMissAt = Number.NEGATIVE_INFINITY;
}

/** A reveal frame missed a vsync within the last second: the machine has no time to spare. */
export function revealIsBehind(): boolean {
  return performance.now() - lastMissAt < 1000;
}

function observeFrame(chars: number, ms: number): void {
  if (ms > missedFrameMs) {
    pauseNextFrame = true;
    lastMissAt = performance.now();
  }
  if (chars < minStepChars || ms <= 0.5) return;
  charsPerMs = charsPerMs * 0.6 + (chars / ms) * 0.4;
}

/** The end of one step through `text` from `from`. */
export function stepEnd(text: string, from: number, chars = stepChars()): number {
  let end = from + chars;
  if (end >= text.length) return text.length;
  const blockEndBefore = text.lastIndexOf('\n\n', end);
  if (blockEndBefore >= from + chars / 2) return blockEndBefore + 2;
  const blockEndAfter = text.indexOf('\n\n', end);
  if (blockEndAfter !== -1 && blockEndAfter - end < blockEndReach) return blockEndAfter + 2;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd !== -1 && lineEnd - end < lineEndReach) return lineEnd + 1;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end += 1;
  return end;
}

interface Revealed {
  /** The text as of the last render. */
  source: string;
  /** How much of it is shown. */
  shown: number;
}

/**
 * The part of `text` to render now. A text that was complete when it mounted is shown whole
 * (opening a conversation); one that streams is shown up to one step past what was shown, and
 * while more has arrived than is shown `revealing` is true and the next render (at most 20 a
 * second) shows one more step.
 */
export function useRevealedText(
  text: string,
  streaming: boolean,
): { text: string; revealing: boolean } {
  const [state, setState] = useState<Revealed>(() => ({
    source: text,
    shown: streaming ? stepEnd(text, 0) : text.length,
  }));

  let shown = state.shown;
  if (state.source !== text) {
    const caughtUp = state.shown >= state.source.length;
    const grew = text.length > state.source.length && text.startsWith(state.source);
    // Another text altogether (not the old one grown) starts over.
    if (!grew) shown = streaming ? stepEnd(text, 0) : text.length;
    // Caught up: what was added is shown in this render, up to a step (the stream paces its
    // deliveries, so this is at most 20 times a second). Behind: the effect below reveals the
    // backlog a step at a time.
    else if (caughtUp) shown = stepEnd(text, state.shown);
    setState({ source: text, shown });
  }
  const revealing = shown < text.length;

  const latest = useRef<Revealed>({ source: text, shown });
  useLayoutEffect(() => {
    latest.current = { source: text, shown };
  });
  // The frame in which more of the text was last rendered (none before there was text).
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  useLayoutEffect(() => {
    if (shown > 0) shownAt.current = frameTime();
  }, [shown]);

  const wasStreaming = useRef(streaming);

  useLayoutEffect(() => {
    const streamEnded = wasStreaming.current && !streaming;
    wasStreaming.current = streaming;
    if (!revealing) return;
    /** The next step's end, for a step that starts at `now`. */
    const nextEnd = (now: number) => {
      const { source, shown: from } = latest.current;
      return { source, from, end: stepEnd(source, from, stepChars(now - shownAt.current)) };
    };
    const mayRender = (now: number) => !pauseNextFrame && (document.hidden || !tooSoon(shownAt.current, now));
    const step = () => {
      const now = frameTime();
      if (!mayRender(now)) {
        // A paused frame is one that would have rendered.
        if (!tooSoon(shownAt.current, now)) pauseNextFrame = false;
        scheduler.schedule();
        return;
      }
      const { source, from, end } = nextEnd(now);
      const startedAt = performance.now();
      flushSync(() => setState({ source, shown: end }));
      // A step in a hidden tab has no frame to measure.
      if (!document.hidden) afterFrame(() => observeFrame(end - from, performance.now() - startedAt));
    };
    // The stream's end shows the next step of a backlog at once (rendered again before this
    // frame is painted), without the wait or a pause after a missed frame.
    if (streamEnded) {
      const { source, end } = nextEnd(frameTime());
      setState({ source, shown: end });
      return;
    }
    const scheduler = createFrameScheduler(step, { fallbackMs: revealIntervalMs, lostFrameMs });
    scheduler.schedule();
    return scheduler.cancel;
  }, [revealing, shown, streaming]);

  return { text: shown === text.length ? text : text.slice(0, shown), revealing };
}
