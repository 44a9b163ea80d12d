// POST /chat/completions and the response body as typed chat events:
// bytes → SSE parser → chunk JSON → `<think>` splitter → ChatEvent, in order.
// The decoding is a plain synchronous object (`createChatStreamDecoder`) so it can be tested and
// benchmarked without a network; `startChatCompletion` only adds fetch, errors and abort.
import type { ChatEvent, RawSseEvent } from '@/api/chat-events';
import { parseChatCompletion } from '@/api/chat-chunk';
import { createChunkFastPath } from '@/api/chunk-template';
import { errorFromResponse, networkError, redactSecrets } from '@/api/http-error';
import type { ChatRequestBody } from '@/api/request-body';
import { chunkArrivalTime } from '@/api/relayed-fetch';
import { createSseParser } from '@/api/sse-parser';
import { createThinkSplitter } from '@/api/think-splitter';
import { createYielder } from '@/lib/yield-to-main';

export const CUT_MESSAGE = 'The connection closed before the answer finished.';

export interface ChatStreamDecoderOptions {
  /** The response's Content-Type; without one the body is sniffed (JSON object or SSE). */
  contentType?: string;
  onRawEvent?: (event: RawSseEvent) => void;
  /** `performance.now()` when the request was sent, for `RawSseEvent.at`. */
  startedAt?: number;
  /** Texts that must not appear in an error message (the API key). */
  secrets?: readonly string[];
}

export interface ChatStreamDecoder {
  /**
   * The events one chunk of the body completes, in order. `receivedAt`: when the chunk arrived
   * (`performance.now()`), if it was read later (a relayed body's batch); by default, now.
   */
  feed(chunk: Uint8Array, receivedAt?: number): ChatEvent[];
  /** The body ended: the last events, and a `cut` error if the answer never finished. */
  end(): ChatEvent[];
  /** Reading the body failed: what was held back, then a `cut` error. */
  cut(cause?: string): ChatEvent[];
  /** `[DONE]` or an error arrived: nothing more will be decoded. */
  readonly stopped: boolean;
}

type BodyMode = 'unknown' | 'sse' | 'json';

/** The first byte that is not a BOM byte or whitespace, or -1. */
function firstSignificantByte(chunk: Uint8Array): number {
  for (const byte of chunk) {
    if (
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf &&
      byte !== 32 &&
      byte !== 9 &&
      byte !== 10 &&
      byte !== 13
    ) {
      return byte;
    }
  }
  return -1;
}

