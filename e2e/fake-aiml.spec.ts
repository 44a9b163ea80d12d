// The fake AI/ML API by itself (no app, no browser page): wire format, ragged writes,
// directives, recording, CORS. Runs without a build: E2E_SKIP_WEBSERVER=1 npx playwright test e2e/fake-aiml.spec.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext, Page } from '@playwright/test';
import { answerEnding } from './fake-aiml/answer.ts';
import { fakeBaseUrl, fakeOrigin } from './fake-aiml/config.ts';
import {
  htmlErrorPage,
  openAiErrorMessage,
  providerMessage,
  streamErrorMessage,
} from './fake-aiml/errors.ts';
import { parseSse } from './fake-aiml/parse-sse.ts';
import { createRng } from './fake-aiml/prng.ts';
import { planWrites } from './fake-aiml/ragged-writer.ts';
import { expect, FakeApi, models, test, uniqueToken } from './fixtures.ts';

const chatUrl = `${fakeBaseUrl}/chat/completions`;
const auth = { authorization: 'Bearer test-key-123' };

interface Chunk {
  id: string;
  object: string;
  created: number;
  model: string;
  choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
  usage: null | {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    completion_tokens_details: { reasoning_tokens: number };
  };
  meta?: { usage: { credits_used: number; usd_spent: number } };
}

function chatBody(prompt: string, extra: Record<string, unknown> = {}) {
  return {
    model: models.text,
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: prompt },
    ],
    stream: true,
    stream_options: { include_usage: true },
    enable_thinking: false,
    ...extra,
  };
}

async function streamChat(
  request: APIRequestContext,
  prompt: string,
  extra: Record<string, unknown> = {},
) {
  const response = await request.post(chatUrl, { data: chatBody(prompt, extra), headers: auth });
  const text = (await response.body()).toString('utf8');
  const sse = parseSse(text);
  const chunks = sse.data.flatMap((data) => {
    try {
      const parsed = JSON.parse(data) as Partial<Chunk>;
      return Array.isArray(parsed.choices) ? [parsed as Chunk] : [];
    } catch {
      return []; // `[DONE]`, `{not json`
    }
  });
  const deltas = chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta));
  const join = (key: string) =>
    deltas
      .map((delta) => delta[key])
      .filter((part): part is string => typeof part === 'string')
      .join('');
  return {
    response,
    text,
    sse,
    chunks,
    reasoning: join('reasoning_content'),
    content: join('content'),
  };
}

interface RawResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  reads: Buffer[];
  error?: Error;
}

/** A POST through node:http that keeps every read and survives a cut connection. */
function rawPost(body: unknown): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const request = http.request(chatUrl, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const reads: Buffer[] = [];
      const result = (): RawResult => ({
        status: response.statusCode ?? 0,
        headers: response.headers,
        reads,
      });
      response.on('data', (chunk: Buffer) => reads.push(chunk));
      response.on('end', () => resolve(result()));
      response.on('error', (error) => resolve({ ...result(), error }));
      response.on('aborted', () => resolve({ ...result(), error: new Error('aborted') }));
    });
    request.end(JSON.stringify(body));
  });
}

test('health answers as the fake server', async ({ request }) => {
  const response = await request.get(`${fakeOrigin}/__fake/health`);
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ ok: true, name: 'fake-aiml' });
});

