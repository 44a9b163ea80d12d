// Several MB of a realistic chat stream in the provider's wire format (the chunk shape of
// src/api/fixtures/seed-streams.ts): a reasoning part, then a markdown answer, a finish chunk,
// the usage chunk and `[DONE]`, one token per event — as qwen3-32b streams it.
import { deltaLine, sseBody, usageLine } from '@/api/fixtures/seed-streams';

const reasoningWords = (
  'Okay, the user wants a table comparing the two options — let me think… First I’ll list what ' +
  'each costs, then check the edge cases: empty input, “quoted” text, non-ASCII like naïve café ' +
  'and 日本語, and an emoji 🤔. That should cover it.'
).split(' ');

const answerLines = [
  '## Comparison',
  '',
  '| Option | Cost | Notes |',
  '| --- | ---: | --- |',
  '| **A** | 12 | fast, *simple* |',
  '| **B** | 30 | handles “edge” cases |',
  '',
  '```ts',
  'export function pick(a: number, b: number): number {',
  '  return a < b ? a : b; // the cheaper one',
  '}',
  '```',
  '',
  '- First, measure with `performance.now()`.',
  '- Then compare: ünïcødé ✓ 🙂',
  '',
];

/** Text pieces the way a tokenizer cuts them: a word with its leading space, or a line end. */
function tokens(text: string): string[] {
  return text.match(/\s*\S+|\s+/g) ?? [];
}

export interface SseCorpus {
  bytes: Uint8Array;
  /** How many `content` + `reasoning` events a correct decoder yields (one per data line). */
  textEvents: number;
}

/** A stream of about `targetBytes` bytes. */
export function buildSseCorpus(targetBytes: number): SseCorpus {
  const lines: string[] = [
    deltaLine({ content: null, reasoning_content: '' }).replace('"content":null', '"content":null,"role":"assistant"'),
  ];
  let size = 0;
  let textEvents = 0;
  const reasoning = tokens(reasoningWords.join(' '));
  const answer = tokens(answerLines.join('\n'));
  // Reasoning for the first fifth of the bytes, the answer for the rest.
  for (let i = 0; size < targetBytes / 5; i++) {
    const line = deltaLine({ reasoning_content: reasoning[i % reasoning.length] });
    lines.push(line);
    size += line.length + 2;
    textEvents++;
  }
  for (let i = 0; size < targetBytes; i++) {
    const line = deltaLine({ content: answer[i % answer.length] });
    lines.push(line);
    size += line.length + 2;
    textEvents++;
  }
  lines.push(deltaLine({ content: '' }, 'stop'));
  lines.push(
    usageLine({ promptTokens: 42, completionTokens: textEvents, totalTokens: 42 + textEvents }, 0.0123),
  );
  return { bytes: new TextEncoder().encode(sseBody(lines)), textEvents };
}

/** One event whose `content` is `contentBytes` long: the worst case for a line buffer. */
export function buildHugeEvent(contentBytes: number): Uint8Array {
  const sentence = 'A long line of streamed text, with “quotes”, ünïcødé and an emoji 🙂. ';
  const content = sentence.repeat(Math.ceil(contentBytes / sentence.length)).slice(0, contentBytes);
  return new TextEncoder().encode(sseBody([deltaLine({ content }, 'stop')]));
}

/** The bytes cut into chunks of `size` (views, not copies). */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    chunks.push(bytes.subarray(offset, offset + size));
  }
  return chunks;
}
