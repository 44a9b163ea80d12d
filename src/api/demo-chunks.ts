// The demo's wire format: chunk objects with exactly the keys, order and nulls of a real
// qwen3-32b stream (shared/seeds/000_dbe0938fbaf765ef.txt), plus the non-stream completion.

export interface DemoChunkMeta {
  id: string;
  /** Unix seconds. */
  created: number;
  /** Without the `alibaba/` prefix, as the provider echoes it. */
  model: string;
}

export interface DemoUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  completion_tokens_details: { reasoning_tokens: number };
}

interface DemoDelta {
  content: string | null;
  role?: 'assistant';
  refusal: null;
  reasoning_content: string | null;
}

function chunk(meta: DemoChunkMeta, delta: DemoDelta, finishReason: string | null): string {
  return JSON.stringify({
    id: meta.id,
    choices: [{ delta, index: 0, finish_reason: finishReason }],
    created: meta.created,
    model: meta.model,
    object: 'chat.completion.chunk',
    usage: null,
  });
}

/** The opening chunk: the role, with an empty reasoning string. */
export function roleChunk(meta: DemoChunkMeta): string {
  return chunk(
    meta,
    { content: null, role: 'assistant', refusal: null, reasoning_content: '' },
    null,
  );
}

export function reasoningChunk(meta: DemoChunkMeta, text: string): string {
  return chunk(meta, { content: null, refusal: null, reasoning_content: text }, null);
}

export function contentChunk(meta: DemoChunkMeta, text: string): string {
  return chunk(meta, { content: text, refusal: null, reasoning_content: null }, null);
}

export function finishChunk(meta: DemoChunkMeta, reason: 'stop' | 'length'): string {
  return chunk(meta, { content: '', refusal: null, reasoning_content: null }, reason);
}

/** The last data chunk: no choices, only the usage. */
export function usageChunk(meta: DemoChunkMeta, usage: DemoUsage): string {
  return JSON.stringify({
    id: meta.id,
    choices: [],
    created: meta.created,
    model: meta.model,
    object: 'chat.completion.chunk',
    usage,
  });
}

export function sseEvent(data: string): string {
  return `data: ${data}\n\n`;
}

export const SSE_DONE = 'data: [DONE]\n\n';

/** The `stream: false` body, shaped like the provider's documented example. */
export function completionJson(
  meta: DemoChunkMeta,
  content: string,
  finishReason: 'stop' | 'length',
  usage: DemoUsage,
): string {
  return JSON.stringify({
    id: meta.id,
    system_fingerprint: null,
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        finish_reason: finishReason,
        logprobs: null,
        message: { role: 'assistant', content, reasoning_content: '' },
      },
    ],
    created: meta.created,
    model: meta.model,
    usage: {
      prompt_tokens: usage.prompt_tokens,
      completion_tokens: usage.completion_tokens,
      total_tokens: usage.total_tokens,
    },
  });
}