export function createChatStreamDecoder(options: ChatStreamDecoderOptions = {}): ChatStreamDecoder {
  const { onRawEvent, startedAt = performance.now(), secrets = [] } = options;
  const contentType = (options.contentType ?? '').toLowerCase();
  let mode: BodyMode = contentType.includes('event-stream')
    ? 'sse'
    : contentType.includes('json')
      ? 'json'
      : 'unknown';
  /** Chunks kept until the mode is known, or the whole body of a JSON response. */
  const kept: Uint8Array[] = [];
  const splitter = createThinkSplitter();
  let out: ChatEvent[] = [];
  let finished = false;
  let done = false;
  let failed = false;
  /** When the chunk being fed arrived, for `RawSseEvent.at`; undefined: now. */
  let chunkReceivedAt: number | undefined;

  function emitText(reasoning: string, content: string): void {
    if (reasoning) out.push({ type: 'reasoning', text: reasoning });
    if (content) out.push({ type: 'content', text: content });
  }

  function emit(event: ChatEvent): void {
    switch (event.type) {
      case 'content': {
        // Past the answer's start the splitter passes text through: no need to ask it.
        if (splitter.passesThrough) {
          out.push(event);
          return;
        }
        const split = splitter.push(event.text);
        emitText(split.reasoning, split.content);
        return;
      }
      case 'finish': {
        // The answer is over: release any held-back text before saying so.
        const rest = splitter.end();
        emitText(rest.reasoning, rest.content);
        finished = true;
        out.push(event);
        return;
      }
      case 'error':
        failed = true;
        out.push({
          type: 'error',
          error: { ...event.error, message: redactSecrets(event.error.message, secrets) },
        });
        return;
      default:
        out.push(event);
    }
  }

  // Text chunks of one stream share their shape: most skip a full JSON.parse (chunk-template.ts).
  const chunks = createChunkFastPath();
  const parser = createSseParser((sse) => {
    if (done || failed) return;
    onRawEvent?.({ data: sse.data, event: sse.event, at: (chunkReceivedAt ?? performance.now()) - startedAt });
    const text = chunks.match(sse.data);
    if (text !== null) {
      emit(text);
      return;
    }
    for (const item of chunks.parse(sse.data)) {
      if (item.type === 'done') {
        done = true;
        flushSplitter();
        return;
      }
      emit(item);
      if (failed) return;
    }
  });

  function take(): ChatEvent[] {
    const events = out;
    out = [];
    return events;
  }

  function flushSplitter(): void {
    const rest = splitter.end();
    emitText(rest.reasoning, rest.content);
  }

  function endSse(): void {
    for (const earlier of kept) parser.feed(earlier);
    kept.length = 0;
    parser.end();
    if (failed) return;
    flushSplitter();
    if (!finished && !done) emit({ type: 'error', error: { kind: 'cut', message: CUT_MESSAGE } });
  }

  function endJson(): void {
    let length = 0;
    for (const chunk of kept) length += chunk.length;
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of kept) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    kept.length = 0;
    const text = new TextDecoder().decode(bytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      if (/^\s*(data|event|id)?:/.test(text)) {
        // An event stream labelled as JSON: read it as what it is.
        kept.push(bytes);
        endSse();
        return;
      }
      emit({
        type: 'error',
        error: { kind: 'provider', message: 'The response was not valid JSON.' },
      });
      return;
    }
    onRawEvent?.({ data: text, at: performance.now() - startedAt });
    const events = parseChatCompletion(json);
    for (const event of events) {
      emit(event);
      if (failed) return;
    }
    flushSplitter();
    if (events.length === 0) {
      emit({
        type: 'error',
        error: { kind: 'provider', message: 'The response carried no answer.' },
      });
    }
  }

  function feedBody(chunk: Uint8Array): void {
    if (mode === 'unknown') {
      // No telling Content-Type: a body opening with `{` is a whole JSON response, anything else SSE.
      const first = firstSignificantByte(chunk);
      if (first === -1) {
        kept.push(chunk.slice());
        return;
      }
      mode = first === 0x7b ? 'json' : 'sse';
      if (mode === 'sse') {
        for (const earlier of kept) parser.feed(earlier);
        kept.length = 0;
      }
    }
    if (mode === 'json') kept.push(chunk.slice());
    else parser.feed(chunk);
  }

  return {
    feed(chunk, receivedAt) {
      if (done || failed) return [];
      chunkReceivedAt = receivedAt;
      feedBody(chunk);
      chunkReceivedAt = undefined;
      return take();
    },
    end() {
      if (done || failed) return take();
      if (mode === 'json') endJson();
      else endSse();
      return take();
    },
    cut(cause) {
      if (failed) return take();
      flushSplitter();
      const message = cause ? `${CUT_MESSAGE} (${cause})` : CUT_MESSAGE;
      emit({ type: 'error', error: { kind: 'cut', message } });
      return take();
    },
    get stopped() {
      return done || failed;
    },
  };
}

export interface ChatCompletionRequest {
  baseUrl: string;
  apiKey: string;
  body: ChatRequestBody;
  signal: AbortSignal;
  fetchImpl?: typeof fetch;
  onRawEvent?: (event: RawSseEvent) => void;
}

export interface ChatCompletionResponse {
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** The provider's id for the request (`x-inference-id`, `x-request-id`), when it sends one. */
  requestId?: string;
  /** The `X-Client-Request-Id` this request was sent with. */
  clientRequestId: string;
  events: AsyncIterable<ChatEvent>;
}

/** A fresh `X-Client-Request-Id`: 1–128 characters of `[A-Za-z0-9._:-]`. */
export function newClientRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `qp-${Date.now().toString(36)}-${hex}`;
}

function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

