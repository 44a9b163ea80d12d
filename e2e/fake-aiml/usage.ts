// Deterministic token counts and cost: one token per streamed piece, prompt tokens from the
// length of the messages. Small prompts stay well under 1,000 tokens, so figures print plainly.
import type { CostMeta, Usage } from './sse.ts';

export function countPromptTokens(messages: unknown[]): number {
  let chars = 0;
  let images = 0;
  for (const message of messages) {
    if (typeof message !== 'object' || message === null) continue;
    const content = (message as { content?: unknown }).content;
    if (typeof content === 'string') chars += content.length;
    else if (Array.isArray(content)) {
      for (const part of content as unknown[]) {
        if (typeof part !== 'object' || part === null) continue;
        const typed = part as { type?: unknown; text?: unknown };
        if (typed.type === 'text' && typeof typed.text === 'string') chars += typed.text.length;
        if (typed.type === 'image_url') images += 1;
      }
    }
  }
  return 9 + 4 * messages.length + Math.ceil(chars / 4) + 256 * images;
}

export function makeUsage(
  promptTokens: number,
  reasoningTokens: number,
  answerTokens: number,
): Usage {
  const completion = reasoningTokens + answerTokens;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completion,
    total_tokens: promptTokens + completion,
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

export function makeCost(usage: Usage): CostMeta {
  const credits = usage.prompt_tokens * 2 + usage.completion_tokens * 8;
  return { usage: { credits_used: credits, usd_spent: Number((credits / 2_000_000).toFixed(8)) } };
}
