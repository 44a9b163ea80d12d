// While a backlog is revealed (an answer that arrived faster than it renders), the formulas of
// the next few blocks are typeset ahead: the frame that shows a formula then finds it in the
// cache instead of running the typesetter and the sanitizer. In the math worker where there is one;
// otherwise in idle time, between reveal frames, one at a time.
import { useEffect, useRef } from 'react';
import { formulasIn, type PendingFormula } from '@/components/markdown/formulas-in';
import { mathModule } from '@/components/markdown/lazy-modules';
import { canTypesetInWorker, typesetInWorker } from '@/components/markdown/math-ahead';
import { renderMathToSafeHtml } from '@/components/markdown/render-math';
import { revealIsBehind } from '@/components/markdown/use-revealed-text';
import { requestIdle, type IdleDeadlineLike } from '@/lib/idle-callback';

/** How far past the shown text to look; the formula cache keeps 256. */
const aheadChars = 3_000;
/** Look at a run of about this many characters at a time, ending where a block ends. */
const runChars = 600;
/** A formula takes ~2 ms on a slow machine: start one only with this much of the idle period left. */
const minIdleMs = 4;

/** Typesets a formula into the cache the renderer reads; false until the typesetter has loaded. */
function typesetHere(formula: PendingFormula): boolean {
  const typesetter = mathModule.get();
  if (!typesetter) return false;
  renderMathToSafeHtml(typesetter, formula.tex, formula.display);
  return true;
}

/**
 * Typesets the math ahead of the first `shown` characters of `text` while `revealing`: in the
 * math worker, or in idle time and not while the reveal itself misses frames (that idle time
 * is the browser's).
 */
export function useTypesetMathAhead(text: string, shown: number, revealing: boolean): void {
  // Formulas found but not typeset yet, and how far the text has been looked through.
  const queue = useRef<PendingFormula[]>([]);
  const lookedUntil = useRef(0);
  useEffect(() => {
    if (!revealing) return;
    if (lookedUntil.current < shown || lookedUntil.current > text.length) {
      lookedUntil.current = shown;
      queue.current = [];
    }
    const limit = Math.min(text.length, shown + aheadChars);
    if (canTypesetInWorker()) {
      // Whole blocks, as far ahead as the limit.
      const blockEnd = text.lastIndexOf('\n\n', limit - 2);
      const to = blockEnd === -1 ? 0 : blockEnd + 2;
      if (to > lookedUntil.current) {
        typesetInWorker(text.slice(lookedUntil.current, to));
        lookedUntil.current = to;
      }
      return;
    }
    const done = () => lookedUntil.current >= limit && queue.current.length === 0;
    let cancel = () => {};
    const work = (deadline: IdleDeadlineLike) => {
      while (!done() && deadline.timeRemaining() > minIdleMs && !revealIsBehind()) {
        const formula = queue.current.shift();
        if (formula) {
          if (!typesetHere(formula)) return; // the typesetter is not there yet
          continue;
        }
        const from = lookedUntil.current;
        const blockEnd = text.indexOf('\n\n', from + runChars);
        const to = blockEnd === -1 || blockEnd + 2 > limit ? limit : blockEnd + 2;
        queue.current = formulasIn(text.slice(from, to));
        lookedUntil.current = to;
      }
      // Out of idle time: go on in the next idle period. A reveal that misses frames stops it
      // until the next step shows.
      if (!done() && !revealIsBehind()) cancel = requestIdle(work, { fallbackDelayMs: 1 });
    };
    if (!done()) cancel = requestIdle(work, { fallbackDelayMs: 1 });
    return () => cancel();
  }, [text, shown, revealing]);
}