/** The signal's own AbortError, or a fresh one if it was aborted with another reason. */
function abortError(signal: AbortSignal): unknown {
  return isAbortError(signal.reason)
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A read that takes longer than this waited for the network instead of coming from the buffer. */
const readWaitMs = 1;
/** Within one read, how many events pass between checks of the yield budget. */
const eventsPerYieldCheck = 64;
/**
 * A read bigger than this is parsed a piece at a time, with the yield budget checked between:
 * a fast stream's reads hold tens of KB each, and parsing one (events, JSON) is a single step.
 */
const maxFeedBytes = 8 * 1024;

async function* readEvents(
  res: Response,
  signal: AbortSignal,
  decoder: ChatStreamDecoder,
  secrets: readonly string[],
): AsyncGenerator<ChatEvent, void, undefined> {
  if (!res.body) {
    yield* decoder.end();
    return;
  }
  const reader = res.body.getReader();
  // A fetch that ignores the signal (a test double, the demo provider) still stops on Stop.
  const onAbort = (): void => {
    reader.cancel(signal.reason).catch(() => undefined);
  };
  signal.addEventListener('abort', onAbort);
  // A fast stream arrives in bursts already buffered; without a break now and then the whole
  // burst (and the consumer's work on it) would run as one long task and freeze the page.
  const yielder = createYielder();
  /** Gives the browser its turn if the budget is spent; Stop may have come meanwhile. */
  const takeBreak = async (): Promise<void> => {
    await yielder.maybeYield();
    if (signal.aborted) throw abortError(signal);
  };
  try {
    for (;;) {
      if (signal.aborted) throw abortError(signal);
      await takeBreak();
      let result: ReadableStreamReadResult<Uint8Array>;
      const readStart = performance.now();
      try {
        result = await reader.read();
      } catch (error) {
        if (signal.aborted) throw isAbortError(error) ? error : abortError(signal);
        yield* decoder.cut(redactSecrets(describe(error), secrets));
        return;
      }
      // A buffered chunk comes back within a microtask; a read that took longer waited for the
      // network, and the browser was free meanwhile.
      if (performance.now() - readStart > readWaitMs) yielder.restart();
      if (result.done) break;
      const chunk = result.value;
      const arrivedAt = chunkArrivalTime(chunk);
      for (let offset = 0; offset < chunk.length; offset += maxFeedBytes) {
        // Parsing a big read is a step of its own: the budget is checked before each piece.
        if (offset > 0) await takeBreak();
        const piece = chunk.subarray(offset, offset + maxFeedBytes);
        let sinceCheck = 0;
        for (const event of decoder.feed(piece, arrivedAt)) {
          // One read of a fast stream can hold thousands of events: the consumer's work on them
          // gets breaks too, not only the reads.
          if (++sinceCheck === eventsPerYieldCheck) {
            sinceCheck = 0;
            await takeBreak();
          }
          yield event;
        }
        if (decoder.stopped) return;
      }
    }
    if (signal.aborted) throw abortError(signal);
    yield* decoder.end();
  } finally {
    signal.removeEventListener('abort', onAbort);
    reader.cancel().catch(() => undefined);
  }
}

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/chat/completions`;
}

export async function startChatCompletion(
  req: ChatCompletionRequest,
): Promise<ChatCompletionResponse> {
  const { body, signal } = req;
  const apiKey = req.apiKey.trim();
  const secrets = [req.apiKey, apiKey];
  const fetchImpl = req.fetchImpl ?? fetch;
  const url = chatCompletionsUrl(req.baseUrl);
  const clientRequestId = newClientRequestId();
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: body.stream ? 'text/event-stream' : 'application/json',
    'X-Client-Request-Id': clientRequestId,
  };
  // No key, no header: the demo provider and keyless servers need none.
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;

  if (signal.aborted) throw abortError(signal);
  const startedAt = performance.now();
  let res: Response;
  try {
    res = await fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    if (signal.aborted) throw abortError(signal);
    throw networkError(req.baseUrl, error, secrets);
  }
  if (!res.ok) throw await errorFromResponse(res, secrets);

  const responseHeaders: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    responseHeaders[name.toLowerCase()] = value;
  });
  const requestId = responseHeaders['x-inference-id'] ?? responseHeaders['x-request-id'];
  const decoder = createChatStreamDecoder({
    contentType: responseHeaders['content-type'],
    onRawEvent: req.onRawEvent,
    startedAt,
    secrets,
  });
  return {
    status: res.status,
    headers: responseHeaders,
    requestId,
    clientRequestId,
    events: readEvents(res, signal, decoder, secrets),
  };
}
