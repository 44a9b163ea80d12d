import { describe, expect, it, vi } from 'vitest';
import type { ChatEvent, RawSseEvent } from '@/api/chat-events';
import {
  CUT_MESSAGE,
  createChatStreamDecoder,
  newClientRequestId,
  startChatCompletion,
} from '@/api/chat-completions';
import { ApiError } from '@/api/http-error';
import type { ChatRequestBody } from '@/api/request-body';
import {
  NON_STREAM_BODY,
  SEED_CONTENT,
  SEED_DATA_LINES,
  SEED_REASONING,
  SEED_STREAM,
  SEED_USAGE,
  STREAM_FIXTURES,
  outcomeOf,
  splitsOf,
} from '@/api/fixtures/seed-streams';

const KEY = 'b72af53a19ea41caaf5a74ba1f6fc62b';
const BODY: ChatRequestBody = {
  model: 'alibaba/qwen3-32b',
  messages: [{ role: 'user', content: 'Hello' }],
  stream: true,
  stream_options: { include_usage: true },
  enable_thinking: true,
};
const encoder = new TextEncoder();

/** The synchronous path: bytes → decoder → events. */
function decodeChunks(
  chunks: readonly Uint8Array[],
  contentType = 'text/event-stream',
): ChatEvent[] {
  const decoder = createChatStreamDecoder({ contentType });
  const events: ChatEvent[] = [];
  for (const chunk of chunks) {
    events.push(...decoder.feed(chunk));
    if (decoder.stopped) return events;
  }
  events.push(...decoder.end());
  return events;
}

function streamOf(
  chunks: readonly Uint8Array[],
  onCancel?: () => void,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
    cancel: onCancel,
  });
}

type FetchArgs = Parameters<typeof fetch>;

/** A fetch double answering with a fixed response, recording its calls. */
function fakeFetch(respond: () => Response): typeof fetch & { calls: FetchArgs[] } {
  const calls: FetchArgs[] = [];
  const impl = (...args: FetchArgs): Promise<Response> => {
    calls.push(args);
    return Promise.resolve(respond());
  };
  const fake: typeof fetch & { calls: FetchArgs[] } = Object.assign(impl, { calls });
  return fake;
}

function sseResponse(body: BodyInit | null, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers: { 'content-type': 'text/event-stream', ...headers } });
}

