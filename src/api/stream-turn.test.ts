import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/api/connection';
import { streamTurn, type TurnDelta } from '@/api/stream-turn';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

const encoder = new TextEncoder();

function chunk(delta: { content?: string; reasoning_content?: string }): Uint8Array {
  const data = { id: 'c1', object: 'chat.completion.chunk', model: 'alibaba/qwen3-32b', choices: [{ index: 0, delta }] };
  return encoder.encode(`data: ${JSON.stringify(data)}\n\n`);
}

/** A streamed answer whose chunks the test sends one by one. */
function openStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const connection: Connection = {
    apiKey: 'test-key',
    baseUrl: 'https://api.aimlapi.com/v1',
    demo: false,
    fetchImpl: () => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } })),
  };
  return {
    connection,
    send: (delta: { content?: string; reasoning_content?: string }) => controller.enqueue(chunk(delta)),
    end: () => {
      controller.enqueue(encoder.encode('data: [DONE]\n\n'));
      controller.close();
    },
  };
}

function start(connection: Connection, signal = new AbortController().signal) {
  const deltas: TurnDelta[] = [];
  const outcome = streamTurn({
    connection,
    body: { model: 'alibaba/qwen3-32b', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    signal,
    onDelta: (delta) => deltas.push(delta),
  });
  return { deltas, outcome };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

// No document here: the pacing runs on timers, as in a hidden tab.
describe('streamTurn pacing', () => {
  it('delivers the first text at once, then at most once per update interval, and the rest at the end', async () => {
    const stream = openStream();
    const { deltas, outcome } = start(stream.connection);
    stream.send({ content: 'One' });
    await vi.advanceTimersByTimeAsync(1);
    expect(deltas.map((delta) => delta.content)).toEqual(['One']);

    stream.send({ content: ' two' });
    stream.send({ content: ' three' });
    await vi.advanceTimersByTimeAsync(streamUpdateIntervalMs / 2);
    expect(deltas).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(streamUpdateIntervalMs / 2);
    expect(deltas.map((delta) => delta.content)).toEqual(['One', ' two three']);

    stream.send({ content: ' four' });
    stream.end();
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).status).toBe('done');
    expect(deltas.map((delta) => delta.content)).toEqual(['One', ' two three', ' four']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(deltas).toHaveLength(3);
  });

  it("delivers the answer's first text after reasoning at once", async () => {
    const stream = openStream();
    const { deltas, outcome } = start(stream.connection);
    stream.send({ reasoning_content: 'Thinking' });
    await vi.advanceTimersByTimeAsync(1);
    stream.send({ reasoning_content: ' more' });
    stream.send({ content: 'Answer' });
    await vi.advanceTimersByTimeAsync(1);
    expect(deltas.map(({ reasoning, content }) => [reasoning, content])).toEqual([
      ['Thinking', ''],
      [' more', 'Answer'],
    ]);
    stream.end();
    await outcome;
  });

  it('delivers text still waiting for the interval when the user stops the stream', async () => {
    const stream = openStream();
    const abort = new AbortController();
    const { deltas, outcome } = start(stream.connection, abort.signal);
    stream.send({ content: 'One' });
    await vi.advanceTimersByTimeAsync(1);
    stream.send({ content: ' two' });
    await vi.advanceTimersByTimeAsync(1);
    abort.abort();
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).status).toBe('stopped');
    expect(deltas.map((delta) => delta.content).join('')).toBe('One two');
  });
});