test('a thinking stream has the provider’s chunk shapes, in order', async ({ request }) => {
  const token = uniqueToken();
  const prompt = `Hello ${token} — ünïcødé 🙂`;
  const response = await request.post(chatUrl, {
    data: chatBody(prompt, { enable_thinking: true }),
    headers: { ...auth, 'x-client-request-id': `req-${token}` },
  });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toMatch(/^text\/event-stream/);
  expect(headers['x-inference-id']).toBeTruthy();
  expect(headers['x-client-request-id']).toBe(`req-${token}`);
  expect(headers['access-control-allow-origin']).toBe('*');

  const sse = parseSse((await response.body()).toString('utf8'));
  expect(sse.terminated).toBe(true);
  expect(sse.lineEnding).not.toBe('mixed');
  expect(sse.data.at(-1)).toBe('[DONE]');
  const chunks = sse.data.slice(0, -1).map((data) => JSON.parse(data) as Chunk);

  for (const chunk of chunks) {
    expect(chunk).toMatchObject({ object: 'chat.completion.chunk', model: 'qwen3-32b' });
    expect(chunk.id).toBe(chunks[0]?.id);
  }
  const [first, ...rest] = chunks;
  expect(first?.choices[0]?.delta).toMatchObject({
    role: 'assistant',
    reasoning_content: '',
    content: null,
  });
  const usageChunk = rest.pop();
  const finish = rest.pop();
  expect(finish?.choices[0]).toMatchObject({
    finish_reason: 'stop',
    delta: { content: '', reasoning_content: null },
  });
  expect(usageChunk?.choices).toEqual([]);
  expect(usageChunk?.usage).toMatchObject({
    prompt_tokens: expect.any(Number),
    completion_tokens: expect.any(Number),
    total_tokens: expect.any(Number),
    completion_tokens_details: { reasoning_tokens: expect.any(Number) },
  });
  expect(usageChunk?.meta?.usage).toMatchObject({ credits_used: expect.any(Number) });

  // Reasoning first, then the answer; each chunk has exactly one of the two as a string.
  let seenContent = false;
  let reasoning = '';
  let content = '';
  for (const chunk of rest) {
    expect(chunk.usage).toBeNull();
    const delta = chunk.choices[0]?.delta ?? {};
    if (typeof delta.reasoning_content === 'string') {
      expect(delta.content).toBeNull();
      expect(seenContent).toBe(false);
      reasoning += delta.reasoning_content;
    } else {
      expect(delta.reasoning_content).toBeNull();
      seenContent = true;
      content += delta.content as string;
    }
  }
  expect(reasoning).toContain(`Let me think about “${prompt}”`);
  expect(content).toContain(`**Echo:** ${prompt}`);
  expect(content).toContain(answerEnding(models.text));

  const entry = await new FakeApi().waitForAnswered(token);
  expect(entry.response).toMatchObject({ status: 200, outcome: 'complete', reasoning, content });
  expect(usageChunk?.usage).toEqual(entry.response?.usage);
  expect(usageChunk?.usage?.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
});

test('no reasoning without thinking, nor for the VL model; the VL model may omit enable_thinking', async ({
  request,
}) => {
  const off = await streamChat(request, `Off ${uniqueToken()}`, { enable_thinking: false });
  expect(off.reasoning).toBe('');
  expect(off.content).toContain(answerEnding(models.text));

  const { enable_thinking: _omit, ...vlBody } = chatBody(`VL ${uniqueToken()}`, {
    model: models.vision,
  });
  const vl = await request.post(chatUrl, { data: vlBody, headers: auth });
  const chunks = parseSse(await vl.text())
    .data.filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as Chunk);
  expect(chunks[0]?.model).toBe('qwen3-vl-32b-instruct');
  const reasoning = chunks
    .map((chunk) => chunk.choices[0]?.delta.reasoning_content)
    .filter((part): part is string => typeof part === 'string')
    .join('');
  expect(reasoning).toBe('');
});

test('ragged writes: cut inside UTF-8 characters and between CR and LF, reproducible, lossless', () => {
  const text = 'data: {"content":"ünïcødé “quotes” 🙂"}\r\n\r\n'.repeat(20);
  const segments = [{ bytes: Buffer.from(text, 'utf8'), pauseAfterMs: 0 }];
  const plan = planWrites(segments, { rng: createRng(42) });
  const again = planWrites(segments, { rng: createRng(42) });
  expect(plan.map((piece) => piece.bytes.length)).toEqual(again.map((piece) => piece.bytes.length));
  expect(Buffer.concat(plan.map((piece) => piece.bytes)).toString('utf8')).toBe(text);
  expect(plan.length).toBeGreaterThan(5);

  const decoder = () => new TextDecoder('utf-8', { fatal: true });
  const splitsCharacter = plan.some((piece) => {
    try {
      decoder().decode(piece.bytes);
      return false;
    } catch {
      return true;
    }
  });
  expect(splitsCharacter).toBe(true);
  expect(plan.some((piece) => piece.bytes.at(-1) === 0x0d)).toBe(true);
  expect(plan.some((piece) => piece.cut === 'utf8')).toBe(true);
  expect(plan.some((piece) => piece.cut === 'crlf')).toBe(true);
});

