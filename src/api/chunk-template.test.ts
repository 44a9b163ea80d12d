import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseChatChunk } from '@/api/chat-chunk';
import { createChunkFastPath } from '@/api/chunk-template';
import { SEED_DATA_LINES, deltaLine, usageLine } from '@/api/fixtures/seed-streams';

function dataOf(line: string): string {
  return line.slice('data: '.length);
}

/**
 * Every payload through one fast path must give exactly what the slow parse gives, used as the
 * stream decoder uses it: `match` first, `parse` when it misses.
 */
function expectSameAsSlow(payloads: string[]): void {
  const fast = createChunkFastPath();
  for (const payload of payloads) {
    const hit = fast.match(payload);
    expect(hit === null ? fast.parse(payload) : [hit], payload).toEqual(parseChatChunk(payload));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createChunkFastPath', () => {
  it('gives the slow parse result for the seed stream', () => {
    expectSameAsSlow(SEED_DATA_LINES.map(dataOf));
  });

  it('skips JSON.parse for text chunks that share a template', () => {
    const fast = createChunkFastPath();
    const payloads = ['one', ' two', ' three', ' four', ' five'].map((text) =>
      dataOf(deltaLine({ content: text })),
    );
    const parse = vi.spyOn(JSON, 'parse');
    const events = payloads.map((payload) => fast.parse(payload));
    expect(events.flat()).toEqual(
      ['one', ' two', ' three', ' four', ' five'].map((text) => ({ type: 'content', text })),
    );
    // The first chunk is parsed and probed; the other four come from the template.
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('decodes escapes, quotes and non-ASCII text exactly', () => {
    const texts = ['plain', 'a "quoted" word', 'back\\slash', 'line\nbreak', 'tab\t', 'naïve 日本語 🙂', '\u2028', '</think>', '"content":"fake"'];
    expectSameAsSlow([
      dataOf(deltaLine({ content: 'first' })),
      ...texts.map((text) => dataOf(deltaLine({ content: text }))),
      // Escapes as another server may write them.
      dataOf(deltaLine({ content: 'x' })).replace('"x"', '"\\u00e9\\ud83d\\ude42"'),
    ]);
  });

  it('leaves everything that is not the same text chunk to the slow parse', () => {
    const base = dataOf(deltaLine({ content: 'a' }));
    expectSameAsSlow([
      base,
      dataOf(deltaLine({ content: 'b' })),
      dataOf(deltaLine({ content: '' })), // empty: no event
      dataOf(deltaLine({ content: 'c' }, 'stop')), // a finish reason changes the suffix
      dataOf(deltaLine({ reasoning_content: 'r' })), // another field: a new template
      dataOf(deltaLine({ reasoning_content: 'r2' })),
      dataOf(deltaLine({ content: 'd' })),
      base.replace('"a"', '"a" '), // trailing whitespace inside the object
      base.replace('"a"', '"a","b"'), // two literals where one was
      base.replace('"a"', '"a\u0001"'), // a raw control character is not JSON
      base.replace('"a"', '"a\\q"'), // an invalid escape is not JSON
      base.replace('"a"', '"unterminated'),
      base.replace('"a"', 'null'),
      base.replace('"a"', '42'),
      `  ${base}`,
      dataOf(usageLine({ promptTokens: 1, completionTokens: 2, totalTokens: 3 }, 0.5)),
      '{"error":{"message":"boom","code":"x"}}',
      '{not json',
      '[DONE]',
    ]);
  });

  it('sends a text that is not plain JSON string content to the slow parse, right after a hit', () => {
    const base = dataOf(deltaLine({ content: 'a' }));
    for (const odd of ['"a\u0001"', '"a\u001f"', '"a\\q"', '"a"b"', '"a\\"']) {
      expectSameAsSlow([base, dataOf(deltaLine({ content: 'b' })), base.replace('"a"', odd)]);
    }
  });

  it('keeps giving the slow result when every chunk differs (ids per chunk)', () => {
    const payloads = Array.from({ length: 12 }, (_, i) =>
      dataOf(deltaLine({ content: `t${i}` })).replace('chatcmpl-', `chatcmpl-${i}-`),
    );
    expectSameAsSlow(payloads);
  });

  it('does not mistake text that looks like the key for the field', () => {
    const tricky = dataOf(deltaLine({ content: 'a' })).replace(
      '"id":"chatcmpl-',
      '"id":"\\"content\\":\\"a\\"-chatcmpl-',
    );
    expectSameAsSlow([tricky, tricky.replace('"content":"a"', '"content":"b"')]);
  });
});
