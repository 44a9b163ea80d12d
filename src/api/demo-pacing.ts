// Time for the demo provider: abortable waits, and a byte stream that releases planned SSE
// events on schedule and fails with an AbortError the way a fetch body does when cancelled.

export interface PacedEvent {
  /** Wait before this event, in milliseconds (0 = at once). */
  delayMs: number;
  /** The exact SSE text: `data: …\n\n`. */
  text: string;
}

/** The error `fetch` rejects with, and errors its body with, when its signal aborts. */
export function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** Resolves after `ms`, or rejects with an AbortError as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The promise's outcome, unless the signal aborts first. */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal | null): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function createPacedStream(
  events: readonly PacedEvent[],
  signal?: AbortSignal | null,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  let onAbort: (() => void) | undefined;

  function stop(): void {
    finished = true;
    clearTimeout(timer);
    wake?.();
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (!signal) return;
      onAbort = () => {
        if (finished) return;
        stop();
        controller.error(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      const event = events[index++];
      if (!event) {
        stop();
        controller.close();
        return;
      }
      if (event.delayMs > 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, event.delayMs);
        });
        wake = undefined;
      }
      // Aborted or cancelled while waiting: the stream is already errored or closed.
      if (finished) return;
      controller.enqueue(encoder.encode(event.text));
      if (index === events.length) {
        stop();
        controller.close();
      }
    },
    cancel() {
      stop();
    },
  });
}
