import { createParser } from 'eventsource-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoFetch } from '@/api/demo-provider';
import type { DemoImageFacts } from '@/api/demo-answer-types';

const ENDPOINT = 'https://demo.invalid/v1/chat/completions';

// The seed's opening chunk (shared/seeds/000_dbe0938fbaf765ef.txt), the shape every chunk copies.
const SEED_FIRST_CHUNK = {
  id: 'chatcmpl-81964e30-1a7c-9668-b78c-a750587ec497',
  choices: [
    {
      delta: { content: null, role: 'assistant', refusal: null, reasoning_content: '' },
      index: 0,
      finish_reason: null,
    },
  ],
  created: 1753944369,
  model: 'qwen3-32b',
  object: 'chat.completion.chunk',
  usage: null,
};
const SEED_USAGE_CHUNK = {
  id: 'chatcmpl-81964e30-1a7c-9668-b78c-a750587ec497',
  choices: [],
  created: 1753944369,
  model: 'qwen3-32b',
  object: 'chat.completion.chunk',
  usage: {
    prompt_tokens: 13,
    completion_tokens: 2010,
    total_tokens: 2023,
    completion_tokens_details: { reasoning_tokens: 82 },
  },
};

interface Delta {
  content: string | null;
  role?: string;
  refusal: null;
  reasoning_content: string | null;
}
interface Chunk {
  id: string;
  choices: { delta: Delta; index: number; finish_reason: string | null }[];
  created: number;
  model: string;
  object: string;
  usage: {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    completion_tokens_details: { reasoning_tokens: number };
  } | null;
}

/** Keys in order and value types, recursively: two chunks with equal shapes differ only in values. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([key, inner]) => [key, shape(inner)]);
  }
  return value === null ? null : typeof value;
}

type Body = Record<string, unknown>;

function textBody(prompt: string, extra: Body = {}): Body {
  return {
    model: 'alibaba/qwen3-32b',
    messages: [{ role: 'user', content: prompt }],
    stream: true,
    enable_thinking: true,
    stream_options: { include_usage: true },
    ...extra,
  };
}

function post(fetchImpl: typeof fetch, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetchImpl(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  });
}

/** Every SSE `data` payload of a response, via an independent parser. */
async function readData(response: Response): Promise<string[]> {
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  parser.feed(decoder.decode());
  return data;
}

interface Streamed {
  data: string[];
  chunks: Chunk[];
  reasoning: string;
  content: string;
  finishReasons: string[];
  usage: Chunk['usage'];
}

async function stream(fetchImpl: typeof fetch, body: unknown): Promise<Streamed> {
  const response = await post(fetchImpl, body);
  expect(response.status).toBe(200);
  const data = await readData(response);
  const chunks = data.filter((item) => item !== '[DONE]').map((item) => JSON.parse(item) as Chunk);
  const deltas = chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta));
  return {
    data,
    chunks,
    reasoning: deltas.map((delta) => delta.reasoning_content ?? '').join(''),
    content: deltas.map((delta) => delta.content ?? '').join(''),
    finishReasons: chunks.flatMap((chunk) =>
      chunk.choices.flatMap((c) => (c.finish_reason ? [c.finish_reason] : [])),
    ),
    usage: chunks.at(-1)?.usage ?? null,
  };
}

