// The page's half of the math worker (math-ahead.worker.ts). Typesetting ahead in idle time
// stopped whenever reveal frames missed vsyncs (a slow machine has no idle time then), so the
// next frames typeset their own formulas, ran long and stayed behind. In a worker it goes on
// whatever the main thread does; replies only fill the formula cache.
import type { MathAheadReply, MathAheadRequest } from '@/components/markdown/math-ahead-run';
import { rememberPlainMath } from '@/components/markdown/render-math';

let worker: Worker | null | undefined;

function mathWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return worker;
  try {
    const started = new Worker(new URL('./math-ahead.worker.ts', import.meta.url), {
      type: 'module',
      name: 'math-ahead',
    });
    started.addEventListener('message', (event: MessageEvent<MathAheadReply>) => {
      for (const { tex, display, html } of event.data.formulas)
        rememberPlainMath(tex, display, html);
    });
    // A worker that cannot start (a strict policy, a failed load) leaves the work to idle time.
    started.addEventListener('error', () => {
      started.terminate();
      worker = null;
    });
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/** Whether there is a math worker (starting it on first use). */
export function canTypesetInWorker(): boolean {
  return mathWorker() !== null;
}

/** Sends a run of whole blocks to be typeset ahead. */
export function typesetInWorker(markdown: string): void {
  mathWorker()?.postMessage({ markdown } satisfies MathAheadRequest);
}
