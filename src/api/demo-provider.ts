// The offline demo provider: a `fetch` that answers `POST …/chat/completions` in the browser,
// with the same SSE bytes as the AI/ML API, so the live parser and turn runner handle it unchanged.
// It never touches the network.
import type { DescribeImage, DemoImageFacts } from '@/api/demo-answer-types';
import { composeDemoAnswer } from '@/api/demo-answers';
import { completionJson, type DemoChunkMeta } from '@/api/demo-chunks';
import { abortError, createPacedStream, raceAbort, sleep } from '@/api/demo-pacing';
import { createRandom, hashString, hexId } from '@/api/demo-random';
import { parseDemoRequest, type DemoRequest } from '@/api/demo-request';
import { planDemoStream } from '@/api/demo-stream-plan';

export interface DemoFetchOptions {
  /** 1 = natural pace (the default); higher is faster; Infinity = instant, for tests. */
  speed?: number;
  /** The clock for `created` and error timestamps. */
  now?: () => number;
  /** Measures an attached image in the browser, so the VL answer can mention real facts. */
  describeImage?: DescribeImage;
}

interface IncomingRequest {
  method: string;
  path: string;
  body: string;
  headers: Headers;
  signal?: AbortSignal | null;
}

async function readIncoming(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<IncomingRequest> {
  const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined;
  const url = request
    ? request.url
    : input instanceof URL
      ? input.href
      : typeof input === 'string'
        ? input
        : input.url;
  const rawBody = init?.body ?? null;
  let body = '';
  if (typeof rawBody === 'string') body = rawBody;
  else if (rawBody !== null) body = await new Response(rawBody).text();
  else if (request) body = await request.clone().text();
  return {
    method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
    path: new URL(url, 'https://demo.invalid').pathname,
    body,
    headers: new Headers(init?.headers ?? request?.headers),
    signal: init?.signal ?? request?.signal,
  };
}

function jsonHeaders(random: () => number, incoming: IncomingRequest): Headers {
  const headers = new Headers({ 'x-inference-id': `demo-${hexId(random)}` });
  const clientId = incoming.headers.get('x-client-request-id');
  if (clientId) headers.set('x-client-request-id', clientId);
  return headers;
}

/** The provider's own error shape: `{message, path, requestId, statusCode, timestamp}`. */
function errorResponse(
  status: number,
  message: string,
  path: string,
  now: number,
  random: () => number,
): Response {
  const body = {
    message,
    path,
    requestId: hexId(random),
    statusCode: status,
    timestamp: new Date(now).toISOString(),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

function lastUserIndex(request: DemoRequest): number {
  return request.messages.findLastIndex((message) => message.role === 'user');
}

async function measureImages(
  urls: readonly string[],
  describeImage: DescribeImage | undefined,
): Promise<(DemoImageFacts | undefined)[] | undefined> {
  if (!describeImage || urls.length === 0) return undefined;
  // An image the browser cannot decode is reported as unmeasured, not as a failed request.
  return Promise.all(urls.map((url) => describeImage(url).catch(() => undefined)));
}

export function createDemoFetch(options: DemoFetchOptions = {}): typeof fetch {
  const speed = options.speed !== undefined && options.speed > 0 ? options.speed : 1;
  const now = options.now ?? Date.now;
  let requestCount = 0;

  async function demoFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const incoming = await readIncoming(input, init);
    const { signal } = incoming;
    if (signal?.aborted) throw abortError();
    const startedAt = now();
    // Ids differ per request; everything the user reads depends on the prompt alone.
    const idRandom = createRandom(hashString(`${startedAt}:${requestCount++}:${incoming.body}`));

    if (incoming.method !== 'POST' || !incoming.path.endsWith('/chat/completions')) {
      return errorResponse(
        404,
        `Cannot ${incoming.method} ${incoming.path}`,
        incoming.path,
        startedAt,
        idRandom,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(incoming.body);
    } catch {
      return errorResponse(
        400,
        'Body validation error: the body is not valid JSON',
        incoming.path,
        startedAt,
        idRandom,
      );
    }
    const parsed = parseDemoRequest(json);
    if (!parsed.ok)
      return errorResponse(parsed.status, parsed.message, incoming.path, startedAt, idRandom);
    const { request } = parsed;

    const userIndex = lastUserIndex(request);
    const userMessage = request.messages[userIndex]!;
    const imageFacts = await raceAbort(
      measureImages(userMessage.imageUrls, options.describeImage),
      signal,
    );
    const answer = composeDemoAnswer({
      modelId: request.modelId,
      prompt: userMessage.text,
      imageCount: userMessage.imageUrls.length,
      imageFacts,
      earlierPrompts: request.messages
        .slice(0, userIndex)
        .filter((m) => m.role === 'user')
        .map((m) => m.text),
      systemPrompt: request.messages
        .filter((m) => m.role === 'system')
        .map((m) => m.text)
        .join('\n'),
    });

    const meta: DemoChunkMeta = {
      id: `chatcmpl-demo-${hexId(idRandom)}`,
      created: Math.floor(startedAt / 1000),
      model: request.responseModel,
    };
    const plan = planDemoStream({
      meta,
      reasoning: request.thinking ? answer.reasoning : '',
      content: answer.content,
      messages: request.messages,
      maxTokens: request.maxTokens,
      thinkingBudget: request.thinkingBudget,
      // Pacing jitter is seeded by the request's content, so a replay streams identically.
      random: createRandom(
        hashString(`${request.modelId}|${request.thinking}|${userMessage.text}`),
      ),
      speed,
    });
    const headers = jsonHeaders(idRandom, incoming);

    if (!request.stream) {
      // A non-streamed answer arrives all at once, after the whole generation time.
      await sleep(plan.headersDelayMs + plan.streamMs, signal);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.set('x-aimlapi-credits-used', '0');
      headers.set('x-aimlapi-usd-spent', '0');
      return new Response(completionJson(meta, plan.content, plan.finishReason, plan.usage), {
        status: 200,
        headers,
      });
    }

    await sleep(plan.headersDelayMs, signal);
    headers.set('content-type', 'text/event-stream');
    headers.set('cache-control', 'no-cache');
    return new Response(createPacedStream(plan.events, signal), { status: 200, headers });
  }

  return demoFetch;
}
