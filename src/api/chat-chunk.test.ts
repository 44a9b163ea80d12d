import { describe, expect, it } from 'vitest';
import {
  MALFORMED_CHUNK_NOTICE,
  parseChatChunk,
  parseChatCompletion,
  usageFromJson,
} from '@/api/chat-chunk';
import {
  NON_STREAM_BODY,
  SEED_DATA_LINES,
  SEED_USAGE,
  deltaLine,
} from '@/api/fixtures/seed-streams';

function dataOf(line: string): string {
  return line.slice('data: '.length);
}

describe('parseChatChunk', () => {
  it('maps the seed stream chunk by chunk', () => {
    const items = SEED_DATA_LINES.map((line) => parseChatChunk(dataOf(line)));
    expect(items[0]).toEqual([]); // role only, empty reasoning, null content
    expect(items[1]).toEqual([{ type: 'reasoning', text: 'Okay' }]);
    expect(items[9]).toEqual([{ type: 'content', text: 'Hello! How can I assist you today?' }]);
    expect(items[10]).toEqual([{ type: 'finish', reason: 'stop' }]); // content "" skipped
    expect(items[11]).toEqual([{ type: 'usage', usage: SEED_USAGE }]);
  });

  it('sees [DONE], with or without surrounding whitespace', () => {
    expect(parseChatChunk('[DONE]')).toEqual([{ type: 'done' }]);
    expect(parseChatChunk(' [DONE] ')).toEqual([{ type: 'done' }]);
  });

  it('emits reasoning, content and finish of one chunk in that order', () => {
    const data = dataOf(deltaLine({ reasoning_content: 'r', content: 'c' }, 'length'));
    expect(parseChatChunk(data)).toEqual([
      { type: 'reasoning', text: 'r' },
      { type: 'content', text: 'c' },
      { type: 'finish', reason: 'length' },
    ]);
  });

  it('accepts `reasoning` as another host’s name for reasoning_content', () => {
    expect(parseChatChunk('{"choices":[{"delta":{"reasoning":"hm"}}]}')).toEqual([
      { type: 'reasoning', text: 'hm' },
    ]);
  });

  it('reads usage riding on a chunk with choices, and the cost from meta.usage', () => {
    const data = JSON.stringify({
      choices: [{ delta: { content: 'x' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: '7' },
      meta: { usage: { credits_used: 10, usd_spent: '0.0002' } },
    });
    expect(parseChatChunk(data)).toEqual([
      { type: 'content', text: 'x' },
      { type: 'finish', reason: 'stop' },
      {
        type: 'usage',
        usage: { promptTokens: 5, completionTokens: 7, totalTokens: 12, costUsd: 0.0002 },
      },
    ]);
  });

  it('maps an OpenAI-like error object to a provider error', () => {
    expect(
      parseChatChunk(
        '{"error":{"message":"Overloaded","type":"server_error","code":null,"status":"503"}}',
      ),
    ).toEqual([
      {
        type: 'error',
        error: { kind: 'provider', message: 'Overloaded', status: 503, code: 'server_error' },
      },
    ]);
    expect(parseChatChunk('{"error":{"code":42}}')).toEqual([
      {
        type: 'error',
        error: { kind: 'provider', message: 'The provider reported an error.', code: '42' },
      },
    ]);
    expect(parseChatChunk('{"error":"quota exceeded"}')).toEqual([
      { type: 'error', error: { kind: 'provider', message: 'quota exceeded' } },
    ]);
  });

  it('maps the provider’s own error shape, with statusCode as a string and messages as a list', () => {
    expect(
      parseChatChunk('{"message":["a must be a number","b is required"],"statusCode":"400"}'),
    ).toEqual([
      {
        type: 'error',
        error: { kind: 'provider', message: 'a must be a number; b is required', status: 400 },
      },
    ]);
  });

  it('turns malformed JSON into a notice', () => {
    expect(parseChatChunk('{"choices":[{"delta":')).toEqual([
      { type: 'notice', message: MALFORMED_CHUNK_NOTICE },
    ]);
  });

  it.each([
    '',
    '42',
    'null',
    '"text"',
    '[]',
    '{}',
    '{"choices":"x"}',
    '{"choices":[null]}',
    '{"choices":[{"delta":"x"}]}',
    '{"choices":[{"delta":{"content":5,"reasoning_content":{}}}]}',
    '{"choices":[],"usage":null}',
    '{"usage":"lots"}',
  ])('never throws on the odd shape %s', (data) => {
    expect(parseChatChunk(data)).toEqual([]);
  });
});

describe('usageFromJson', () => {
  it('leaves out what the provider did not send', () => {
    expect(usageFromJson({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })).toEqual({
      promptTokens: 1,
      completionTokens: 2,
      totalTokens: 3,
    });
    expect(usageFromJson(undefined)).toBeUndefined();
  });
});

describe('parseChatCompletion', () => {
  it('turns a non-stream response into the events a stream would give', () => {
    expect(parseChatCompletion(JSON.parse(NON_STREAM_BODY))).toEqual([
      { type: 'content', text: 'Hello! How can I assist you today? 😊' },
      { type: 'finish', reason: 'stop' },
      {
        type: 'usage',
        usage: { promptTokens: 19, completionTokens: 65, totalTokens: 84, costUsd: 0.000065 },
      },
    ]);
  });

  it('maps an error body and tolerates junk', () => {
    expect(parseChatCompletion({ message: 'Model is under maintenance', statusCode: 500 })).toEqual(
      [
        {
          type: 'error',
          error: { kind: 'provider', message: 'Model is under maintenance', status: 500 },
        },
      ],
    );
    expect(parseChatCompletion(null)).toEqual([]);
    expect(parseChatCompletion({ choices: [{}] })).toEqual([]);
  });
});
