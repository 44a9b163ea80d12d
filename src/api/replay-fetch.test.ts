import { describe, expect, it } from 'vitest';
import { createChatStreamDecoder } from '@/api/chat-completions';
import type { ChatEvent } from '@/api/chat-events';
import {
  createReplayFetch,
  encodeSseEvent,
  replayOffset,
  type ReplayClock,
} from '@/api/replay-fetch';
import type { RecordedEvent } from '@/domain/recording';

const chunk = (content: string) => JSON.stringify({ choices: [{ index: 0, delta: { content } }] });
const events: RecordedEvent[] = [
  { data: chunk('Hel'), at: 100 },
  { data: chunk('lo'), at: 100 },
  { data: chunk(' world'), at: 400 },
  { data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }), at: 1000 },
  { data: '[DONE]', at: 1010 },
];
const recording = { events, response: { status: 200, contentType: 'text/event-stream' } };

/** A virtual clock: sleeping advances time at once, so the test is exact and instant. */
function virtualClock(): ReplayClock & { sleeps: number[] } {
  let time = 5_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

async function readTimed(response: Response, clock: ReplayClock, start: number) {
  const reader = response.body!.getReader();
  const out: { text: string; at: number }[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push({ text: new TextDecoder().decode(value), at: clock.now() - start });
  }
}

describe('replay fetch', () => {
  it('encodes events as SSE, one data line per line', () => {
    expect(encodeSseEvent({ data: 'a\nb', event: 'x' })).toBe('event: x\ndata: a\ndata: b\n\n');
    expect(encodeSseEvent({ data: '[DONE]' })).toBe('data: [DONE]\n\n');
  });

  it('scales offsets by the speed', () => {
    expect(replayOffset(400, 1)).toBe(400);
    expect(replayOffset(400, 2)).toBe(200);
    expect(replayOffset(400, 'instant')).toBe(0);
    expect(replayOffset(-3, 1)).toBe(0);
  });

  it.each([
    [1, [100, 400, 1000, 1010]],
    [2, [50, 200, 500, 505]],
  ] as const)('emits each event at its recorded time at %s×', async (speed, expected) => {
    const clock = virtualClock();
    const start = clock.now();
    const response = await createReplayFetch(recording, speed, clock)('https://replay.invalid');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const chunks = await readTimed(response, clock, start);
    // Events due at the same moment travel in one chunk.
    expect(chunks.map((c) => c.at)).toEqual(expected);
    expect(chunks[0]!.text).toBe(encodeSseEvent(events[0]!) + encodeSseEvent(events[1]!));
  });

  it('sends everything at once when instant', async () => {
    const clock = virtualClock();
    const response = await createReplayFetch(recording, 'instant', clock)('https://replay.invalid');
    const chunks = await readTimed(response, clock, clock.now());
    expect(chunks).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('round-trips through the real decoder to the same text', async () => {
    const response = await createReplayFetch(recording, 'instant')('https://replay.invalid');
    const decoder = createChatStreamDecoder({ contentType: response.headers.get('content-type')! });
    const out: ChatEvent[] = [];
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out.push(...decoder.feed(value));
    }
    out.push(...decoder.end());
    const text = out.map((event) => (event.type === 'content' ? event.text : '')).join('');
    expect(text).toBe('Hello world');
    expect(out.some((event) => event.type === 'error')).toBe(false);
    expect(out.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
  });

  it('keeps real-time pacing with the real clock, and stops on abort', async () => {
    const slow = {
      ...recording,
      events: [
        { data: chunk('a'), at: 0 },
        { data: chunk('b'), at: 60_000 },
      ],
    };
    const controller = new AbortController();
    const started = performance.now();
    const response = await createReplayFetch(slow, 1)('https://replay.invalid', {
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    setTimeout(() => controller.abort(), 30);
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createReplayFetch(recording, 1)('https://replay.invalid', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