const instant = () => createDemoFetch({ speed: Infinity, now: () => 1_753_944_369_000 });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createDemoFetch: the stream', () => {
  it('answers with an event stream and demo headers, without touching the network', async () => {
    const networkFetch = vi.spyOn(globalThis, 'fetch');
    const response = await post(instant(), textBody('Hello'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-inference-id')).toMatch(/^demo-[0-9a-f-]{36}$/);
    await readData(response);
    expect(networkFetch).not.toHaveBeenCalled();
  });

  it("copies the seed's chunk shapes exactly, ending with usage and [DONE]", async () => {
    const { data, chunks, finishReasons } = await stream(instant(), textBody('Hello'));
    const first = chunks[0]!;
    expect(shape(first)).toEqual(shape(SEED_FIRST_CHUNK));
    expect(first.choices[0]!.delta).toEqual(SEED_FIRST_CHUNK.choices[0]!.delta);
    expect(first.id).toMatch(/^chatcmpl-demo-[0-9a-f-]{36}$/);
    expect(first.created).toBe(1_753_944_369);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(
      chunks.every(
        (chunk) => chunk.model === 'qwen3-32b' && chunk.object === 'chat.completion.chunk',
      ),
    ).toBe(true);

    const last = chunks.at(-1)!;
    expect(shape(last)).toEqual(shape(SEED_USAGE_CHUNK));
    expect(last.choices).toEqual([]);
    expect(data.at(-1)).toBe('[DONE]');
    expect(finishReasons).toEqual(['stop']);

    const finish = chunks.at(-2)!;
    expect(finish.choices[0]).toEqual({
      delta: { content: '', refusal: null, reasoning_content: null },
      index: 0,
      finish_reason: 'stop',
    });
    // Every chunk between the role chunk and the usage chunk has the seed's delta keys.
    for (const chunk of chunks.slice(1, -1)) {
      expect(Object.keys(chunk.choices[0]!.delta)).toEqual([
        'content',
        'refusal',
        'reasoning_content',
      ]);
      expect(chunk.usage).toBeNull();
    }
  });

  it('streams reasoning first (content null), then content (reasoning null) when thinking is on', async () => {
    const { chunks, reasoning, content, usage } = await stream(instant(), textBody('Hello'));
    const body = chunks.slice(1, -2).map((chunk) => chunk.choices[0]!.delta);
    const firstContent = body.findIndex((delta) => delta.content !== null);
    expect(firstContent).toBeGreaterThan(0);
    for (const delta of body.slice(0, firstContent)) {
      expect(delta.content).toBeNull();
      expect(delta.reasoning_content).not.toBe('');
    }
    for (const delta of body.slice(firstContent)) expect(delta.reasoning_content).toBeNull();
    expect(reasoning).toMatch(/^Okay, the user said "Hello"/);
    expect(content).toContain('Hello!');
    expect(body.length).toBeGreaterThan(20); // a few tokens per chunk, not one blob
    expect(usage!.completion_tokens_details.reasoning_tokens).toBe(Math.ceil(reasoning.length / 4));
    expect(usage!.completion_tokens).toBe(
      Math.ceil(reasoning.length / 4) + Math.ceil(content.length / 4),
    );
    expect(usage!.total_tokens).toBe(usage!.prompt_tokens + usage!.completion_tokens);
    expect(usage!.prompt_tokens).toBeGreaterThan(0);
  });

  it('sends no reasoning when thinking is off or not asked for', async () => {
    for (const extra of [{ enable_thinking: false }, { enable_thinking: undefined }]) {
      const { chunks, reasoning, content, usage } = await stream(
        instant(),
        textBody('Hello', extra),
      );
      expect(reasoning).toBe('');
      expect(content.length).toBeGreaterThan(50);
      expect(
        chunks.slice(1, -1).every((chunk) => chunk.choices[0]?.delta.reasoning_content !== ''),
      ).toBe(true);
      expect(usage!.completion_tokens_details.reasoning_tokens).toBe(0);
    }
  });

  it('never reasons with the VL model, even when asked to', async () => {
    const body = textBody('Explain a retry with backoff in code', {
      model: 'alibaba/qwen3-vl-32b-instruct',
    });
    const { chunks, reasoning, content } = await stream(instant(), body);
    expect(reasoning).toBe('');
    expect(content).toContain('```ts');
    expect(chunks.every((chunk) => chunk.model === 'qwen3-vl-32b-instruct')).toBe(true);
  });

  it('is deterministic for the same prompt, chunk boundaries included', async () => {
    const a = await stream(
      createDemoFetch({ speed: Infinity }),
      textBody('Compare REST vs GraphQL'),
    );
    const b = await stream(
      createDemoFetch({ speed: Infinity }),
      textBody('Compare REST vs GraphQL'),
    );
    const pieces = (s: Streamed) => s.chunks.map((chunk) => JSON.stringify(chunk.choices));
    expect(pieces(a)).toEqual(pieces(b));
    expect(a.content).toBe(b.content);
    expect(a.chunks[0]!.id).not.toBe(b.chunks[0]!.id); // ids stay unique per request
    const other = await stream(instant(), textBody('Compare TypeScript vs JavaScript'));
    expect(other.content).not.toBe(a.content);
  });

  it('stops at max_tokens with finish_reason length, counting reasoning', async () => {
    const { content, reasoning, finishReasons, usage } = await stream(
      instant(),
      textBody('Write a TypeScript retry function', { enable_thinking: false, max_tokens: 20 }),
    );
    expect(reasoning).toBe('');
    expect(finishReasons).toEqual(['length']);
    expect(content.length).toBeLessThanOrEqual(80);
    expect(usage!.completion_tokens).toBeLessThanOrEqual(20);

    const thinking = await stream(instant(), textBody('Hello', { max_completion_tokens: 10 }));
    expect(thinking.finishReasons).toEqual(['length']);
    expect(thinking.reasoning.length).toBeGreaterThan(0);
    expect(thinking.content).toBe('');
    expect(thinking.usage!.completion_tokens).toBeLessThanOrEqual(10);
  });

  it('caps reasoning at thinking_budget and still answers', async () => {
    const { reasoning, content, finishReasons } = await stream(
      instant(),
      textBody('Hello', { thinking_budget: 8 }),
    );
    expect(reasoning.length).toBeLessThanOrEqual(32);
    expect(content).toContain('Hello!');
    expect(finishReasons).toEqual(['stop']);
  });

  it('mentions earlier turns of the conversation', async () => {
    const { content, reasoning } = await stream(
      instant(),
      textBody('What is 12 * 34?', {
        messages: [
          { role: 'system', content: 'Be concise.' },
          { role: 'user', content: 'Derive the quadratic formula' },
          { role: 'assistant', content: 'Sure…' },
          { role: 'user', content: 'What is 12 * 34?' },
        ],
      }),
    );
    expect(content).toContain('Like your earlier question ("Derive the quadratic formula")');
    expect(content).toContain('12 \\times 34 = 408');
    expect(reasoning).toContain('earlier in this conversation');
    expect(reasoning).toContain('Be concise.');
  });

  it('accepts a Request object as input', async () => {
    const request = new Request(ENDPOINT, {
      method: 'POST',
      body: JSON.stringify(textBody('Hello')),
    });
    const data = await readData(await instant()(request));
    expect(data.at(-1)).toBe('[DONE]');
  });
});