test('a stream arrives in many reads and reassembles; CRLF and LF can both be forced', async () => {
  for (const ending of ['crlf', 'lf'] as const) {
    const token = uniqueToken();
    const result = await rawPost(
      chatBody(`Ragged ${token} «ü» [[fake:${ending}]]`, { enable_thinking: true }),
    );
    expect(result.error).toBeUndefined();
    expect(result.reads.length).toBeGreaterThan(3);
    const body = Buffer.concat(result.reads).toString('utf8');
    const sse = parseSse(body);
    expect(sse.lineEnding).toBe(ending);
    expect(sse.terminated).toBe(true);
    expect(sse.data.at(-1)).toBe('[DONE]');
    const content = sse.data
      .slice(0, -1)
      .map((data) => (JSON.parse(data) as Chunk).choices[0]?.delta.content)
      .filter((part): part is string => typeof part === 'string')
      .join('');
    expect(content).toContain(`**Echo:** Ragged ${token} «ü»\n\n`);
    expect(body).not.toContain('[[fake:');
  }
});

test('echo-prompt answers the prompt byte for byte, only the directives cut out', async ({
  request,
}) => {
  const token = uniqueToken();
  // Tabs, runs of spaces, CR, a NUL, blank lines and markup: nothing may be tidied away.
  const payload = `  <img src=x onerror=alert(1)>\t${token}\r\n\n\n[x](javascript:alert(1))  \u0000 «ü» 🙂 `;
  const { text, content } = await streamChat(
    request,
    `[[fake:echo-prompt]]${payload}[[fake:seed=7]]`,
  );
  expect(content).toBe(`${payload}\n\n${answerEnding(models.text)} Unicode check: «ünïcødé» ✓ 🙂`);
  expect(text).not.toContain('[[fake:');

  // The answer still streams in many ragged reads.
  const ragged = await rawPost(chatBody(`${payload.repeat(20)} [[fake:echo-prompt]]`));
  expect(ragged.error).toBeUndefined();
  expect(ragged.reads.length).toBeGreaterThan(3);
});

test('validation errors answer 400 with the provider’s body', async ({ request }) => {
  const cases: [unknown, RegExp][] = [
    [{ messages: [{ role: 'user', content: 'x' }] }, /model/],
    [{ model: models.text }, /messages/],
    [
      { model: models.text, messages: [{ role: 'user', content: 'x' }], enable_thinking: true },
      /enable_thinking/,
    ],
    [
      {
        model: models.text,
        messages: [{ role: 'user', content: 'x' }],
        stream: false,
        enable_thinking: true,
      },
      /enable_thinking/,
    ],
    [{ model: 'qwen3-32b', messages: [{ role: 'user', content: 'x' }], stream: true }, /model/],
    [
      {
        model: models.text,
        messages: [{ role: 'user', content: 'x [[fake:nope]]' }],
        stream: true,
      },
      /unknown directive/,
    ],
  ];
  for (const [data, message] of cases) {
    const response = await request.post(chatUrl, { data, headers: auth });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ statusCode: 400, path: '/v1/chat/completions' });
    expect(body.message).toMatch(message);
    expect(Object.keys(body).sort()).toEqual([
      'message',
      'path',
      'requestId',
      'statusCode',
      'timestamp',
    ]);
  }
  const broken = await request.post(chatUrl, {
    data: '{"model": ',
    headers: { ...auth, 'content-type': 'application/json' },
  });
  expect(broken.status()).toBe(400);
});

test('401 without a Bearer key', async ({ request }) => {
  for (const headers of [
    {},
    { authorization: 'Basic abc' },
    { authorization: 'Bearer ' },
  ] as Record<string, string>[]) {
    const response = await request.post(chatUrl, { data: chatBody('x'), headers });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'Unauthorized', statusCode: 401 });
  }
});

test('status directives answer the provider’s error body', async ({ request }) => {
  for (const status of [401, 403, 404, 429, 500, 502, 503, 504]) {
    const response = await request.post(chatUrl, {
      data: chatBody(`Fail ${uniqueToken()} [[fake:status=${status}]]`),
      headers: auth,
    });
    expect(response.status()).toBe(status);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(await response.json()).toMatchObject({
      statusCode: status,
      message: providerMessage(status),
    });
    if (status === 429) expect(response.headers()['retry-after']).toBe('2');
  }
});

test('OpenAI-shaped and HTML errors', async ({ request }) => {
  const openAi = await request.post(chatUrl, {
    data: chatBody('x [[fake:openai-error=500]]'),
    headers: auth,
  });
  expect(openAi.status()).toBe(500);
  expect(await openAi.json()).toEqual({
    error: { message: openAiErrorMessage, type: 'server_error', code: 'internal_error' },
  });

  const html = await request.post(chatUrl, {
    data: chatBody('x [[fake:html=502]]'),
    headers: auth,
  });
  expect(html.status()).toBe(502);
  expect(html.headers()['content-type']).toMatch(/^text\/html/);
  expect(await html.text()).toBe(htmlErrorPage(502));
});

