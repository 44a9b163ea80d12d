// Which kind of chunk a raw SSE event is, for the Inspector's filter. Tolerant: anything it cannot
// read is `other`. Results are cached per event object (events are appended, never changed).
import type { RawSseEvent } from '@/api/chat-events';

export type EventKind = 'reasoning' | 'content' | 'usage' | 'other';

export const EVENT_KINDS: readonly EventKind[] = ['reasoning', 'content', 'usage', 'other'];

const cache = new WeakMap<RawSseEvent, EventKind>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

export function kindOfData(data: string): EventKind {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return 'other';
  }
  if (!isRecord(parsed)) return 'other';
  const choice: unknown = Array.isArray(parsed.choices) ? parsed.choices[0] : undefined;
  const delta = isRecord(choice) && isRecord(choice.delta) ? choice.delta : undefined;
  if (delta && hasText(delta.reasoning_content)) return 'reasoning';
  // `<think>` inline in content is still content on the wire.
  if (delta && hasText(delta.content)) return 'content';
  if (isRecord(parsed.usage)) return 'usage';
  return 'other';
}

export function kindOf(event: RawSseEvent): EventKind {
  let kind = cache.get(event);
  if (kind === undefined) {
    kind = kindOfData(event.data);
    cache.set(event, kind);
  }
  return kind;
}

/** A row's one-line gist: the text piece of a delta, the usage figures, or the raw data. */
export function summaryOf(event: RawSseEvent): string {
  const kind = kindOf(event);
  if (kind === 'other') return event.data;
  try {
    const parsed = JSON.parse(event.data) as {
      choices?: { delta?: { content?: string; reasoning_content?: string } }[];
      usage?: Record<string, unknown>;
    };
    if (kind === 'usage') {
      return Object.entries(parsed.usage ?? {})
        .filter(([, value]) => typeof value === 'number')
        .map(([name, value]) => `${name} ${String(value)}`)
        .join(' · ');
    }
    const delta = parsed.choices?.[0]?.delta;
    return JSON.stringify(kind === 'reasoning' ? delta?.reasoning_content : delta?.content);
  } catch {
    return event.data;
  }
}

/** Events as they came over the wire, for the clipboard: `data: …` blocks. */
export function toSseText(events: readonly RawSseEvent[]): string {
  return events.map((event) => `${event.event ? `event: ${event.event}\n` : ''}data: ${event.data}\n\n`).join('');
}

/** A JSON payload indented for reading; anything else as it came. */
export function prettyData(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}
