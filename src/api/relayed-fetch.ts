// The page's half of a relayed fetch: a `fetch` whose request runs in a dedicated worker
// (fetch-relay.ts), which sends the body back a batch at a time. Its Response is a real one,
// built from the worker's status, headers and chunks, so error bodies, the SSE decoder, the
// Inspector and recordings read it as they read a direct fetch. Where no worker can start (no
// Worker support, a worker that fails to load) requests go through `fallback` instead.
import type { RelayMessage, RelayReply, RelayedRequest } from '@/api/fetch-relay';

/** What the page needs of a worker. */
export interface RelayWorker {
  postMessage(message: RelayMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RelayReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

interface PendingRequest {
  /** The request as the caller made it, to run it through the fallback if the worker never starts. */
  input: string;
  init: RequestInit;
  resolve(response: Response): void;
  reject(error: unknown): void;
  body?: RelayedBody;
  settle(): void;
  /**
   * The last chunk's arrival time. Times are kept in order and after the request: a batch's
   * ages are measured in the worker, but each message waits its own time for the page.
   */
  lastArrival: number;
}

interface RelayedBody {
  stream: ReadableStream<Uint8Array>;
  push(chunk: Uint8Array): void;
  end(): void;
  /** Reading fails once what arrived before the failure has been read. */
  fail(error: unknown): void;
  /** Reading fails now (Stop): what is queued is dropped, as fetch drops it. */
  abort(error: unknown): void;
}

/**
 * A body fed by the worker's messages. A batch can arrive with the failure that followed it
 * (a dropped connection), and a stream's `error()` discards what is queued: the chunks are kept
 * here and handed out one per read instead, so the failure comes after them.
 */
function createRelayedBody(onCancel: () => void): RelayedBody {
  // A burst can queue thousands of chunks: read by index, not `shift()`, dropped when read.
  let queue: (Uint8Array | undefined)[] = [];
  let head = 0;
  let ending: { error?: unknown } | null = null;
  let wake: (() => void) | null = null;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => {
        controller = c;
      },
      pull: async (c) => {
        while (head === queue.length && !ending) await new Promise<void>((resolve) => (wake = resolve));
        const chunk = queue[head];
        if (chunk) {
          queue[head++] = undefined;
          if (head === queue.length) {
            queue = [];
            head = 0;
          }
          c.enqueue(chunk);
        } else if (ending && 'error' in ending) c.error(ending.error);
        else c.close();
      },
      cancel: onCancel,
    },
    { highWaterMark: 0 },
  );
  const arrived = (): void => {
    wake?.();
    wake = null;
  };
  return {
    stream,
    push(chunk) {
      queue.push(chunk);
      arrived();
    },
    end() {
      ending = {};
      arrived();
    },
    fail(error) {
      ending = { error };
      arrived();
    },
    abort(error) {
      queue = [];
      head = 0;
      ending = { error };
      controller.error(error);
      arrived();
    },
  };
}

// A chunk's arrival time on the page's clock, looked up by the chunk the body's reader returns.
const arrivalTimes = new WeakMap<Uint8Array, number>();

/** When the worker received this chunk of a relayed body (`performance.now()`), if it was relayed. */
export function chunkArrivalTime(chunk: Uint8Array): number | undefined {
  return arrivalTimes.get(chunk);
}

/** Statuses whose Response may not have a body. */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}

function rebuildError(name: string, message: string): Error {
  if (name === 'AbortError') return new DOMException(message, 'AbortError');
  // What fetch itself throws for a failed request or body.
  const error = new TypeError(message);
  if (name !== 'TypeError') error.name = name;
  return error;
}

/**
 * Only what the relay carries: a URL, resolved here (the worker would resolve a relative one
 * against its own script), and a string body; anything else goes direct.
 */
function relayable(input: RequestInfo | URL, init: RequestInit): string | null {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : null;
  if (url === null) return null;
  if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') return null;
  try {
    return new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return null; // fetch itself says what is wrong with it
  }
}

/** A relayed `fetch`; `warm()` starts its worker ahead of the first request. */
export type RelayedFetch = typeof fetch & { warm(): void };