test('drop-after sends N data chunks, then cuts the connection', async () => {
  const token = uniqueToken();
  const result = await rawPost(chatBody(`Drop ${token} [[fake:drop-after=4]]`));
  expect(result.status).toBe(200);
  expect(result.error).toBeDefined();
  const sse = parseSse(Buffer.concat(result.reads).toString('utf8'));
  expect(sse.data).toHaveLength(4);
  expect(sse.data.join('')).not.toContain('[DONE]');
  const entry = await new FakeApi().waitForAnswered(token);
  expect(entry.response).toMatchObject({ outcome: 'dropped', chunksSent: 4 });
});

test('stream-error ends with an error chunk and no [DONE]', async ({ request }) => {
  const { sse } = await streamChat(request, `Crash ${uniqueToken()} [[fake:stream-error]]`);
  const last = sse.data.at(-1) ?? '';
  expect(JSON.parse(last)).toEqual({
    error: { message: streamErrorMessage, code: 'internal_error' },
  });
  expect(sse.data).toHaveLength(5); // role chunk, three pieces, the error
});

test('malformed inserts one bad chunk; the rest is the full answer', async ({ request }) => {
  const { sse, content, text } = await streamChat(
    request,
    `Bad ${uniqueToken()} [[fake:malformed]]`,
  );
  expect(sse.data.filter((data) => data === '{not json')).toHaveLength(1);
  expect(text).toMatch(/data: \{not json\r?\n/);
  expect(content).toContain(answerEnding(models.text));
});

test('no-done, think-inline, echo-body, long and slow', async ({ request }) => {
  const noDone = await streamChat(request, `NoDone ${uniqueToken()} [[fake:no-done]]`);
  expect(noDone.sse.data).not.toContain('[DONE]');
  expect(noDone.chunks.at(-1)?.choices).toEqual([]);

  const inline = await streamChat(request, `Inline ${uniqueToken()} [[fake:think-inline]]`);
  expect(inline.reasoning).toBe('');
  expect(inline.content).toMatch(
    /^<think>\nLet me think about “Inline tok\w+”[\s\S]*<\/think>\n\n\*\*Echo:\*\*/,
  );

  const echo = await streamChat(request, `Echo ${uniqueToken()} [[fake:echo-body]]`, {
    temperature: 0.7,
  });
  const block = /```json\n([\s\S]*?)\n```/.exec(echo.content)?.[1] ?? '';
  expect(JSON.parse(block)).toMatchObject({ model: models.text, temperature: 0.7, stream: true });
  expect(block).not.toContain('messages');

  const long = await streamChat(request, `Long ${uniqueToken()} [[fake:long=600]]`);
  const words = long.content.split(/\s+/).filter(Boolean).length;
  expect(words).toBeGreaterThan(580);
  expect(words).toBeLessThan(720);
  for (const mark of ['\n## ', '\n- ', '\n1. ', '```ts\n', '| --- |', '\n$$\n\\int', ' $x^2 '])
    expect(long.content).toContain(mark);
  expect(long.content).toContain(answerEnding(models.text));

  const slow = await streamChat(request, `Slow ${uniqueToken()} [[fake:slow=5]]`);
  expect(slow.content).toContain(answerEnding(models.text));
});

test('non-stream answers JSON with cost headers', async ({ request }) => {
  const token = uniqueToken();
  const response = await request.post(chatUrl, {
    data: chatBody(`Plain ${token}`, { stream: false, stream_options: undefined }),
    headers: auth,
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['x-aimlapi-credits-used']).toMatch(/^\d+$/);
  expect(response.headers()['x-aimlapi-usd-spent']).toMatch(/^[\d.e-]+$/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    object: 'chat.completion',
    model: 'qwen3-32b',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant' } }],
  });
  expect(JSON.stringify(body)).toContain(`**Echo:** Plain ${token}`);
});

test('recording: every chat request, found by a token in its body', async ({ request }) => {
  const token = uniqueToken();
  await request.post(chatUrl, {
    data: chatBody(`Record ${token}`),
    headers: { ...auth, 'x-client-request-id': 'abc' },
  });
  await request.post(chatUrl, {
    data: chatBody(`Record ${token} again [[fake:status=503]]`),
    headers: auth,
  });
  const fake = new FakeApi();
  const entries = await fake.requestsContaining(token);
  expect(entries).toHaveLength(2);
  expect(entries[0]).toMatchObject({
    method: 'POST',
    path: '/v1/chat/completions',
    headers: { authorization: 'Bearer test-key-123', 'x-client-request-id': 'abc' },
    body: { model: models.text, stream: true },
  });
  expect(entries[0]?.time).toEqual(expect.any(Number));
  expect(entries[1]?.response).toMatchObject({ status: 503, outcome: 'http-error' });
  expect(await fake.requestsContaining(uniqueToken())).toEqual([]);
});

test('CORS: preflight and exposed headers', async ({ request }) => {
  const preflight = await request.fetch(chatUrl, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:4173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,x-client-request-id',
    },
  });
  expect(preflight.status()).toBe(204);
  const headers = preflight.headers();
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['access-control-allow-methods']).toContain('POST');
  for (const name of ['authorization', 'content-type', 'x-client-request-id', 'accept']) {
    expect(headers['access-control-allow-headers']).toContain(name);
  }
  for (const name of [
    'x-inference-id',
    'x-client-request-id',
    'x-aimlapi-credits-used',
    'x-aimlapi-usd-spent',
  ]) {
    expect(headers['access-control-expose-headers']).toContain(name);
  }
});

