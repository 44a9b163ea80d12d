import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { buildTransferFile, TRANSFER_LIMITS } from '@/domain/transfer-format';
import { parseJsonSafely, parseTransferText } from '@/domain/transfer-schema';

const full: Conversation = {
  id: 'c_1',
  kind: 'chat',
  title: 'Everything set',
  pinned: true,
  createdAt: 1,
  updatedAt: 5,
  revisedAt: 6,
  settings: {
    modelId: 'alibaba/qwen3-32b',
    thinking: true,
    systemPrompt: 'Be brief.',
    params: {
      temperature: 0.6,
      top_p: 0.95,
      max_tokens: 100,
      stop: ['END'],
      seed: 7,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'x', schema: { type: 'object' }, strict: true },
      },
    },
  },
  messages: [
    {
      id: 'm1',
      parentId: null,
      role: 'user',
      text: 'Look',
      images: [
        { id: 'img1', name: 'cat.png', mimeType: 'image/png', width: 2, height: 2, bytes: 10 },
      ],
      createdAt: 2,
    },
    {
      id: 'm2',
      parentId: 'm1',
      role: 'assistant',
      modelId: 'alibaba/qwen3-32b',
      thinking: true,
      reasoning: 'Hmm',
      content: 'A cat',
      status: 'error',
      error: { kind: 'http', status: 429, message: 'Slow down' },
      finishReason: 'stop',
      usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3, reasoningTokens: 1 },
      timings: { startedAt: 2, firstReasoningAt: 3, firstContentAt: 4, finishedAt: 5 },
      demo: false,
      createdAt: 2,
    },
  ],
  selected: { root: 'm1', m1: 'm2' },
};

const comparison: Conversation = {
  ...full,
  id: 'c_2',
  kind: 'compare',
  messages: [],
  selected: {},
  compare: {
    columns: [{ id: 'col1', settings: DEFAULT_SETTINGS, messages: full.messages, selected: {} }],
    votes: { '0': 'col1' },
  },
};

const fileText = (conversations: unknown[], images: unknown = {}) =>
  JSON.stringify({ ...buildTransferFile([], {}, new Date(0)), conversations, images });

describe('import validation', () => {
  it('accepts an export and returns every field exactly', () => {
    const file = buildTransferFile(
      [full, comparison],
      { img1: { mimeType: 'image/png', data: 'aGVsbG8=' } },
      new Date(0),
    );
    const result = parseTransferText(JSON.stringify(file));
    expect(result).toEqual({ ok: true, file });
  });

  it('keeps unknown keys of a comparison (another feature’s) but drops them elsewhere', () => {
    const extra = {
      ...comparison,
      compare: { ...comparison.compare, layout: 'grid' },
      secret: 'x',
    };
    const result = parseTransferText(fileText([extra]));
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.conversations[0]!.compare).toMatchObject({ layout: 'grid' });
    expect(result.file.conversations[0]).not.toHaveProperty('secret');
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, conversations: [] }),
      /format: is not a Qwen Playground export/,
    ],
    ['a wrong type', fileText([{ ...full, pinned: 'yes' }]), /conversations\[0\]\.pinned/],
    [
      'an unknown role',
      fileText([{ ...full, messages: [{ ...full.messages[0], role: 'system' }] }]),
      /conversations\[0\]\.messages\[0\]/,
    ],
    [
      'an id with markup',
      fileText([{ ...full, id: '"><img src=x onerror=alert(1)>' }]),
      /conversations\[0\]\.id: must be a short id/,
    ],
    [
      'a huge string',
      fileText([{ ...full, title: 'x'.repeat(TRANSFER_LIMITS.titleChars + 1) }]),
      /conversations\[0\]\.title/,
    ],
    [
      'a huge message',
      fileText([
        {
          ...full,
          messages: [{ ...full.messages[0], text: 'x'.repeat(TRANSFER_LIMITS.textChars + 1) }],
        },
      ]),
      /text/,
    ],
    ['a negative number', fileText([{ ...full, updatedAt: -1 }]), /updatedAt/],
    [
      'an orphan',
      fileText([{ ...full, messages: [full.messages[1]] }]),
      /follows m1, which does not come before it/,
    ],
    [
      'a cycle',
      fileText([
        { ...full, messages: [{ ...full.messages[0], parentId: 'm2' }, full.messages[1]] },
      ]),
      /does not come before/,
    ],
    [
      'a duplicate message',
      fileText([{ ...full, messages: [full.messages[0], full.messages[0]] }]),
      /appears twice/,
    ],
    [
      'bad image bytes',
      fileText([full], { img1: { mimeType: 'image/png', data: '<script>' } }),
      /must be base64/,
    ],
    [
      'an image type not allowed',
      fileText([full], { img1: { mimeType: 'text/html', data: 'aGk=' } }),
      /mimeType/,
    ],
  ])('rejects %s with a reason', (_name, text, reason) => {
    const result = parseTransferText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.reason} ${result.details ?? ''}`).toMatch(reason);
  });

  it('drops __proto__, constructor and prototype keys without polluting anything', () => {
    const hostile = `{"__proto__": {"polluted": "yes"}, "a": {"constructor": {"prototype": {"polluted": 1}}, "b": 1}}`;
    const parsed = parseJsonSafely(hostile) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['a']);
    expect(parsed.a).toEqual({ b: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const selected = `{"root": "m1", "__proto__": {"polluted": "yes"}, "m1": "m2"}`;
    const text = fileText([{ ...full, selected: '@@' }]).replace('"@@"', selected);
    const result = parseTransferText(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.conversations[0]!.selected).toEqual({ root: 'm1', m1: 'm2' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.file.conversations[0]!.selected)).toBe(Object.prototype);
  });
});
