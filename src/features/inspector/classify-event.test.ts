import { describe, expect, it } from 'vitest';
import { kindOf, kindOfData, prettyData, summaryOf, toSseText } from '@/features/inspector/classify-event';

const chunk = (delta: Record<string, unknown>, usage: unknown = null) =>
  JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null }], usage });

describe('kindOfData', () => {
  it('sorts provider chunks by what they carry', () => {
    expect(kindOfData(chunk({ content: null, reasoning_content: 'Okay' }))).toBe('reasoning');
    expect(kindOfData(chunk({ content: 'Hello', reasoning_content: null }))).toBe('content');
    expect(kindOfData(JSON.stringify({ choices: [], usage: { prompt_tokens: 1 } }))).toBe('usage');
    // The first chunk (role only, empty strings) and the finish chunk carry no text.
    expect(kindOfData(chunk({ role: 'assistant', content: null, reasoning_content: '' }))).toBe('other');
    expect(kindOfData(chunk({ content: '' }))).toBe('other');
    expect(kindOfData('[DONE]')).toBe('other');
    expect(kindOfData('{"error":{"message":"boom"}}')).toBe('other');
    expect(kindOfData('{not json')).toBe('other');
  });

  it('caches per event object', () => {
    const event = { data: chunk({ content: 'a' }), at: 3 };
    expect(kindOf(event)).toBe('content');
    expect(kindOf(event)).toBe('content');
  });
});

describe('formatting', () => {
  it('writes events back as SSE and pretty-prints JSON only', () => {
    expect(toSseText([{ data: '{"a":1}', at: 1 }, { data: '[DONE]', event: 'end', at: 2 }])).toBe(
      'data: {"a":1}\n\nevent: end\ndata: [DONE]\n\n',
    );
    expect(prettyData('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyData('[DONE]')).toBe('[DONE]');
  });
});

describe('summaryOf', () => {
  it('shows the text piece, the usage figures, or the data', () => {
    expect(summaryOf({ data: chunk({ content: 'Hi\n' }), at: 0 })).toBe('"Hi\\n"');
    expect(summaryOf({ data: chunk({ reasoning_content: 'Okay' }), at: 0 })).toBe('"Okay"');
    expect(summaryOf({ data: '{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":5,"details":{}}}', at: 0 })).toBe(
      'prompt_tokens 3 · completion_tokens 5',
    );
    expect(summaryOf({ data: '[DONE]', at: 0 })).toBe('[DONE]');
  });
});