async function collect(events: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** A streamed request whose response body is `body`. */
function startStream(
  body: BodyInit | null,
  signal = new AbortController().signal,
): ReturnType<typeof startChatCompletion> {
  return startChatCompletion({
    baseUrl: 'https://api.aimlapi.com/v1',
    apiKey: KEY,
    body: BODY,
    signal,
    fetchImpl: fakeFetch(() => sseResponse(body)),
  });
}

async function streamChunks(chunks: readonly Uint8Array[]): Promise<ChatEvent[]> {
  const response = await startStream(streamOf(chunks));
  return collect(response.events);
}

describe('the full decoding path on every fixture', () => {
  for (const fixture of STREAM_FIXTURES) {
    const bytes = encoder.encode(fixture.body);

    it(`decodes "${fixture.name}", whole, split at every byte and byte by byte`, () => {
      const unsplit = outcomeOf(decodeChunks([bytes]));
      expect(unsplit).toEqual(fixture.expected);
      const whole = JSON.stringify(unsplit);
      for (const chunks of splitsOf(bytes)) {
        const outcome = JSON.stringify(outcomeOf(decodeChunks(chunks)));
        if (outcome !== whole) expect(outcome, `split ${chunks[0]?.length ?? 0}`).toBe(whole);
      }
    });

    it(`streams "${fixture.name}" through startChatCompletion, split at every byte`, async () => {
      const unsplit = outcomeOf(await streamChunks([bytes]));
      expect(unsplit).toEqual(fixture.expected);
      const whole = JSON.stringify(unsplit);
      for (const chunks of splitsOf(bytes)) {
        const outcome = JSON.stringify(outcomeOf(await streamChunks(chunks)));
        if (outcome !== whole) expect(outcome, `split ${chunks[0]?.length ?? 0}`).toBe(whole);
      }
    });
  }

  it('yields the seed’s events in stream order', async () => {
    const events = await streamChunks([encoder.encode(SEED_STREAM)]);
    const types = events.map((event) => event.type);
    expect(types.slice(-3)).toEqual(['content', 'finish', 'usage']);
    expect(types.lastIndexOf('reasoning')).toBeLessThan(types.indexOf('content'));
    expect(outcomeOf(events)).toMatchObject({
      reasoning: SEED_REASONING,
      content: SEED_CONTENT,
      usage: SEED_USAGE,
    });
    expect(SEED_REASONING.startsWith('Okay, the user said')).toBe(true);
  });
});

/** Runs `test` with `scheduler.yield` replaced by `onYield` (resolving at once). */
async function withYieldSpy(onYield: () => void, test: () => Promise<void>): Promise<void> {
  vi.stubGlobal('scheduler', {
    yield: () => {
      onYield();
      return Promise.resolve();
    },
  });
  try {
    await test();
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('startChatCompletion: giving the browser a turn', () => {
  it('does not count time spent waiting for the network as work to yield after', async () => {
    let yields = 0;
    await withYieldSpy(
      () => yields++,
      async () => {
        const lines = SEED_DATA_LINES.slice(0, 3).map((line) => encoder.encode(`${line}\n\n`));
        // Each chunk arrives 20 ms after the last: longer than the yielder's 8 ms budget.
        const slow = new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            const next = lines.shift();
            if (next) controller.enqueue(next);
            else controller.close();
          },
        });
        const response = await startStream(slow);
        const events = await collect(response.events);
        expect(events.length).toBeGreaterThan(0);
        expect(yields).toBe(0);
      },
    );
  });
});

describe('startChatCompletion: a burst in one read', () => {
  it('gives the browser turns while the consumer works through the events of one big chunk', async () => {
    let seen = 0;
    const seenAtYields: number[] = [];
    await withYieldSpy(
      () => seenAtYields.push(seen),
      async () => {
        const line = SEED_DATA_LINES.find((data) => data.includes('"content":"'));
        if (!line) throw new Error('the seed has no content line');
        const burst = encoder.encode(`${line}\n\n`.repeat(2000));
        const response = await startStream(streamOf([burst]));
        for await (const event of response.events) {
          if (event.type !== 'content') continue;
          seen++;
          const until = performance.now() + 0.05; // a consumer with some work per event
          while (performance.now() < until) {
            // busy
          }
        }
        expect(seen).toBe(2000);
        // Breaks come while the chunk's events are being consumed, not only after all of them.
        expect(seenAtYields.some((count) => count > 0 && count < 2000)).toBe(true);
      },
    );
  });
});

