import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import type { SseEvent } from '@/api/sse-parser';
import { createSseParser } from '@/api/sse-parser';
import {
  SEED_DATA_LINES,
  SEED_STREAM,
  STREAM_FIXTURES,
  splitsOf,
} from '@/api/fixtures/seed-streams';

const encoder = new TextEncoder();

function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Parses chunks (strings are encoded) and ends the stream. */
function parse(...chunks: (string | Uint8Array)[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.feed(typeof chunk === 'string' ? bytesOf(chunk) : chunk);
  parser.end();
  return events;
}

function datas(...chunks: (string | Uint8Array)[]): string[] {
  return parse(...chunks).map((event) => event.data);
}

describe('createSseParser', () => {
  it('dispatches an event on a blank line', () => {
    expect(parse('data: one\n\ndata: two\n\n')).toEqual([{ data: 'one' }, { data: 'two' }]);
  });

  it('takes data with and without the single leading space, keeping any further spaces', () => {
    expect(datas('data:a\n\ndata: b\n\ndata:  c\n\ndata:\n\n')).toEqual(['a', 'b', ' c', '']);
  });

  it('joins multi-line data with LF', () => {
    expect(datas('data: one\ndata:two\ndata\n\n')).toEqual(['one\ntwo\n']);
  });

  it('reads event and id fields, which last for one event', () => {
    expect(parse('event: delta\nid: 7\ndata: x\n\ndata: y\n\n')).toEqual([
      { data: 'x', event: 'delta', id: '7' },
      { data: 'y' },
    ]);
  });

  it('ignores comments, retry, unknown fields, an id with NUL and events without data', () => {
    const events = parse(
      ': keep-alive\n\n:\nretry: 10\nfoo: bar\nid: a\0b\ndata: x\n\nevent: ping\n\n',
    );
    expect(events).toEqual([{ data: 'x' }]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line ends', (_name, eol) => {
    const text = `: c${eol}event: e${eol}data: a${eol}data: b${eol}${eol}data: c${eol}${eol}`;
    expect(parse(text)).toEqual([{ data: 'a\nb', event: 'e' }, { data: 'c' }]);
  });

  it('treats a CR ending one chunk and an LF opening the next as one line end', () => {
    expect(parse('data: a\r', '\ndata: b\r', '\n\r', '\n')).toEqual([{ data: 'a\nb' }]);
    // A CR alone at a chunk's end is a line end by itself.
    expect(parse('data: a\r', 'data: b\r', '\r')).toEqual([{ data: 'a\nb' }]);
  });

  it('handles mixed line ends in one chunk', () => {
    expect(datas('data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\r')).toEqual(['a\nb\nc', 'd']);
  });

  it('strips a BOM at the start only, even when split across chunks', () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    const body = bytesOf('data: x\n\n');
    expect(datas(bom, body)).toEqual(['x']);
    expect(datas(bom.subarray(0, 1), bom.subarray(1, 2), bom.subarray(2), body)).toEqual(['x']);
    expect(datas('data: \uFEFFy\n\n')).toEqual(['\uFEFFy']);
  });

  it('decodes multi-byte characters split across chunks at every byte', () => {
    const text = 'data: café 😊 你好 👋🏽\n\n';
    const bytes = bytesOf(text);
    for (const chunks of splitsOf(bytes)) {
      expect(datas(...chunks)).toEqual(['café 😊 你好 👋🏽']);
    }
  });

  it('turns invalid or truncated UTF-8 into U+FFFD like a streaming decoder', () => {
    const bytes = Uint8Array.of(...bytesOf('data: a'), 0xe2, 0x82, ...bytesOf('b\n\n'));
    const expected = new TextDecoder().decode(bytes).slice(6, -2);
    expect(datas(bytes)).toEqual([expected]);
    expect(datas(bytes.subarray(0, 8), bytes.subarray(8))).toEqual([expected]);
    expect(datas(Uint8Array.of(...bytesOf('data: z'), 0xf0, 0x9f))).toEqual(['z\uFFFD']);
  });

  it('flushes a last event without its blank line on end()', () => {
    expect(datas('data: a\n\ndata: b\n')).toEqual(['a', 'b']);
    expect(datas('data: a\n\ndata: b')).toEqual(['a', 'b']);
    expect(datas('data: a\n\n: comment')).toEqual(['a']);
  });

  it('parses the seed stream to its exact data lines, whole, split anywhere and byte by byte', () => {
    const expected = [...SEED_DATA_LINES.map((line) => line.slice(6)), '[DONE]'];
    const bytes = bytesOf(SEED_STREAM);
    expect(datas(bytes)).toEqual(expected);
    for (const chunks of splitsOf(bytes)) expect(datas(...chunks)).toEqual(expected);
  });

  it('agrees with eventsource-parser on every fixture', () => {
    for (const fixture of STREAM_FIXTURES) {
      const reference: SseEvent[] = [];
      const parser = createParser({
        onEvent: (event) => reference.push({ data: event.data, event: event.event, id: event.id }),
      });
      parser.feed(fixture.body);
      parser.reset({ consume: true });
      const mine = parse(fixture.body);
      // eventsource-parser drops a last event that lacks its blank line; this parser keeps it.
      expect(mine.slice(0, reference.length)).toEqual(reference);
    }
  });

  it('agrees with eventsource-parser on random streams split at random points', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['data: ', 'data:', 'event: x', 'id: 3', ': c', 'dat', 'a', 'é', '😊', ' ', ':'];
    const eols = ['\n', '\r\n', '\r'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let line = random(12); line >= 0; line--) {
        for (let part = random(4); part >= 0; part--) text += pieces[random(pieces.length)];
        text += eols[random(eols.length)];
        if (random(3) === 0) text += eols[random(eols.length)];
      }
      text += '\n\n';
      const reference: SseEvent[] = [];
      createParser({
        onEvent: (event) => reference.push({ data: event.data, event: event.event, id: event.id }),
      }).feed(text);
      const bytes = bytesOf(text);
      const cuts = [0, random(bytes.length), random(bytes.length), bytes.length].sort(
        (a, b) => a - b,
      );
      const chunks = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
      expect(parse(...chunks), JSON.stringify(text)).toEqual(reference);
    }
  });

  it('stays linear on one huge event fed in tiny chunks', () => {
    const value = 'x'.repeat(1_000_000);
    const bytes = bytesOf(`data: ${value}\ndata: ${value}\n\n`);
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    const started = performance.now();
    for (let i = 0; i < bytes.length; i += 16) parser.feed(bytes.subarray(i, i + 16));
    parser.end();
    const elapsed = performance.now() - started;
    expect(events).toHaveLength(1);
    expect(events[0]?.data.length).toBe(2_000_001);
    // 125 000 chunks; re-scanning the buffer per chunk would take minutes.
    expect(elapsed).toBeLessThan(2000);
  });

  it('does not keep references to the caller’s buffers', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    const buffer = bytesOf('data: ab');
    parser.feed(buffer);
    buffer.fill(0x7a); // the caller reuses its buffer
    parser.feed(bytesOf('c\n\n'));
    parser.end();
    expect(events).toEqual([{ data: 'abc' }]);
  });
});
