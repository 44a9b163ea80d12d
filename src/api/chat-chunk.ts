// Provider JSON → chat events: one SSE `data` string of a stream, or a whole non-stream response.
// Parsed tolerantly (aiml-api.md: the provider's examples and schema disagree): odd shapes give
// fewer events, never an exception.
import type { ChatEvent, StreamErrorInfo } from '@/api/chat-events';
import type { Usage } from '@/domain/conversation';

/** `data: [DONE]`, the optional end-of-stream marker. */
export interface DoneMarker {
  type: 'done';
}

export type ChunkItem = ChatEvent | DoneMarker;

export const MALFORMED_CHUNK_NOTICE = 'Skipped a malformed chunk';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from a number or a numeric string (the provider sends both). */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A message that may be a string or, from body validation, a list of strings. */
export function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.map((part) => (typeof part === 'string' ? part : JSON.stringify(part)));
    return parts.join('; ').trim() || undefined;
  }
  return undefined;
}

/** Maps the OpenAI-style usage object; cost comes from the provider's `meta.usage.usd_spent`. */
export function usageFromJson(usage: unknown, meta?: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const promptTokens = toNumber(usage.prompt_tokens) ?? 0;
  const completionTokens = toNumber(usage.completion_tokens) ?? 0;
  const result: Usage = {
    promptTokens,
    completionTokens,
    totalTokens: toNumber(usage.total_tokens) ?? promptTokens + completionTokens,
  };
  const details = usage.completion_tokens_details;
  const reasoningTokens = isObject(details) ? toNumber(details.reasoning_tokens) : undefined;
  if (reasoningTokens !== undefined) result.reasoningTokens = reasoningTokens;
  const cost = isObject(meta) && isObject(meta.usage) ? toNumber(meta.usage.usd_spent) : undefined;
  if (cost !== undefined) result.costUsd = cost;
  return result;
}

/**
 * An error object carried in a stream or a 200 body: `{"error":{message,code,type,status?}}`
 * (OpenAI-like) or `{message, statusCode}` (the provider's own shape).
 */
export function streamErrorFromJson(json: Json): StreamErrorInfo | undefined {
  const { error } = json;
  if (isObject(error)) {
    const info: StreamErrorInfo = {
      kind: 'provider',
      message: messageText(error.message) ?? 'The provider reported an error.',
    };
    const status =
      toNumber(error.status) ?? toNumber(error.statusCode) ?? toNumber(json.statusCode);
    if (status !== undefined) info.status = status;
    const code = error.code ?? error.type;
    if (typeof code === 'string' || typeof code === 'number') info.code = String(code);
    return info;
  }
  if (typeof error === 'string' && error.trim()) {
    return { kind: 'provider', message: error.trim() };
  }
  if (json.statusCode !== undefined && json.message !== undefined && json.choices === undefined) {
    const info: StreamErrorInfo = {
      kind: 'provider',
      message: messageText(json.message) ?? 'The provider reported an error.',
    };
    const status = toNumber(json.statusCode);
    if (status !== undefined) info.status = status;
    return info;
  }
  return undefined;
}

function firstChoice(json: Json): Json | undefined {
  const { choices } = json;
  if (!Array.isArray(choices)) return undefined;
  const choice: unknown = choices[0];
  return isObject(choice) ? choice : undefined;
}

/** Reasoning, content and finish of one choice, from its `delta` (stream) or `message` (not). */
function pushChoiceEvents(choice: Json, part: unknown, out: ChunkItem[]): void {
  if (isObject(part)) {
    // `reasoning` is what some other OpenAI-compatible hosts call the same field.
    const reasoning = part.reasoning_content ?? part.reasoning;
    if (typeof reasoning === 'string' && reasoning !== '')
      out.push({ type: 'reasoning', text: reasoning });
    const { content } = part;
    if (typeof content === 'string' && content !== '') out.push({ type: 'content', text: content });
  }
  const reason = choice.finish_reason;
  if (typeof reason === 'string' && reason !== '') out.push({ type: 'finish', reason });
}

function pushUsage(json: Json, out: ChunkItem[]): void {
  const usage = usageFromJson(json.usage, json.meta);
  if (usage) out.push({ type: 'usage', usage });
}

/** One SSE `data` payload of a chat stream → its events, in order. */
export function parseChatChunk(data: string): ChunkItem[] {
  const trimmed = data.trim();
  if (trimmed === '[DONE]') return [{ type: 'done' }];
  if (trimmed === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return [{ type: 'notice', message: MALFORMED_CHUNK_NOTICE }];
  }
  if (!isObject(json)) return [];
  const error = streamErrorFromJson(json);
  if (error) return [{ type: 'error', error }];
  const out: ChunkItem[] = [];
  const choice = firstChoice(json);
  if (choice) pushChoiceEvents(choice, choice.delta, out);
  pushUsage(json, out);
  return out;
}

/** A whole non-stream response (`choices[0].message`) → the events a stream would have given. */
export function parseChatCompletion(json: unknown): ChatEvent[] {
  if (!isObject(json)) return [];
  const error = streamErrorFromJson(json);
  if (error) return [{ type: 'error', error }];
  const out: ChunkItem[] = [];
  const choice = firstChoice(json);
  if (choice) pushChoiceEvents(choice, choice.message ?? choice.delta, out);
  pushUsage(json, out);
  return out.filter((item): item is ChatEvent => item.type !== 'done');
}