test('models (ETag / 304), billing and key', async ({ request }) => {
  const models200 = await request.get(`${fakeBaseUrl}/models`);
  expect(models200.status()).toBe(200);
  const list = (await models200.json()) as {
    object: string;
    data: { id: string; info: Record<string, unknown> }[];
  };
  expect(list.object).toBe('list');
  expect(list.data.map((model) => model.id)).toEqual([models.text, models.vision]);
  for (const model of list.data) {
    expect(model.info).toMatchObject({
      name: expect.any(String),
      contextLength: expect.any(Number),
      outputMax: expect.any(Number),
    });
  }
  const etag = models200.headers().etag ?? '';
  expect(etag).not.toBe('');
  const models304 = await request.get(`${fakeBaseUrl}/models`, {
    headers: { 'if-none-match': etag },
  });
  expect(models304.status()).toBe(304);

  expect((await request.get(`${fakeOrigin}/v2/billing`)).status()).toBe(401);
  const billing = await request.get(`${fakeOrigin}/v2/billing`, { headers: auth });
  expect(await billing.json()).toEqual({ current_balance: expect.any(Number), currency: 'USD' });
  expect((await request.get(`${fakeBaseUrl}/key`)).status()).toBe(401);
  expect((await request.get(`${fakeBaseUrl}/key`, { headers: auth })).status()).toBe(200);
  expect((await request.get(`${fakeBaseUrl}/nowhere`)).status()).toBe(404);
});

test('a browser page reads the stream across origins (CORS), and sees a cut as an error', async ({
  page,
}) => {
  // A stub page on another loopback port: the calls are cross-origin exactly as the app's are.
  // (It must be a real server: Chromium treats a route-fulfilled page as public and then denies
  // calls into the loopback address space.)
  const stub = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>stub</p>'),
  );
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = stub.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await readsStreamsAcrossOrigins(page);
  } finally {
    stub.closeAllConnections();
    stub.close();
  }
});

async function readsStreamsAcrossOrigins(page: Page) {
  const token = uniqueToken();
  const run = (prompt: string) =>
    page.evaluate(
      async ({ url, body }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            authorization: 'Bearer test-key-123',
            'content-type': 'application/json',
            'x-client-request-id': 'browser-1',
          },
          body,
        });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let text = '';
        let reads = 0;
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            reads += 1;
            text += decoder.decode(value, { stream: true });
          }
          return {
            text,
            reads,
            error: null,
            requestId: response.headers.get('x-client-request-id'),
          };
        } catch (error) {
          return {
            text,
            reads,
            error: String(error),
            requestId: response.headers.get('x-client-request-id'),
          };
        }
      },
      { url: chatUrl, body: JSON.stringify(chatBody(prompt, { enable_thinking: true })) },
    );

  const ok = await run(`Browser ${token} «ü» 🙂`);
  expect(ok.error).toBeNull();
  expect(ok.requestId).toBe('browser-1');
  expect(ok.reads).toBeGreaterThan(3);
  expect(parseSse(ok.text).data.at(-1)).toBe('[DONE]');

  const cut = await run(`Browser ${token} [[fake:drop-after=3]]`);
  expect(cut.error).not.toBeNull();
  expect(parseSse(cut.text).data).toHaveLength(3);
}
