// Opening a long conversation formats what is on screen first. Answers further up show their
// text as plain text until the browser is idle, then are formatted in idle time, newest (nearest
// the screen) first, as many per idle period as it has time for: markdown, sanitizing and
// highlighting of 20 turns made the first render of a conversation ~130 ms longer (bench/:
// start-up).
import { createContext, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '@/lib/idle-callback';

/** True around text that may stay plain until the browser is idle (read when it mounts). */
export const FormatWhenIdleContext = createContext(false);

/** Idle time a formatting needs at least to be started in the same idle period. */
const minIdleMs = 8;

const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
  pumping = true;
  whenIdle((deadline) => {
    // The last one mounted is the nearest to the end of the conversation. Each is rendered
    // here and now, so the deadline sees what it cost.
    do flushSync(() => waiting.pop()?.());
    while (waiting.length > 0 && deadline.timeRemaining() > minIdleMs);
    if (waiting.length > 0) pump();
    else pumping = false;
  });
}

/**
 * Whether the text may be formatted now: at once, or once its idle turn has come. Streaming text
 * always may, even one that started streaming after it mounted.
 */
export function useFormatNow(streaming: boolean): boolean {
  const deferred = useContext(FormatWhenIdleContext);
  const [ready, setReady] = useState(streaming || !deferred);
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
  return ready || streaming;
}
