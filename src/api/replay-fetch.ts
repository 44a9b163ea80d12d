// A `fetch` that answers from a recording: the recorded SSE events become SSE bytes again, each
// sent at its recorded offset (scaled by the speed), so a replay goes through the very parser,
// turn runner and view a live answer does, with no network and no key.
import type { Recording, ReplaySpeed } from '@/domain/recording';

export interface ReplayClock {
  now: () => number;
  /** Resolves after `ms`, or rejects when the signal aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const realClock: ReplayClock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

function abortError(): DOMException {
  return new DOMException('The replay was stopped.', 'AbortError');
}

/** One recorded event as SSE text: `event:` when it had one, one `data:` line per line of data. */
export function encodeSseEvent(event: { data: string; event?: string }): string {
  const head = event.event ? `event: ${event.event}\n` : '';
  return `${head}${event.data
    .split('\n')
    .map((line) => `data: ${line}`)
    .join('\n')}\n\n`;
}

/** When event `at` (ms after the request) is due at this speed; 0 for instant. */
export function replayOffset(at: number, speed: ReplaySpeed): number {
  return speed === 'instant' ? 0 : Math.max(0, at) / speed;
}

export function createReplayFetch(
  recording: Pick<Recording, 'events' | 'response'>,
  speed: ReplaySpeed,
  clock: ReplayClock = realClock,
): typeof fetch {
  return (_input, init) => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortError());
    const startedAt = clock.now();
    const encoder = new TextEncoder();
    const events = recording.events;
    const stop = new AbortController();
    signal?.addEventListener('abort', () => stop.abort(), { once: true });
    let next = 0;

    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (next >= events.length) {
          controller.close();
          return;
        }
        const event = events[next]!;
        const wait = startedAt + replayOffset(event.at, speed) - clock.now();
        try {
          if (wait > 0) await clock.sleep(wait, stop.signal);
        } catch (error) {
          controller.error(error);
          return;
        }
        // Every event due by now goes out in one chunk, like a network read would carry them.
        let text = '';
        const now = clock.now();
        do {
          text += encodeSseEvent(events[next]!);
          next += 1;
        } while (next < events.length && startedAt + replayOffset(events[next]!.at, speed) <= now);
        controller.enqueue(encoder.encode(text));
      },
      cancel() {
        stop.abort();
      },
    });

    return Promise.resolve(
      new Response(body, {
        status:
          recording.response.status >= 200 && recording.response.status < 300
            ? recording.response.status
            : 200,
        headers: {
          // Always SSE: that is what is re-emitted, whatever the original said.
          'content-type': 'text/event-stream; charset=utf-8',
          'x-replay': speed === 'instant' ? 'instant' : `${speed}x`,
        },
      }),
    );
  };
}