export function createRelayedFetch(openWorker: () => RelayWorker | null, fallback: typeof fetch): RelayedFetch {
  let worker: RelayWorker | null | undefined;
  let ready = false;
  let nextId = 1;
  const pending = new Map<number, PendingRequest>();

  function onReply(reply: RelayReply): void {
    if (reply.type === 'ready') {
      ready = true;
      return;
    }
    const request = pending.get(reply.id);
    if (!request) return;
    switch (reply.type) {
      case 'head': {
        const stop = (): void => {
          request.settle();
          worker?.postMessage({ type: 'abort', id: reply.id });
        };
        if (!nullBodyStatuses.has(reply.status)) request.body = createRelayedBody(stop);
        const body = request.body?.stream ?? null;
        try {
          request.resolve(new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers }));
        } catch (error) {
          // A status or header a Response cannot carry: as fetch, a failed request.
          stop();
          request.reject(new TypeError(`Failed to fetch (${error instanceof Error ? error.message : String(error)})`));
          return;
        }
        if (!body) stop();
        return;
      }
      case 'chunks': {
        const now = performance.now();
        reply.chunks.forEach((chunk, index) => {
          const arrival = Math.min(now, Math.max(request.lastArrival, now - (reply.ages[index] ?? 0)));
          request.lastArrival = arrival;
          arrivalTimes.set(chunk, arrival);
          request.body?.push(chunk);
        });
        return;
      }
      case 'end':
        request.settle();
        request.body?.end();
        return;
      case 'fail': {
        request.settle();
        const error = rebuildError(reply.name, reply.message);
        if (reply.phase === 'request') request.reject(error);
        else request.body?.fail(error);
        return;
      }
    }
  }

  /**
   * The worker failed. If it never loaded (a plain `error` event before it said it was ready),
   * its requests never left and go direct. Otherwise they may have reached the provider: they
   * fail, as a dropped connection would, rather than being sent (and paid for) twice; and the
   * worker is stopped, so nothing goes on streaming unread.
   */
  function onWorkerFailure(event: Event): void {
    const failed = worker;
    worker = null;
    if (!failed) return;
    const neverLoaded = !ready && event.type === 'error' && !(typeof ErrorEvent !== 'undefined' && event instanceof ErrorEvent);
    failed.terminate();
    for (const [, request] of pending) {
      request.settle();
      if (neverLoaded) {
        fallback(request.input, request.init).then(request.resolve, request.reject);
        continue;
      }
      const error = new TypeError('Failed to fetch');
      if (request.body) request.body.fail(error);
      else request.reject(error);
    }
  }

  function connect(): RelayWorker | null {
    if (worker !== undefined) return worker;
    try {
      worker = openWorker();
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (event) => onReply(event.data));
    worker?.addEventListener('error', onWorkerFailure);
    // A reply that cannot be read would leave its request waiting for ever.
    worker?.addEventListener('messageerror', onWorkerFailure);
    return worker;
  }

  const relayedFetch: typeof fetch = (input, init = {}) => {
    const url = relayable(input, init);
    const relay = url === null ? null : connect();
    if (url === null || !relay) return fallback(input, init);
    const { signal } = init;
    if (signal?.aborted) return Promise.reject(abortReason(signal));

    return new Promise<Response>((resolve, reject) => {
      const id = nextId++;
      const onAbort = (): void => {
        if (!signal) return;
        const request = pending.get(id);
        if (!request) return;
        request.settle();
        relay.postMessage({ type: 'abort', id });
        if (request.body) request.body.abort(abortReason(signal));
        else reject(abortReason(signal));
      };
      pending.set(id, {
        lastArrival: performance.now(),
        input: url,
        init,
        resolve,
        reject,
        settle: () => {
          pending.delete(id);
          signal?.removeEventListener('abort', onAbort);
        },
      });
      signal?.addEventListener('abort', onAbort);
      const message: RelayedRequest = {
        type: 'fetch',
        id,
        url,
        method: init.method ?? 'GET',
        headers: [...new Headers(init.headers).entries()],
        body: (init.body as string | null | undefined) ?? undefined,
      };
      relay.postMessage(message);
    });
  };
  return Object.assign(relayedFetch, { warm: () => void connect() });
}

/** The app's relay worker, started on the first live request; null where workers are unavailable. */
export function openFetchRelayWorker(): RelayWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./fetch-relay.worker.ts', import.meta.url), { type: 'module', name: 'fetch-relay' });
}
