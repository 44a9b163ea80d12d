// Turns a demo answer into a timed list of SSE events: role chunk, reasoning, content, finish,
// usage, [DONE]. Pace: the first token after ~250–400 ms, then ~30–60 tokens/s with jitter.
import {
  contentChunk,
  finishChunk,
  reasoningChunk,
  roleChunk,
  sseEvent,
  SSE_DONE,
  usageChunk,
  type DemoChunkMeta,
  type DemoUsage,
} from '@/api/demo-chunks';
import type { PacedEvent } from '@/api/demo-pacing';
import { between } from '@/api/demo-random';
import type { DemoMessage } from '@/api/demo-request';
import { estimateTokens, splitIntoPieces, truncateToTokens } from '@/api/demo-tokens';

export interface DemoPlanInput {
  meta: DemoChunkMeta;
  /** Empty when thinking is off: no reasoning chunks at all then. */
  reasoning: string;
  content: string;
  messages: readonly DemoMessage[];
  maxTokens?: number;
  thinkingBudget?: number;
  random: () => number;
  /** 1 = natural pace; Infinity = no waiting. */
  speed: number;
}

export interface DemoPlan {
  /** Until the response headers arrive. */
  headersDelayMs: number;
  events: PacedEvent[];
  /** What was actually emitted, after any token limit. */
  reasoning: string;
  content: string;
  finishReason: 'stop' | 'length';
  usage: DemoUsage;
  /** From headers to the last event. */
  streamMs: number;
}

/** Unmeasured images cost a typical mid-sized image's worth of visual tokens. */
const TOKENS_PER_IMAGE = 256;
/** Chat-template overhead per message (role markers, separators). */
const TOKENS_PER_MESSAGE = 4;

export function estimatePromptTokens(messages: readonly DemoMessage[]): number {
  return messages.reduce(
    (sum, message) =>
      sum +
      TOKENS_PER_MESSAGE +
      estimateTokens(message.text) +
      message.imageUrls.length * TOKENS_PER_IMAGE,
    0,
  );
}

export function planDemoStream(input: DemoPlanInput): DemoPlan {
  const { meta, random, maxTokens, thinkingBudget } = input;
  const scale = input.speed > 0 ? 1 / input.speed : 1;

  // Reasoning counts against max_tokens too (aiml-api.md), and thinking_budget caps it alone.
  let reasoning = input.reasoning;
  if (thinkingBudget !== undefined) reasoning = truncateToTokens(reasoning, thinkingBudget);
  let content = input.content;
  let finishReason: 'stop' | 'length' = 'stop';
  if (maxTokens !== undefined) {
    const keptReasoning = truncateToTokens(reasoning, maxTokens);
    // Cut off mid-thought, there is no answer at all, as with a real model.
    const keptContent =
      keptReasoning === reasoning
        ? truncateToTokens(content, maxTokens - estimateTokens(keptReasoning))
        : '';
    if (keptReasoning !== reasoning || keptContent !== content) finishReason = 'length';
    reasoning = keptReasoning;
    content = keptContent;
  }

  const headersDelayMs = between(random, 60, 140) * scale;
  const firstTokenMs = between(random, 250, 400) * scale;
  const tokensPerSecond = between(random, 30, 60);
  const delayFor = (text: string): number =>
    (estimateTokens(text) / tokensPerSecond) * 1000 * between(random, 0.6, 1.4) * scale;

  const events: PacedEvent[] = [
    { delayMs: Math.max(0, firstTokenMs - headersDelayMs), text: sseEvent(roleChunk(meta)) },
  ];
  for (const piece of splitIntoPieces(reasoning, random)) {
    events.push({ delayMs: delayFor(piece), text: sseEvent(reasoningChunk(meta, piece)) });
  }
  for (const piece of splitIntoPieces(content, random)) {
    events.push({ delayMs: delayFor(piece), text: sseEvent(contentChunk(meta, piece)) });
  }
  const reasoningTokens = estimateTokens(reasoning);
  const completionTokens = reasoningTokens + estimateTokens(content);
  const promptTokens = estimatePromptTokens(input.messages);
  const usage: DemoUsage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
  events.push(
    { delayMs: between(random, 10, 40) * scale, text: sseEvent(finishChunk(meta, finishReason)) },
    { delayMs: between(random, 5, 20) * scale, text: sseEvent(usageChunk(meta, usage)) },
    { delayMs: 0, text: SSE_DONE },
  );

  const streamMs = events.reduce((sum, event) => sum + event.delayMs, 0);
  return { headersDelayMs, events, reasoning, content, finishReason, usage, streamMs };
}
