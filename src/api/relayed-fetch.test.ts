import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startChatCompletion } from '@/api/chat-completions';
import type { ChatEvent, RawSseEvent } from '@/api/chat-events';
import { createFetchRelay, type RelayMessage, type RelayReply } from '@/api/fetch-relay';
import { chunkArrivalTime, createRelayedFetch, type RelayWorker } from '@/api/relayed-fetch';

const encoder = new TextEncoder();
const intervalMs = 50;

/** A response the test writes chunk by chunk, as the network would deliver it to the worker. */
function openResponse(init: ResponseInit = { headers: { 'content-type': 'text/event-stream' } }) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const response = new Response(body, init);
  let signal: AbortSignal | undefined;
  return {
    response,
    /** The worker's fetch answering with this response; `signal()` is the signal it was given. */
    fetchInWorker: ((_input, requestInit) => {
      signal = requestInit?.signal ?? undefined;
      return Promise.resolve(response);
    }) satisfies typeof fetch,
    signal: () => signal,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    drop: () => controller.error(new TypeError('network error')),
  };
}

/**
 * A worker and the relay inside it, joined in this thread: messages are structured-cloned and
 * delivered a task later, as between threads. `fetchInWorker` is the worker's network.
 */
function relayPair(fetchInWorker: typeof fetch, { ready = true, openingBytes = 0 } = {}) {
  const onMessage: ((event: MessageEvent<RelayReply>) => void)[] = [];
  const onError: ((event: Event) => void)[] = [];
  const toWorker: RelayMessage[] = [];
  const toPage: RelayReply[] = [];
  const relay = createFetchRelay({
    fetch: fetchInWorker,
    post: (reply) => {
      toPage.push(reply);
      const copy = structuredClone(reply);
      setTimeout(() => onMessage.forEach((listener) => listener({ data: copy } as MessageEvent<RelayReply>)), 0);
    },
    intervalMs,
    now: () => Date.now(),
    openingBytes,
  });
  let terminated = false;
  const worker: RelayWorker = {
    postMessage: (message) => {
      toWorker.push(message);
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!terminated) relay.handle(copy);
      }, 0);
    },
    addEventListener: (type: 'message' | 'error' | 'messageerror', listener: never) => {
      if (type === 'message') onMessage.push(listener);
      else onError.push(listener);
    },
    terminate: () => {
      terminated = true;
    },
  };
  if (ready) setTimeout(() => onMessage.forEach((listener) => listener({ data: { type: 'ready' } } as MessageEvent<RelayReply>)), 0);
  return {
    worker,
    toWorker,
    toPage,
    terminated: () => terminated,
    /** A module worker that fails to load gets a plain `error` event. */
    failToLoad: () => onError.forEach((listener) => listener(new Event('error'))),
    /** A worker that threw after it started. */
    crash: () => onError.forEach((listener) => listener(Object.assign(new Event('error'), { message: 'boom' }))),
  };
}

const neverFetch: typeof fetch = () => Promise.reject(new Error('the fallback was not expected'));

