// The sequence of SSE events of one streamed turn, directives applied: role chunk, reasoning,
// answer, finish chunk, usage-only chunk (`choices: []`), `[DONE]` — plus keep-alive comments,
// a malformed chunk, an error chunk or a cut, as the prompt asked.
import type { Directives } from './directives.ts';
import { streamErrorMessage } from './errors.ts';
import type { Rng } from './prng.ts';
import type { Segment } from './ragged-writer.ts';
import {
  commentEvent,
  dataEvent,
  deltaChunk,
  doneEvent,
  usageChunk,
  type ChunkBase,
  type CostMeta,
  type LineEnding,
  type SseEvent,
  type Usage,
} from './sse.ts';

export interface ScriptInput {
  base: ChunkBase;
  /** Pieces streamed as `delta.reasoning_content` (empty when the turn does not think). */
  reasoningPieces: string[];
  /** Pieces streamed as `delta.content`. */
  contentPieces: string[];
  usage: Usage;
  meta: CostMeta;
  directives: Directives;
  eol: LineEnding;
  rng: Rng;
}

export interface Script {
  segments: Segment[];
  /** How many `data:` events the segments hold. */
  dataEvents: number;
  /** What happens after the last segment. */
  ending: 'end' | 'destroy';
  outcome: 'complete' | 'dropped' | 'stream-error';
}

/** How many pieces a stream error or a malformed chunk waits for. */
const fewChunks = 3;

export function buildScript(input: ScriptInput): Script {
  const { base, directives, eol, rng } = input;
  const events: SseEvent[] = [];
  const pieceEvents: SseEvent[] = [
    ...input.reasoningPieces.map((piece) =>
      dataEvent(deltaChunk(base, { content: null, reasoning_content: piece }), eol),
    ),
    ...input.contentPieces.map((piece) =>
      dataEvent(deltaChunk(base, { content: piece, reasoning_content: null }), eol),
    ),
  ];

  if (rng() < 0.6) events.push(commentEvent('keep-alive', eol));
  events.push(
    dataEvent(deltaChunk(base, { role: 'assistant', content: null, reasoning_content: '' }), eol),
  );

  let outcome: Script['outcome'] = 'complete';
  for (const [index, event] of pieceEvents.entries()) {
    if (directives.streamError && index === fewChunks) {
      outcome = 'stream-error';
      break;
    }
    if (directives.malformed && index === Math.min(2, pieceEvents.length - 1)) {
      events.push({ kind: 'data', text: `data: {not json${eol}${eol}` });
    }
    events.push(event);
    if (rng() < 0.08) events.push(commentEvent('keep-alive', eol));
  }

  if (outcome === 'stream-error') {
    events.push(dataEvent({ error: { message: streamErrorMessage, code: 'internal_error' } }, eol));
  } else {
    events.push(
      dataEvent(deltaChunk(base, { content: '', reasoning_content: null }, 'stop'), eol),
      dataEvent(usageChunk(base, input.usage, input.meta), eol),
    );
    if (!directives.noDone) events.push(doneEvent(eol));
  }

  let kept = events;
  let ending: Script['ending'] = 'end';
  if (directives.dropAfter !== undefined) {
    let seen = 0;
    const cutAt = events.findIndex(
      (event) => event.kind === 'data' && ++seen === directives.dropAfter,
    );
    if (directives.dropAfter === 0)
      kept = events.filter((event) => event.kind === 'comment').slice(0, 1);
    else if (cutAt >= 0) kept = events.slice(0, cutAt + 1);
    ending = 'destroy';
    outcome = 'dropped';
  }

  const tps = directives.tokensPerSecond;
  const slow = directives.slowMs ?? (tps ? 1000 / tps : 0);
  return {
    segments: kept.map((event) => ({
      bytes: Buffer.from(event.text, 'utf8'),
      pauseAfterMs: event.kind === 'data' ? slow : 0,
    })),
    dataEvents: kept.filter((event) => event.kind === 'data').length,
    ending,
    outcome,
  };
}
