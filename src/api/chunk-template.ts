// A fast path for the chunks of one stream. A provider's text chunks differ only in one string:
// `{"id":"chatcmpl-…","choices":[{"delta":{"content":"<token>",…}],"created":…}` — same id,
// same model, same everything else. Once a chunk has been parsed the slow way, its text
// literal is cut out, leaving a prefix and a suffix; a later chunk that is exactly
// prefix + one JSON string literal + suffix is the same object with another text, so its event
// is known without a full JSON.parse. Replacing one JSON string literal with another keeps the
// structure, so the result is always what `parseChatChunk` would give — checked once per
// template with a probe. Anything else (role, finish, usage, errors, odd shapes) misses and
// goes the slow way.
import { parseChatChunk, type ChunkItem } from '@/api/chat-chunk';
import type { ChatEvent } from '@/api/chat-events';

export interface ChunkFastPath {
  /** Events of one SSE `data` payload, from the template when it matches, else the slow way. */
  parse(data: string): ChunkItem[];
  /** The one text event of `data` when the template matches it (no array, no JSON.parse), else null. */
  match(data: string): TextItem | null;
}

/** The events a template can stand for: one text delta. */
export type TextItem = Extract<ChatEvent, { type: 'reasoning' | 'content' }>;

interface Template {
  type: TextItem['type'];
  prefix: string;
  suffix: string;
}

/** Chunks that each differ (a provider varying ids) never hit: stop cutting templates then. */
const maxDerivationsWithoutHit = 4;
const probeText = 'probe';

/** The end (index of the closing quote) of the JSON string literal opening at `start`, or -1. */
function literalEnd(data: string, start: number): number {
  for (let i = start + 1; i < data.length; i++) {
    const code = data.charCodeAt(i);
    // A backslash escapes the next character.
    if (code === 92) i++;
    else if (code === 34) return i;
  }
  return -1;
}

/**
 * Whether `text[from, to)` is literally its own JSON string content: no quote, backslash or
 * control character that would need a real parse. Scanned by hand: for a short token a regex
 * call costs more.
 */
function isPlainJsonText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 || code === 92 || code < 32) return false;
  }
  return true;
}

/** The text of `literal` (a whole JSON string literal, quotes included), or null. */
function literalText(literal: string): string | null {
  if (literal.length < 2 || literal.charCodeAt(0) !== 34) return null;
  const end = literal.length - 1;
  if (literal.charCodeAt(end) === 34 && isPlainJsonText(literal, 1, end))
    return literal.slice(1, end);
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Cuts the text literal out of `data`, whose slow parse gave exactly `event`; null if unsure. */
function deriveTemplate(data: string, event: TextItem): Template | null {
  const key = event.type === 'content' ? '"content":' : '"reasoning_content":';
  for (let at = data.indexOf(key); at !== -1; at = data.indexOf(key, at + 1)) {
    const start = at + key.length;
    if (data.charCodeAt(start) !== 34) continue;
    const end = literalEnd(data, start);
    if (end === -1) return null;
    if (literalText(data.slice(start, end + 1)) !== event.text) continue;
    const template: Template = {
      type: event.type,
      prefix: data.slice(0, start),
      suffix: data.slice(end + 1),
    };
    // The probe: the same chunk with another text must give that text, and nothing else.
    const probe = parseChatChunk(`${template.prefix}"${probeText}"${template.suffix}`);
    const [only] = probe;
    if (probe.length === 1 && only?.type === event.type && only.text === probeText) return template;
  }
  return null;
}

export function createChunkFastPath(): ChunkFastPath {
  let template: Template | null = null;
  let derivationsWithoutHit = 0;

  function fromTemplate(data: string): TextItem | null {
    if (template === null) return null;
    const { prefix, suffix } = template;
    const open = prefix.length;
    const close = data.length - suffix.length - 1;
    // `close > open + 1`: an empty text gives no event; the slow path keeps that rule in one place.
    if (close <= open + 1 || data.charCodeAt(open) !== 34 || data.charCodeAt(close) !== 34)
      return null;
    // Slices compared with === rather than startsWith/endsWith: a chunk holding any non-Latin-1
    // character decodes to a two-byte string, and V8 compares those against the template's
    // one-byte text several times faster this way (the comparison was half the decode time).
    if (data.slice(0, open) !== prefix || data.slice(close + 1) !== suffix) return null;
    // The usual token needs no unescaping.
    if (isPlainJsonText(data, open + 1, close))
      return { type: template.type, text: data.slice(open + 1, close) };
    const text = literalText(data.slice(open, close + 1));
    return text === null || text === '' ? null : { type: template.type, text };
  }

  function match(data: string): TextItem | null {
    const item = fromTemplate(data);
    if (item !== null) derivationsWithoutHit = 0;
    return item;
  }

  return {
    match,
    parse(data) {
      const fast = match(data);
      if (fast !== null) return [fast];
      const items = parseChatChunk(data);
      const [only] = items;
      if (
        items.length === 1 &&
        derivationsWithoutHit < maxDerivationsWithoutHit &&
        (only?.type === 'content' || only?.type === 'reasoning')
      ) {
        // A text chunk the template missed (or the first one): cut a new template from it.
        derivationsWithoutHit++;
        template = deriveTemplate(data, only) ?? template;
      }
      return items;
    },
  };
}