async function readAll(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

/**
 * A chat request through a relay whose worker's network answers with `network`, once its
 * response has reached the page.
 */
async function relayedChatResponse(
  network: ReturnType<typeof openResponse>,
  { signal, openingBytes }: { signal?: AbortSignal; openingBytes?: number } = {},
) {
  const pair = relayPair(network.fetchInWorker, { openingBytes });
  const responding = createRelayedFetch(() => pair.worker, neverFetch)('https://api.example/v1/chat/completions', { method: 'POST', body: '{}', signal });
  await vi.advanceTimersByTimeAsync(1);
  return { pair, response: await responding };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('relayed fetch', () => {
  it('sends the request to the worker and rebuilds its response: status, headers, body', async () => {
    const network = openResponse({ status: 201, statusText: 'Created', headers: { 'content-type': 'text/event-stream', 'x-request-id': 'r-1' } });
    const inWorker = vi.fn<typeof fetch>(() => Promise.resolve(network.response));
    const pair = relayPair(inWorker);
    const relayedFetch = createRelayedFetch(() => pair.worker, neverFetch);

    const responding = relayedFetch('https://api.example/v1/chat/completions', {
      method: 'POST',
      headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json' },
      body: '{"stream":true}',
    });
    await vi.advanceTimersByTimeAsync(1);
    const response = await responding;
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.headers.get('x-request-id')).toBe('r-1');
    const [url, init] = inWorker.mock.calls[0] ?? [];
    expect(url).toBe('https://api.example/v1/chat/completions');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer k');
    expect(init?.body).toBe('{"stream":true}');

    network.send('data: one\n\n');
    network.send('data: two\n\n');
    network.end();
    const text = readAll(response);
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(await text).toBe('data: one\n\ndata: two\n\n');
  });

  it('sends the first chunk at once and what follows within the interval as one message', async () => {
    const network = openResponse();
    const { pair, response } = await relayedChatResponse(network);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();

    network.send('first');
    await vi.advanceTimersByTimeAsync(1);
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('first');

    network.send('a');
    await vi.advanceTimersByTimeAsync(10);
    network.send('b');
    await vi.advanceTimersByTimeAsync(10);
    network.send('c');
    await vi.advanceTimersByTimeAsync(10);
    // Within the interval nothing more has been sent to the page.
    expect(pair.toPage.filter((reply) => reply.type === 'chunks')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(intervalMs);
    const batches = pair.toPage.filter((reply) => reply.type === 'chunks');
    expect(batches).toHaveLength(2);
    expect(batches[1]?.type === 'chunks' && batches[1].chunks.length).toBe(3);

    // Each chunk is still its own read, with the time it reached the worker.
    const reads: string[] = [];
    const times: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const { value } = await reader.read();
      reads.push(decoder.decode(value));
      times.push(chunkArrivalTime(value!));
    }
    expect(reads).toEqual(['a', 'b', 'c']);
    const [a = 0, b = 0, c = 0] = times;
    expect(b - a).toBeGreaterThanOrEqual(9);
    expect(c - b).toBeGreaterThanOrEqual(9);

    // After a quiet interval the next chunk goes at once again.
    await vi.advanceTimersByTimeAsync(intervalMs * 2);
    network.send('later');
    await vi.advanceTimersByTimeAsync(1);
    expect(pair.toPage.filter((reply) => reply.type === 'chunks')).toHaveLength(3);
  });

  it('sends the opening of a body chunk by chunk, however the network split it, then batches', async () => {
    const network = openResponse();
    const { pair } = await relayedChatResponse(network, { openingBytes: 10 });
    const sent = () => pair.toPage.filter((reply) => reply.type === 'chunks').length;
    for (const piece of ['role', 'fir', 'st']) {
      network.send(piece);
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(sent()).toBe(3);
    network.send('then');
    await vi.advanceTimersByTimeAsync(1);
    network.send('more');
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toBe(3);
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(sent()).toBe(4);
  });

  it('resolves a relative URL against the page, not the worker’s script', async () => {
    vi.stubGlobal('document', { baseURI: 'https://app.example/chat/' });
    try {
      const inWorker = vi.fn<typeof fetch>(() => Promise.resolve(new Response('ok')));
      const pair = relayPair(inWorker);
      const responding = createRelayedFetch(() => pair.worker, neverFetch)('aiml-proxy/v1/chat/completions', { method: 'POST', body: '{}' });
      await vi.advanceTimersByTimeAsync(1);
      await responding;
      expect(inWorker.mock.calls[0]?.[0]).toBe('https://app.example/chat/aiml-proxy/v1/chat/completions');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives an error response its body, for the provider error message', async () => {
    const body = '{"error":{"message":"Rate limit","type":"rate_limit"}}';
    const pair = relayPair(() =>
      Promise.resolve(new Response(body, { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '7' } })),
    );
    const relayedFetch = createRelayedFetch(() => pair.worker, neverFetch);
    const responding = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    await vi.advanceTimersByTimeAsync(1);
    const response = await responding;
    expect(response.ok).toBe(false);
    expect(response.headers.get('retry-after')).toBe('7');
    const text = response.text();
    await vi.advanceTimersByTimeAsync(1);
    expect(await text).toBe(body);
  });

  it('rejects as fetch does when the request fails', async () => {
    const pair = relayPair(() => Promise.reject(new TypeError('Failed to fetch')));
    const relayedFetch = createRelayedFetch(() => pair.worker, neverFetch);
    const responding = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    const failed = expect(responding).rejects.toThrow(new TypeError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(1);
    await failed;
  });

  it('delivers what arrived before a dropped connection, then the failure', async () => {
    const network = openResponse();
    const { response } = await relayedChatResponse(network);
    const reader = response.body!.getReader();
    network.send('kept');
    await vi.advanceTimersByTimeAsync(1);
    await reader.read();
    network.send(' and this');
    network.drop();
    await vi.advanceTimersByTimeAsync(1);
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(' and this');
    await expect(reader.read()).rejects.toThrow(new TypeError('network error'));
  });

  it('on abort before the response rejects with AbortError and stops the worker’s request', async () => {
    let workerSignal: AbortSignal | undefined;
    const pair = relayPair((_input, init) => {
      workerSignal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    const relayedFetch = createRelayedFetch(() => pair.worker, neverFetch);
    const abort = new AbortController();
    const responding = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}', signal: abort.signal });
    await vi.advanceTimersByTimeAsync(1);
    abort.abort();
    await expect(responding).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(1);
    expect(pair.toWorker.at(-1)).toEqual({ type: 'abort', id: 1 });
    expect(workerSignal?.aborted).toBe(true);
  });

  it('on abort while reading errors the body and stops the worker’s request; nothing more arrives', async () => {
    const network = openResponse();
    const abort = new AbortController();
    const { pair, response } = await relayedChatResponse(network, { signal: abort.signal });
    const reader = response.body!.getReader();
    abort.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(1);
    expect(network.signal()?.aborted).toBe(true);
    const sent = pair.toPage.length;
    // The worker's network may still hand over a chunk already on its way: it is not sent.
    try {
      network.send('late');
    } catch {
      // the aborted fetch may have closed the body already
    }
    await vi.advanceTimersByTimeAsync(intervalMs * 2);
    expect(pair.toPage).toHaveLength(sent);
  });

  it('cancelling the body stops the worker’s request', async () => {
    const network = openResponse();
    const { response } = await relayedChatResponse(network);
    await response.body!.cancel();
    await vi.advanceTimersByTimeAsync(1);
    expect(network.signal()?.aborted).toBe(true);
  });

  it('runs requests directly when the worker fails to load, and from then on', async () => {
    const inWorker = vi.fn<typeof fetch>(neverFetch);
    const pair = relayPair(inWorker, { ready: false });
    const fallback = vi.fn<typeof fetch>(() => Promise.resolve(new Response('direct')));
    const relayedFetch = createRelayedFetch(() => pair.worker, fallback);
    const first = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    pair.failToLoad();
    expect(await (await first).text()).toBe('direct');
    expect(await (await relayedFetch('https://api.example/v1/models')).text()).toBe('direct');
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(fallback).toHaveBeenCalledTimes(2);
    // Sent once: the failed worker never ran it.
    expect(inWorker).not.toHaveBeenCalled();
  });

  it('fails, never resends, the requests of a worker that stopped after it started, and stops it', async () => {
    const network = openResponse();
    const inWorker = vi.fn<typeof fetch>(() => Promise.resolve(network.response));
    const pair = relayPair(inWorker);
    const fallback = vi.fn<typeof fetch>(() => Promise.resolve(new Response('direct')));
    const relayedFetch = createRelayedFetch(() => pair.worker, fallback);
    const waiting = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    await vi.advanceTimersByTimeAsync(1);
    const reader = (await waiting).body!.getReader();
    pair.crash();
    await expect(reader.read()).rejects.toThrow(new TypeError('Failed to fetch'));
    expect(pair.terminated()).toBe(true);
    expect(inWorker).toHaveBeenCalledOnce();
    expect(fallback).not.toHaveBeenCalled();
  });

  it('warm() starts the worker before the first request, which then uses it', async () => {
    const inWorker = vi.fn<typeof fetch>(() => Promise.resolve(new Response('ok')));
    const pair = relayPair(inWorker);
    const open = vi.fn(() => pair.worker);
    const relayedFetch = createRelayedFetch(open, neverFetch);
    relayedFetch.warm();
    expect(open).toHaveBeenCalledOnce();
    const responding = relayedFetch('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    await vi.advanceTimersByTimeAsync(1);
    expect(await (await responding).text()).toBe('ok');
    expect(open).toHaveBeenCalledOnce();
    expect(inWorker).toHaveBeenCalledOnce();
  });

  it('runs requests directly where no worker can start', async () => {
    const fallback = vi.fn<typeof fetch>(() => Promise.resolve(new Response('direct')));
    const relayedFetch = createRelayedFetch(() => null, fallback);
    expect(await (await relayedFetch('https://api.example/v1/models')).text()).toBe('direct');
    expect(fallback).toHaveBeenCalledOnce();
  });
});

describe('chunk arrival times', () => {
  it('stay in order and after the request, whatever each message waited for the page', async () => {
    let onMessage: ((event: MessageEvent<RelayReply>) => void) | undefined;
    const worker: RelayWorker = {
      postMessage: () => undefined,
      addEventListener: (type: 'message' | 'error' | 'messageerror', listener: never) => {
        if (type === 'message') onMessage = listener;
      },
      terminate: () => undefined,
    };
    const reply = (data: RelayReply) => onMessage?.({ data } as MessageEvent<RelayReply>);
    const sentAt = performance.now();
    const responding = createRelayedFetch(() => worker, neverFetch)('https://api.example/v1/chat/completions', { method: 'POST', body: '{}' });
    reply({ type: 'ready' });
    reply({ type: 'head', id: 1, status: 200, statusText: 'OK', headers: [] });
    const reader = (await responding).body!.getReader();
    // A chunk sent at once but handled late by the page, then a batch whose chunks the worker
    // held for the interval: measured by their ages alone the batch would come first, and the
    // last chunk would be older than the request.
    reply({ type: 'chunks', id: 1, chunks: [encoder.encode('a')], ages: [0] });
    reply({ type: 'chunks', id: 1, chunks: [encoder.encode('b'), encoder.encode('c')], ages: [45, 1e6] });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(chunkArrivalTime((await reader.read()).value!) ?? Number.NaN);
    expect(times[0]).toBeGreaterThanOrEqual(sentAt);
    expect(times[1]).toBeGreaterThanOrEqual(times[0]!);
    expect(times[2]).toBeGreaterThanOrEqual(times[1]!);
  });
});

describe('the relay in the worker', () => {
  it('fails the request, not the worker, when a batch cannot be sent', async () => {
    const network = openResponse();
    let workerSignal: AbortSignal | undefined;
    const replies: RelayReply[] = [];
    let sends = 0;
    const relay = createFetchRelay({
      fetch: (_input, init) => {
        workerSignal = init?.signal ?? undefined;
        return Promise.resolve(network.response);
      },
      post: (reply) => {
        if (reply.type === 'chunks' && ++sends === 2) throw new DOMException('could not be cloned', 'DataCloneError');
        replies.push(reply);
      },
      intervalMs,
      now: () => Date.now(),
      openingBytes: 0,
    });
    relay.handle({ type: 'fetch', id: 7, url: 'https://api.example/v1/chat/completions', method: 'POST', headers: [] });
    await vi.advanceTimersByTimeAsync(1);
    network.send('first');
    await vi.advanceTimersByTimeAsync(1);
    network.send('second');
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(replies.map((reply) => reply.type)).toEqual(['head', 'chunks', 'fail']);
    expect(replies.at(-1)).toMatchObject({ phase: 'body', name: 'DataCloneError' });
    expect(workerSignal?.aborted).toBe(true);
  });
});

describe('a chat completion through the relay', () => {
  it('decodes the same events, with each raw event timed by its chunk’s arrival', async () => {
    const network = openResponse();
    const pair = relayPair(() => Promise.resolve(network.response));
    const raw: RawSseEvent[] = [];
    const starting = startChatCompletion({
      baseUrl: 'https://api.example/v1',
      apiKey: 'secret-key',
      body: { model: 'alibaba/qwen3-32b', messages: [{ role: 'user', content: 'Hi' }], stream: true },
      signal: new AbortController().signal,
      fetchImpl: createRelayedFetch(() => pair.worker, neverFetch),
      onRawEvent: (event) => raw.push(event),
    });
    await vi.advanceTimersByTimeAsync(1);
    const response = await starting;
    const chunk = (content: string) =>
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`;
    const events: ChatEvent[] = [];
    const reading = (async () => {
      for await (const event of response.events) events.push(event);
    })();
    network.send(chunk('Hel'));
    await vi.advanceTimersByTimeAsync(20);
    network.send(chunk('lo'));
    await vi.advanceTimersByTimeAsync(20);
    network.send('data: [DONE]\n\n');
    network.end();
    await vi.advanceTimersByTimeAsync(intervalMs);
    await reading;
    expect(events.filter((event) => event.type === 'content').map((event) => event.type === 'content' && event.text)).toEqual(['Hel', 'lo']);
    // 'lo' reached the page with [DONE], ~30 ms after it reached the worker; its time is the worker's.
    const [, second, done] = raw;
    expect((second?.at ?? 0) - (raw[0]?.at ?? 0)).toBeGreaterThanOrEqual(19);
    expect((done?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(19);
  });
});
