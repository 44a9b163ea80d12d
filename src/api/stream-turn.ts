// One streamed answer, from request body to outcome, with no knowledge of where it is shown.
// Chat and Compare both run their turns through this; each adapts the callbacks to its store.
import { chatCompletionsUrl, startChatCompletion } from '@/api/chat-completions';
import type { RawSseEvent } from '@/api/chat-events';
import type { Connection } from '@/api/connection';
import { ApiError } from '@/api/http-error';
import type { ChatRequestBody } from '@/api/request-body';
import type { AssistantStatus, TurnError, Usage } from '@/domain/conversation';
import { createFrameScheduler } from '@/lib/frame-scheduler';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

export interface TurnDelta {
  reasoning: string;
  content: string;
  firstReasoningAt?: number;
  firstContentAt?: number;
}

export interface TurnRequestInfo {
  url: string;
  headers: Record<string, string>;
  body: ChatRequestBody;
}

export interface TurnResponseInfo {
  status: number;
  headers: Record<string, string>;
  requestId?: string;
  clientRequestId: string;
}

export interface TurnOutcome {
  status: Exclude<AssistantStatus, 'streaming' | 'interrupted'>;
  error?: TurnError;
  finishReason?: string;
  usage?: Usage;
  finishedAt: number;
}

export interface StreamTurnOptions {
  connection: Connection;
  body: ChatRequestBody;
  signal: AbortSignal;
  /**
   * Text gathered since the last call: paced to `streamUpdateIntervalMs` (20 a second, in
   * animation frames; on a timer in a hidden tab), except the first text, the first answer text
   * after reasoning, and what is left when the stream ends, which come at once.
   */
  onDelta: (delta: TurnDelta) => void;
  /** What is about to be sent, with the key masked: for the Inspector and recordings. */
  onRequest?: (request: TurnRequestInfo) => void;
  onResponse?: (info: TurnResponseInfo) => void;
  onRawEvent?: (event: RawSseEvent) => void;
  onNotice?: (message: string) => void;
}

function isAbort(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

function toTurnError(error: unknown): TurnError {
  if (error instanceof ApiError) return { kind: error.kind, status: error.status, message: error.message };
  return { kind: 'stream', message: error instanceof Error ? error.message : String(error) };
}

export async function streamTurn(options: StreamTurnOptions): Promise<TurnOutcome> {
  const { connection, body, signal, onDelta } = options;
  let pendingReasoning = '';
  let pendingContent = '';
  let firstReasoningAt: number | undefined;
  let firstContentAt: number | undefined;
  const deliver = () => {
    if (!pendingReasoning && !pendingContent) return;
    onDelta({ reasoning: pendingReasoning, content: pendingContent, firstReasoningAt, firstContentAt });
    pendingReasoning = '';
    pendingContent = '';
  };
  // Each delta is a store update and a render of the answer: they come at the pace the answer
  // is rendered at, not once per frame (at 100 tokens/s that was ~50 updates a second, each
  // re-rendering the message only for the render cadence to hold the text back).
  const scheduler = createFrameScheduler(deliver, { minIntervalMs: streamUpdateIntervalMs });
  // The first text goes out at once, so it renders before the next frame instead of in it
  // (time to first token), and so does the answer's first text after reasoning; the rest at
  // most once per update interval.
  let delivered = false;
  const arrived = (first: boolean) => {
    if (delivered && !first) {
      scheduler.schedule();
      return;
    }
    if (!pendingReasoning && !pendingContent) return;
    delivered = true;
    scheduler.runNow();
  };

  let usage: Usage | undefined;
  let finishReason: string | undefined;
  let error: TurnError | undefined;
  let stopped = false;

  options.onRequest?.({
    url: chatCompletionsUrl(connection.baseUrl),
    headers: {
      'Content-Type': 'application/json',
      Accept: 'text/event-stream',
      ...(connection.apiKey ? { Authorization: 'Bearer <YOUR_AIMLAPI_KEY>' } : {}),
    },
    body,
  });
  try {
    const response = await startChatCompletion({
      baseUrl: connection.baseUrl,
      apiKey: connection.apiKey,
      body,
      signal,
      fetchImpl: connection.fetchImpl,
      onRawEvent: options.onRawEvent,
    });
    options.onResponse?.({
      status: response.status,
      headers: response.headers,
      requestId: response.requestId,
      clientRequestId: response.clientRequestId,
    });
    for await (const event of response.events) {
      switch (event.type) {
        case 'reasoning':
          firstReasoningAt ??= Date.now();
          pendingReasoning += event.text;
          arrived(false);
          break;
        case 'content': {
          const first = firstContentAt === undefined;
          firstContentAt ??= Date.now();
          pendingContent += event.text;
          arrived(first);
          break;
        }
        case 'usage':
          usage = event.usage;
          break;
        case 'finish':
          finishReason = event.reason;
          break;
        case 'notice':
          options.onNotice?.(event.message);
          break;
        case 'error':
          error = {
            kind: event.error.kind === 'cut' ? 'cut' : 'stream',
            status: event.error.status,
            message: event.error.message,
          };
          break;
      }
    }
  } catch (caught) {
    if (isAbort(caught) || signal.aborted) stopped = true;
    else error = toTurnError(caught);
  } finally {
    scheduler.flush();
    scheduler.cancel();
  }

  return {
    status: error ? 'error' : stopped ? 'stopped' : 'done',
    error,
    finishReason,
    usage,
    finishedAt: Date.now(),
  };
}
