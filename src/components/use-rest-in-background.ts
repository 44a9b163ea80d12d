// A long list shows what is on screen first: its first render for a key holds only the part a
// screen shows, and React renders the rest right after as a background (transition) render,
// which yields to the browser, so the first paint does not wait for it (bench/: hydration of
// 200 conversations of 20 turns).
import { startTransition, useEffect, useState } from 'react';

/** False in the first render for `key`; true from the background render that follows it. */
export function useRestInBackground(key: string): boolean {
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  useEffect(() => {
    startTransition(() => setCompleteFor(key));
  }, [key]);
  return completeFor === key;
}
