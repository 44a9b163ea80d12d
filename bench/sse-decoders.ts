// The three ways of turning stream bytes into chat events that the SSE benchmark compares.
// Each consumes the same chunks and yields the same events (text deltas, finish, usage), so the
// work is comparable; each returns how many events it produced, which the benchmark checks.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { createChatStreamDecoder } from '@/api/chat-completions';

interface Chunk {
  choices?: { delta?: { content?: unknown; reasoning_content?: unknown }; finish_reason?: unknown }[];
  usage?: unknown;
}

type BaselineEvent =
  | { type: 'reasoning' | 'content'; text: string }
  | { type: 'finish'; reason: string }
  | { type: 'usage'; usage: unknown };

/** What a fair baseline does with each event: JSON.parse and pick out the same fields. */
function toEvents(message: EventSourceMessage, out: BaselineEvent[]): void {
  if (message.data === '[DONE]') return;
  const chunk = JSON.parse(message.data) as Chunk;
  const choice = chunk.choices?.[0];
  const delta = choice?.delta;
  if (delta) {
    if (typeof delta.reasoning_content === 'string' && delta.reasoning_content !== '')
      out.push({ type: 'reasoning', text: delta.reasoning_content });
    if (typeof delta.content === 'string' && delta.content !== '')
      out.push({ type: 'content', text: delta.content });
  }
  if (typeof choice?.finish_reason === 'string') out.push({ type: 'finish', reason: choice.finish_reason });
  if (chunk.usage) out.push({ type: 'usage', usage: chunk.usage });
}

/** This project: `createChatStreamDecoder` (bytes → SSE → chunk JSON → `<think>` split → events). */
export function decodeWithProject(chunks: readonly Uint8Array[]): number {
  const decoder = createChatStreamDecoder({ contentType: 'text/event-stream' });
  let events = 0;
  for (const chunk of chunks) events += decoder.feed(chunk).length;
  events += decoder.end().length;
  return events;
}

/** eventsource-parser's `createParser().feed()`, fed by a streaming TextDecoder. */
export function decodeWithFeed(chunks: readonly Uint8Array[]): number {
  const out: BaselineEvent[] = [];
  let events = 0;
  const parser = createParser({ onEvent: (message) => toEvents(message, out) });
  const decoder = new TextDecoder();
  for (const chunk of chunks) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    events += out.length;
    out.length = 0;
  }
  parser.feed(decoder.decode());
  parser.reset({ consume: true });
  return events + out.length;
}

/** The web-streams pipeline: bytes → TextDecoderStream → EventSourceParserStream → JSON.parse. */
export async function decodeWithStreams(chunks: readonly Uint8Array[]): Promise<number> {
  let index = 0;
  const body = new ReadableStream<BufferSource>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
      else controller.close();
    },
  });
  const reader = body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  const out: BaselineEvent[] = [];
  let events = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    toEvents(value, out);
    events += out.length;
    out.length = 0;
  }
  return events;
}
