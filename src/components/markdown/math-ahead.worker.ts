// The math worker: finds the formulas of a run of markdown ahead of the reveal and typesets
// them, off the main thread (math-ahead.ts is the page's half).
import temml from 'temml';
import {
  typesetRun,
  type MathAheadReply,
  type MathAheadRequest,
} from '@/components/markdown/math-ahead-run';

/** What this file uses of `DedicatedWorkerGlobalScope` (the project's types are the page's). */
interface WorkerScope {
  postMessage(message: MathAheadReply): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<MathAheadRequest>) => void,
  ): void;
}
const scope = self as unknown as WorkerScope;
/** Formulas typeset already (the page caches them); forgotten now and then, to stay small. */
const done = new Set<string>();
const forgetAfter = 4_096;

scope.addEventListener('message', (event) => {
  if (done.size > forgetAfter) done.clear();
  scope.postMessage(typesetRun(temml, event.data.markdown, done));
});
