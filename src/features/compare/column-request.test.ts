import { describe, expect, it } from 'vitest';
import type { CompareColumn, ImageRef, Message } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { columnRequestBody, getsTextOnly } from '@/features/compare/column-request';

const image: ImageRef = {
  id: 'img_1',
  name: 'cat.png',
  mimeType: 'image/png',
  width: 10,
  height: 10,
  bytes: 100,
};

function column(settings: Partial<CompareColumn['settings']>, messages: Message[]): CompareColumn {
  return { id: 'col', settings: { ...DEFAULT_SETTINGS, ...settings }, messages, selected: {} };
}

const history: Message[] = [
  { id: 'u1', parentId: null, role: 'user', text: 'Hi', images: [], createdAt: 1 },
  {
    id: 'a1',
    parentId: 'u1',
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: true,
    reasoning: 'secret reasoning',
    content: 'Hello!',
    status: 'done',
    timings: { startedAt: 1 },
    demo: false,
    createdAt: 2,
  },
  { id: 'u2', parentId: 'a1', role: 'user', text: 'What is this?', images: [image], createdAt: 3 },
];

describe('columnRequestBody', () => {
  it('sends enable_thinking true for a thinking column and false for one without', () => {
    const on = columnRequestBody(
      column({ modelId: 'alibaba/qwen3-32b', thinking: true }, history),
      'u2',
    );
    const off = columnRequestBody(
      column({ modelId: 'alibaba/qwen3-32b', thinking: false }, history),
      'u2',
    );
    expect(on.enable_thinking).toBe(true);
    expect(off.enable_thinking).toBe(false);
    expect(on.stream).toBe(true);
    expect(on.stream_options).toEqual({ include_usage: true });
  });

  it('never sends enable_thinking to the VL model, whatever its switch says', () => {
    const body = columnRequestBody(
      column({ modelId: 'alibaba/qwen3-vl-32b-instruct', thinking: true }, history),
      'u2',
    );
    expect(body.model).toBe('alibaba/qwen3-vl-32b-instruct');
    expect(body).not.toHaveProperty('enable_thinking');
  });

  it("sends the column's own history, system prompt and parameters; never earlier reasoning", () => {
    const body = columnRequestBody(
      column({ systemPrompt: 'Be brief.', params: { temperature: 0.3 } }, history),
      'u2',
    );
    expect(body.messages.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
    ]);
    expect(body.messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(body.temperature).toBe(0.3);
    expect(JSON.stringify(body)).not.toContain('secret reasoning');
  });

  it('answers from the branch down to the given prompt only', () => {
    const body = columnRequestBody(column({}, history), 'u1');
    expect(body.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });
});

describe('images', () => {
  const urls = new Map([['img_1', 'data:image/png;base64,AAAA']]);

  it('go to a column whose model can see, as image parts', () => {
    const body = columnRequestBody(
      column({ modelId: 'alibaba/qwen3-vl-32b-instruct' }, history),
      'u2',
      urls,
    );
    expect(body.messages[body.messages.length - 1]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'auto' } },
      ],
    });
  });

  it('never go to a text column, which gets the text only', () => {
    const body = columnRequestBody(column({ modelId: 'alibaba/qwen3-32b' }, history), 'u2', urls);
    const last = body.messages[body.messages.length - 1]!;
    expect(typeof last.content).toBe('string');
    expect(last.content).toContain('What is this?');
    expect(JSON.stringify(body)).not.toContain('base64');
    // The stored prompt itself is untouched: the column still shows what was attached.
    expect((history[2] as Extract<Message, { role: 'user' }>).images).toEqual([image]);
  });
});

describe('getsTextOnly', () => {
  it('is true only for a prompt with images sent to a model that cannot see', () => {
    const prompt = history[2] as Extract<Message, { role: 'user' }>;
    expect(getsTextOnly(column({ modelId: 'alibaba/qwen3-32b' }, history), prompt)).toBe(true);
    expect(
      getsTextOnly(column({ modelId: 'alibaba/qwen3-vl-32b-instruct' }, history), prompt),
    ).toBe(false);
    expect(getsTextOnly(column({ modelId: 'alibaba/qwen3-32b' }, history), { images: [] })).toBe(
      false,
    );
  });
});
