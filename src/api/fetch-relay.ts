// The worker's half of a relayed fetch (relayed-fetch.ts is the page's half). The worker runs
// the page's requests and sends each response's body back in batches, at most one message per
// interval: a stream read on the page costs a task and its promises for every network chunk
// (~275 a second at 100 tokens/s, as much main-thread time as rendering the answer), while
// here it costs the page one message per interval. The opening of a body (`openingBytes`: the
// role chunk, the first text, however the network split them) and the first chunk after a quiet
// interval go at once, so the first token is not held back. Each chunk keeps the time it arrived,
// for the Inspector's event times and recordings' original pace.

export interface RelayedRequest {
  type: 'fetch';
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body?: string;
}

export type RelayMessage = RelayedRequest | { type: 'abort'; id: number };

export type RelayReply =
  | { type: 'ready' }
  | { type: 'head'; id: number; status: number; statusText: string; headers: [string, string][] }
  /** `ages`: how long before the message each chunk arrived, in ms (the page's clock is not the worker's). */
  | { type: 'chunks'; id: number; chunks: Uint8Array[]; ages: number[] }
  | { type: 'end'; id: number }
  /** `phase`: whether the request failed (no response) or reading its body did. */
  | { type: 'fail'; id: number; phase: 'request' | 'body'; name: string; message: string };

export interface FetchRelayOptions {
  fetch: typeof fetch;
  post: (reply: RelayReply, transfer: Transferable[]) => void;
  intervalMs: number;
  /** The worker's clock, in ms. */
  now?: () => number;
  /** How much of a body goes to the page chunk by chunk before batching starts. */
  openingBytes?: number;
}

export interface FetchRelay {
  handle(message: RelayMessage): void;
}

/**
 * A body's first bytes go to the page as they arrive: the role chunk alone is ~200 bytes, and
 * holding the first text back for the interval added ~25 ms to time to first token.
 */
const defaultOpeningBytes = 2048;

interface RunningRequest {
  controller: AbortController;
  chunks: Uint8Array[];
  times: number[];
  lastPostAt: number;
  /** Body bytes received so far. */
  received: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function errorParts(error: unknown): { name: string; message: string } {
  if (error instanceof Error || error instanceof DOMException) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function createFetchRelay(options: FetchRelayOptions): FetchRelay {
  const { fetch: fetchImpl, post, intervalMs, now = () => performance.now(), openingBytes = defaultOpeningBytes } = options;
  const running = new Map<number, RunningRequest>();

  function send(id: number, request: RunningRequest): void {
    if (request.timer !== undefined) clearTimeout(request.timer);
    request.timer = undefined;
    if (request.chunks.length === 0) return;
    const { chunks, times } = request;
    request.chunks = [];
    request.times = [];
    const at = now();
    request.lastPostAt = at;
    const ages = times.map((time) => at - time);
    // Chunks may share a buffer: each buffer is transferred once.
    const buffers = new Set<Transferable>();
    for (const chunk of chunks) if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
    post({ type: 'chunks', id, chunks, ages }, [...buffers]);
  }

  /** A batch sent on a timer: a failure to send it fails the request instead of the worker. */
  function sendLater(id: number, request: RunningRequest): void {
    try {
      send(id, request);
    } catch (error) {
      if (!running.delete(id)) return;
      request.controller.abort();
      post({ type: 'fail', id, phase: 'body', ...errorParts(error) }, []);
    }
  }

  function received(id: number, request: RunningRequest, chunk: Uint8Array): void {
    request.chunks.push(chunk);
    request.times.push(now());
    request.received += chunk.length;
    if (request.received <= openingBytes) {
      send(id, request);
      return;
    }
    if (request.timer !== undefined) return;
    const wait = request.lastPostAt + intervalMs - now();
    if (wait <= 0) send(id, request);
    else request.timer = setTimeout(() => sendLater(id, request), wait);
  }

  async function run(message: RelayedRequest): Promise<void> {
    const { id } = message;
    const request: RunningRequest = {
      controller: new AbortController(),
      chunks: [],
      times: [],
      lastPostAt: Number.NEGATIVE_INFINITY,
      received: 0,
      timer: undefined,
    };
    running.set(id, request);
    let response: Response;
    try {
      response = await fetchImpl(message.url, {
        method: message.method,
        headers: message.headers,
        body: message.body,
        signal: request.controller.signal,
      });
    } catch (error) {
      if (running.delete(id)) post({ type: 'fail', id, phase: 'request', ...errorParts(error) }, []);
      return;
    }
    if (!running.has(id)) return;
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    post({ type: 'head', id, status: response.status, statusText: response.statusText, headers }, []);
    if (!response.body) {
      running.delete(id);
      post({ type: 'end', id }, []);
      return;
    }
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (!running.has(id)) return;
        if (done) break;
        received(id, request, value);
      }
      send(id, request);
      running.delete(id);
      post({ type: 'end', id }, []);
    } catch (error) {
      if (!running.has(id)) return;
      // What arrived before the failure is part of the answer: it goes first.
      send(id, request);
      running.delete(id);
      post({ type: 'fail', id, phase: 'body', ...errorParts(error) }, []);
    } finally {
      reader.releaseLock();
    }
  }

  return {
    handle(message) {
      if (message.type === 'fetch') {
        void run(message);
        return;
      }
      const request = running.get(message.id);
      if (!request) return;
      // The page has settled this request already: nothing more is sent for it.
      running.delete(message.id);
      if (request.timer !== undefined) clearTimeout(request.timer);
      request.controller.abort();
    },
  };
}
