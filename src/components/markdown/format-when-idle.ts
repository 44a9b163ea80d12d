// Opening a long conversation formats what is on screen first. Answers further up show their
// text as plain text until the browser is idle, then are formatted one per idle period, newest
// (nearest the screen) first: markdown, sanitizing and highlighting of 20 turns made the first
// render of a conversation ~130 ms longer (bench/: start-up).
import { createContext, useContext, useEffect, useState } from 'react';
import { whenIdle } from '@/lib/after-first-render';

/** True around text that may stay plain until the browser is idle (set when it mounts). */
export const FormatWhenIdleContext = createContext(false);

const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
  pumping = true;
  whenIdle(() => {
    // The last one mounted is the nearest to the end of the conversation.
    waiting.pop()?.();
    if (waiting.length > 0) pump();
    else pumping = false;
  });
}

/** Whether the text may be formatted now: at once, or once its idle turn has come. */
export function useFormatNow(): boolean {
  const deferred = useContext(FormatWhenIdleContext);
  const [ready, setReady] = useState(!deferred);
  useEffect(() => {
    if (ready) return;
    const format = () => setReady(true);
    waiting.push(format);
    if (!pumping) pump();
    return () => {
      const index = waiting.indexOf(format);
      if (index !== -1) waiting.splice(index, 1);
    };
  }, [ready]);
  return ready;
}
