// Chunk shapes and SSE framing, exactly as the provider streams them (see the seed response in
// /work/shared/seeds): `data: <json>` events separated by blank lines, `model` without the
// `alibaba/` prefix, one of `content` / `reasoning_content` null, `usage: null` until the end.

export type LineEnding = '\n' | '\r\n';

export interface SseEvent {
  kind: 'data' | 'comment';
  /** The complete event, blank line included. */
  text: string;
}

export function dataEvent(payload: unknown, eol: LineEnding): SseEvent {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return { kind: 'data', text: `data: ${body}${eol}${eol}` };
}

export function commentEvent(comment: string, eol: LineEnding): SseEvent {
  return { kind: 'comment', text: `: ${comment}${eol}${eol}` };
}

export interface ChunkBase {
  id: string;
  created: number;
  /** As the provider returns it: without the `alibaba/` prefix. */
  model: string;
}

export interface Delta {
  role?: 'assistant';
  content: string | null;
  reasoning_content: string | null;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  completion_tokens_details: { reasoning_tokens: number };
}

export interface CostMeta {
  usage: { credits_used: number; usd_spent: number };
}

export function deltaChunk(base: ChunkBase, delta: Delta, finishReason: string | null = null) {
  // Key order as in the seed response.
  const orderedDelta = {
    content: delta.content,
    ...(delta.role ? { role: delta.role } : {}),
    refusal: null,
    reasoning_content: delta.reasoning_content,
  };
  return {
    id: base.id,
    choices: [{ delta: orderedDelta, index: 0, finish_reason: finishReason }],
    created: base.created,
    model: base.model,
    object: 'chat.completion.chunk',
    usage: null,
  };
}

export function usageChunk(base: ChunkBase, usage: Usage, meta: CostMeta) {
  return {
    id: base.id,
    choices: [],
    created: base.created,
    model: base.model,
    object: 'chat.completion.chunk',
    usage,
    meta,
  };
}

export const doneEvent = (eol: LineEnding): SseEvent => dataEvent('[DONE]', eol);