describe('startChatCompletion: the request', () => {
  it('POSTs the body to {baseUrl}/chat/completions with the right headers', async () => {
    const fetchImpl = fakeFetch(() => sseResponse(SEED_STREAM));
    await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1//',
      apiKey: ` ${KEY}\n`,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl,
    });
    expect(fetchImpl.calls).toHaveLength(1);
    const [url, init] = fetchImpl.calls[0] ?? [];
    expect(url).toBe('https://api.aimlapi.com/v1/chat/completions');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(init?.body as string)).toEqual(BODY);
    const headers = init?.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Bearer ${KEY}`);
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers.Accept).toBe('text/event-stream');
    expect(headers['X-Client-Request-Id']).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends no Authorization header without a key', async () => {
    const fetchImpl = fakeFetch(() => sseResponse(SEED_STREAM));
    await startChatCompletion({
      baseUrl: '/demo/v1',
      apiKey: '',
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl,
    });
    const headers = fetchImpl.calls[0]?.[1]?.headers as Record<string, string>;
    expect('Authorization' in headers).toBe(false);
    expect(fetchImpl.calls[0]?.[0]).toBe('/demo/v1/chat/completions');
  });

  it('makes a fresh, valid client request id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newClientRequestId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
  });

  it('returns status, lower-case headers and the provider’s request id', async () => {
    const response = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl: fakeFetch(() =>
        sseResponse(SEED_STREAM, { 'X-Inference-Id': 'inf-1', 'x-client-request-id': 'qp-1' }),
      ),
    });
    expect(response.status).toBe(200);
    expect(response.headers['x-inference-id']).toBe('inf-1');
    expect(response.headers['content-type']).toBe('text/event-stream');
    expect(response.requestId).toBe('inf-1');
    expect(response.clientRequestId).toMatch(/^qp-/);
  });
});

describe('startChatCompletion: failures', () => {
  it('throws the mapped ApiError for a non-OK response, without the key', async () => {
    const fetchImpl = fakeFetch(
      () =>
        new Response(
          JSON.stringify({ message: `Invalid key ${KEY}`, statusCode: '401', requestId: 'r-1' }),
          {
            status: 401,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const error = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401, requestId: 'r-1' });
    expect((error as ApiError).message).toContain('Check the API key in Settings');
    expect((error as ApiError).message).not.toContain(KEY);
  });

  it('turns a fetch TypeError into a network ApiError', async () => {
    const error = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network' });
    expect((error as ApiError).message).toContain('/aiml-proxy/v1');
  });

  it('rethrows a fetch AbortError untouched', async () => {
    const abort = new DOMException('The user aborted a request.', 'AbortError');
    const error = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl: () => Promise.reject(abort),
    }).catch((caught: unknown) => caught);
    expect(error).toBe(abort);
  });

  it('does not fetch when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchImpl = fakeFetch(() => sseResponse(SEED_STREAM));
    const error = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: controller.signal,
      fetchImpl,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(fetchImpl.calls).toHaveLength(0);
  });

  it('lets an abort during the stream propagate as AbortError and cancels the body', async () => {
    const controller = new AbortController();
    const cancelled = vi.fn();
    // A body that sends one chunk and then stays open, from a fetch that ignores the signal.
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(encoder.encode(`${SEED_DATA_LINES[1]}\n\n`));
      },
      cancel: cancelled,
    });
    const response = await startStream(body, controller.signal);
    const seen: ChatEvent[] = [];
    const run = (async () => {
      for await (const event of response.events) {
        seen.push(event);
        controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([{ type: 'reasoning', text: 'Okay' }]);
    expect(cancelled).toHaveBeenCalled();
  });

  it('reports a reset connection as a cut, after what arrived', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        pulls++;
        if (pulls === 1)
          stream.enqueue(encoder.encode(`${SEED_DATA_LINES[1]}\n\n${SEED_DATA_LINES[2]}\n\n`));
        else stream.error(new TypeError('terminated'));
      },
    });
    const response = await startStream(body);
    expect(await collect(response.events)).toEqual([
      { type: 'reasoning', text: 'Okay' },
      { type: 'reasoning', text: ',' },
      { type: 'error', error: { kind: 'cut', message: `${CUT_MESSAGE} (terminated)` } },
    ]);
  });

  it('reports a body that ends without finish or [DONE] as a cut', async () => {
    const events = await streamChunks([encoder.encode(`${SEED_DATA_LINES[1]}\n\n`)]);
    expect(events.at(-1)).toEqual({ type: 'error', error: { kind: 'cut', message: CUT_MESSAGE } });
    expect(outcomeOf(await streamChunks([]))).toEqual({
      reasoning: '',
      content: '',
      notices: 0,
      error: { kind: 'cut', message: CUT_MESSAGE },
    });
  });

  it('stops after an error event and after [DONE], even if the body stays open', async () => {
    const cancelled = vi.fn();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(
          encoder.encode(`${SEED_DATA_LINES[9]}\n\ndata: [DONE]\n\n${SEED_DATA_LINES[1]}\n\n`),
        );
      },
      cancel: cancelled,
    });
    const response = await startStream(body);
    expect(await collect(response.events)).toEqual([{ type: 'content', text: SEED_CONTENT }]);
    expect(cancelled).toHaveBeenCalled();
  });

  it('redacts the key from an error inside the stream', async () => {
    const events = await streamChunks([
      encoder.encode(`data: {"error":{"message":"bad key ${KEY}"}}\n\n`),
    ]);
    expect(events).toEqual([
      { type: 'error', error: { kind: 'provider', message: 'bad key [redacted]' } },
    ]);
  });
});

describe('startChatCompletion: the inspector feed', () => {
  it('reports every SSE event with its time since the request started', async () => {
    const raw: RawSseEvent[] = [];
    const response = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: BODY,
      signal: new AbortController().signal,
      fetchImpl: fakeFetch(() => sseResponse(`event: message\n${SEED_STREAM}`)),
      onRawEvent: (event) => raw.push(event),
    });
    await collect(response.events);
    expect(raw.map((event) => event.data)).toEqual([
      ...SEED_DATA_LINES.map((line) => line.slice(6)),
      '[DONE]',
    ]);
    expect(raw[0]?.event).toBe('message');
    for (const [i, event] of raw.entries()) {
      expect(event.at).toBeGreaterThanOrEqual(i === 0 ? 0 : (raw[i - 1]?.at ?? 0));
    }
  });
});

describe('startChatCompletion: a non-stream JSON body', () => {
  const expected = {
    reasoning: '',
    content: 'Hello! How can I assist you today? 😊',
    finish: 'stop',
    usage: { promptTokens: 19, completionTokens: 65, totalTokens: 84, costUsd: 0.000065 },
    notices: 0,
  };

  it('yields the events a stream would have given', async () => {
    const response = await startChatCompletion({
      baseUrl: 'https://api.aimlapi.com/v1',
      apiKey: KEY,
      body: { ...BODY, stream: false, enable_thinking: false },
      signal: new AbortController().signal,
      fetchImpl: fakeFetch(
        () =>
          new Response(NON_STREAM_BODY, {
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
      ),
    });
    expect(outcomeOf(await collect(response.events))).toEqual(expected);
  });

  it('recognises a JSON body without a Content-Type, split anywhere', () => {
    const bytes = encoder.encode(`\n ${NON_STREAM_BODY}`);
    for (const chunks of splitsOf(bytes))
      expect(outcomeOf(decodeChunks(chunks, ''))).toEqual(expected);
  });

  it('moves inline <think> reasoning out of a JSON answer', () => {
    const json = JSON.stringify({
      choices: [
        { message: { content: '<think>\nPonder.\n</think>\n\nAnswer.' }, finish_reason: 'stop' },
      ],
    });
    expect(outcomeOf(decodeChunks([encoder.encode(json)], 'application/json'))).toEqual({
      reasoning: 'Ponder.',
      content: 'Answer.',
      finish: 'stop',
      notices: 0,
    });
  });

  it('reports a broken or empty JSON body as a provider error', () => {
    expect(
      outcomeOf(decodeChunks([encoder.encode('{"choices":')], 'application/json')).error,
    ).toEqual({
      kind: 'provider',
      message: 'The response was not valid JSON.',
    });
    expect(
      outcomeOf(decodeChunks([encoder.encode('{"choices":[]}')], 'application/json')).error,
    ).toEqual({
      kind: 'provider',
      message: 'The response carried no answer.',
    });
    expect(
      outcomeOf(
        decodeChunks(
          [encoder.encode('{"error":{"message":"No credits","code":"403"}}')],
          'application/json',
        ),
      ).error,
    ).toEqual({ kind: 'provider', message: 'No credits', code: '403' });
  });

  it('reads an event stream mislabelled as JSON', () => {
    expect(outcomeOf(decodeChunks([encoder.encode(SEED_STREAM)], 'application/json'))).toEqual({
      reasoning: SEED_REASONING,
      content: SEED_CONTENT,
      finish: 'stop',
      usage: SEED_USAGE,
      notices: 0,
    });
  });

  it('treats an SSE body without a Content-Type as SSE', () => {
    expect(outcomeOf(decodeChunks([encoder.encode(SEED_STREAM)], ''))).toMatchObject({
      reasoning: SEED_REASONING,
      content: SEED_CONTENT,
    });
  });
});