describe('createDemoFetch: pace and abort', () => {
  it('waits like a server: headers first, the first token after ~250–400 ms, then ~30–60 tok/s', async () => {
    vi.useFakeTimers();
    const demoFetch = createDemoFetch({ speed: 1 });
    const started = Date.now();
    let response: Response | undefined;
    void post(demoFetch, textBody('Hello')).then((value) => (response = value));
    await vi.advanceTimersByTimeAsync(55);
    expect(response).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(response).toBeDefined();

    const reader = response!.body!.getReader();
    let firstAt: number | undefined;
    void reader.read().then(() => (firstAt = Date.now() - started));
    await vi.advanceTimersByTimeAsync(240 - 155);
    expect(firstAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(170);
    expect(firstAt).toBeGreaterThanOrEqual(250);
    expect(firstAt).toBeLessThanOrEqual(410);

    let text = '';
    const decoder = new TextDecoder();
    const drained = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return Date.now() - started;
        text += decoder.decode(value, { stream: true });
      }
    })();
    await vi.advanceTimersByTimeAsync(60_000);
    const totalMs = await drained;
    const usage = JSON.parse(/"usage":(\{[^}]*\{[^}]*\}\})/.exec(text)![1]!) as {
      completion_tokens: number;
    };
    const rate = usage.completion_tokens / ((totalMs - firstAt!) / 1000);
    expect(rate).toBeGreaterThan(25);
    expect(rate).toBeLessThan(75);
  });

  it('scales the pace with speed', async () => {
    const started = Date.now();
    await stream(createDemoFetch({ speed: 50 }), textBody('Hello'));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThan(50); // ~6 s of natural pace at 50×
    expect(elapsed).toBeLessThan(1_500);
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      post(instant(), textBody('Hello'), { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('rejects with AbortError when aborted before the headers arrive', async () => {
    const controller = new AbortController();
    const pending = post(createDemoFetch({ speed: 1 }), textBody('Hello'), {
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('errors the body with AbortError when aborted mid-stream', async () => {
    for (const speed of [Infinity, 20]) {
      const controller = new AbortController();
      const response = await post(createDemoFetch({ speed }), textBody('Hello'), {
        signal: controller.signal,
      });
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      controller.abort();
      await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    }
  });

  it('rejects a non-streamed request with AbortError when aborted while generating', async () => {
    const controller = new AbortController();
    const body = textBody('Hello', { stream: false, enable_thinking: false });
    const pending = post(createDemoFetch({ speed: 1 }), body, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createDemoFetch: images', () => {
  function imageBody(model: string, urls: string[], text = 'What is in this picture?'): Body {
    return textBody('', {
      model,
      enable_thinking: false,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text },
            ...urls.map((url) => ({ type: 'image_url', image_url: { url, detail: 'auto' } })),
          ],
        },
      ],
    });
  }

  it("describes each image's real size and dominant colour when the browser measured them", async () => {
    const facts: Record<string, DemoImageFacts> = {
      'data:image/png;base64,AAA': {
        width: 1280,
        height: 720,
        dominantColor: '#3a6ea5',
        colorName: 'steel blue',
      },
      'https://example.com/b.jpg': { width: 600, height: 800, dominantColor: '#2e7d32' },
    };
    const describeImage = vi.fn((url: string) => Promise.resolve(facts[url]!));
    const demoFetch = createDemoFetch({ speed: Infinity, describeImage });
    const { content, reasoning } = await stream(
      demoFetch,
      imageBody('alibaba/qwen3-vl-32b-instruct', Object.keys(facts)),
    );
    expect(describeImage).toHaveBeenCalledTimes(2);
    expect(reasoning).toBe('');
    expect(content).toContain('**2 images**');
    expect(content).toContain('1280 × 720 px');
    expect(content).toContain('`#3a6ea5`');
    expect(content).toContain('steel blue');
    expect(content).toContain('16:9');
    expect(content).toContain('600 × 800 px');
    expect(content).toContain('`#2e7d32`');
    expect(content).toMatch(/\bgreen\b/);
    expect(content).toContain('> What is in this picture?');
  });

  it('says how many images it received when it cannot measure them', async () => {
    const { content } = await stream(
      instant(),
      imageBody('alibaba/qwen3-vl-32b-instruct', [
        'data:image/png;base64,AAA',
        'data:image/png;base64,BBB',
      ]),
    );
    expect(content).toContain('I received **2 images**');
    expect(content).not.toContain('× ');

    const failing = createDemoFetch({
      speed: Infinity,
      describeImage: () => Promise.reject(new Error('decode')),
    });
    const fallback = await stream(
      failing,
      imageBody('alibaba/qwen3-vl-32b-instruct', ['data:image/png;base64,AAA']),
    );
    expect(fallback.content).toContain('I received **1 image**');
  });

  it('has the text model say it cannot see images and suggest Qwen3 VL', async () => {
    const { content } = await stream(
      instant(),
      imageBody('alibaba/qwen3-32b', ['data:image/png;base64,AAA']),
    );
    expect(content).toContain("I can't see images");
    expect(content).toContain('Qwen3 VL 32B Instruct');
  });
});

describe('createDemoFetch: non-stream and errors', () => {
  it('returns the non-stream JSON shape with the same answer as the stream', async () => {
    const body = textBody('Make a 4-week plan to learn Rust', {
      stream: false,
      enable_thinking: false,
    });
    const response = await post(instant(), body);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('x-inference-id')).toMatch(/^demo-/);
    const json = (await response.json()) as {
      id: string;
      object: string;
      model: string;
      choices: {
        index: number;
        finish_reason: string;
        message: { role: string; content: string; reasoning_content: string };
      }[];
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    };
    expect(json.object).toBe('chat.completion');
    expect(json.id).toMatch(/^chatcmpl-demo-/);
    expect(json.model).toBe('qwen3-32b');
    expect(json.choices[0]).toMatchObject({
      index: 0,
      finish_reason: 'stop',
      message: { role: 'assistant', reasoning_content: '' },
    });
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
    const streamed = await stream(instant(), { ...body, stream: true });
    expect(json.choices[0]!.message.content).toBe(streamed.content);
    expect(json.choices[0]!.message.content).toContain('A 4-week plan to learn Rust');
  });

  async function expectProviderError(response: Response, status: number): Promise<string> {
    expect(response.status).toBe(status);
    const json = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([
      'message',
      'path',
      'requestId',
      'statusCode',
      'timestamp',
    ]);
    expect(json.statusCode).toBe(status);
    expect(json.path).toBe('/v1/chat/completions');
    expect(new Date(json.timestamp as string).toISOString()).toBe(json.timestamp);
    return json.message as string;
  }

  it('answers 400 in the provider error shape when there is no user message', async () => {
    const body = textBody('x', { messages: [{ role: 'system', content: 'You are helpful.' }] });
    const message = await expectProviderError(await post(instant(), body), 400);
    expect(message).toMatch(/user/);
  });

  it('answers 400 for invalid JSON, missing messages, unknown models and thinking without streaming', async () => {
    const demoFetch = instant();
    const invalid = await demoFetch(ENDPOINT, { method: 'POST', body: '{nope' });
    await expectProviderError(invalid, 400);
    await expectProviderError(await post(demoFetch, { model: 'alibaba/qwen3-32b' }), 400);
    await expectProviderError(await post(demoFetch, textBody('Hi', { model: 'gpt-4o' })), 400);
    const thinking = await post(
      demoFetch,
      textBody('Hi', { stream: false, enable_thinking: true }),
    );
    expect(await expectProviderError(thinking, 400)).toContain('enable_thinking');
  });

  it('answers 404 for other paths and methods', async () => {
    const response = await instant()('https://demo.invalid/v1/chat/completions', { method: 'GET' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe(
      'Cannot GET /v1/chat/completions',
    );
  });
});
