import { describe, expect, it } from 'vitest';
import { PARAM_LIMITS, buildChatRequestBody, clampParam } from '@/api/request-body';
import type { AssistantMessage, ChatSettings, Message, UserMessage } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

const THINKING: ChatSettings = {
  ...DEFAULT_SETTINGS,
  modelId: 'alibaba/qwen3-32b',
  thinking: true,
};
const VISION: ChatSettings = {
  ...DEFAULT_SETTINGS,
  modelId: 'alibaba/qwen3-vl-32b-instruct',
  thinking: true,
};

function user(text: string): UserMessage {
  return { id: `u-${text}`, parentId: null, role: 'user', text, images: [], createdAt: 0 };
}

function assistant(content: string, reasoning = 'secret reasoning'): AssistantMessage {
  return {
    id: `a-${content}`,
    parentId: null,
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: true,
    reasoning,
    content,
    status: content ? 'done' : 'error',
    timings: { startedAt: 0 },
    demo: false,
    createdAt: 0,
  };
}

describe('buildChatRequestBody', () => {
  it('builds a streaming thinking request', () => {
    expect(buildChatRequestBody(THINKING, [user('Hello')], { stream: true })).toEqual({
      model: 'alibaba/qwen3-32b',
      messages: [{ role: 'user', content: 'Hello' }],
      stream: true,
      stream_options: { include_usage: true },
      enable_thinking: true,
    });
  });

  it('always sends enable_thinking to the thinking model, false when thinking is off', () => {
    const body = buildChatRequestBody({ ...THINKING, thinking: false }, [user('Hi')], {
      stream: true,
    });
    expect(body.enable_thinking).toBe(false);
    expect('enable_thinking' in body).toBe(true);
  });

  it('never sends enable_thinking: true without streaming', () => {
    const body = buildChatRequestBody(THINKING, [user('Hi')], { stream: false });
    expect(body.enable_thinking).toBe(false);
    expect(body.stream).toBe(false);
    expect(body.stream_options).toBeUndefined();
  });

  it('never sends enable_thinking to the vision model', () => {
    for (const stream of [true, false]) {
      for (const thinking of [true, false]) {
        const body = buildChatRequestBody({ ...VISION, thinking }, [user('Hi')], { stream });
        expect('enable_thinking' in body).toBe(false);
        expect(body.model).toBe('alibaba/qwen3-vl-32b-instruct');
      }
    }
  });

  it('puts a non-blank system prompt first, as typed', () => {
    const body = buildChatRequestBody({ ...THINKING, systemPrompt: ' Be brief. ' }, [user('Hi')], {
      stream: true,
    });
    expect(body.messages[0]).toEqual({ role: 'system', content: ' Be brief. ' });
    const blank = buildChatRequestBody({ ...THINKING, systemPrompt: ' \n ' }, [user('Hi')], {
      stream: true,
    });
    expect(blank.messages.map((message) => message.role)).toEqual(['user']);
  });

  it('sends back answers but never their reasoning, and skips failed turns', () => {
    const history: Message[] = [
      user('One'),
      assistant('First answer'),
      user('Two'),
      assistant(''),
      assistant('  '),
      user('Three'),
    ];
    const body = buildChatRequestBody(THINKING, history, { stream: true });
    expect(body.messages).toEqual([
      { role: 'user', content: 'One' },
      { role: 'assistant', content: 'First answer' },
      { role: 'user', content: 'Two' },
      { role: 'user', content: 'Three' },
    ]);
    expect(JSON.stringify(body)).not.toContain('secret reasoning');
  });

  it('sends only the parameters the user set', () => {
    const none = buildChatRequestBody(THINKING, [user('Hi')], { stream: true });
    expect(Object.keys(none)).toEqual([
      'model',
      'messages',
      'stream',
      'stream_options',
      'enable_thinking',
    ]);
    const some = buildChatRequestBody(
      { ...THINKING, params: { temperature: 0.6, top_p: undefined, max_tokens: Number.NaN } },
      [user('Hi')],
      { stream: true },
    );
    expect(some.temperature).toBe(0.6);
    expect('top_p' in some).toBe(false);
    expect('max_tokens' in some).toBe(false);
  });

  it('clamps parameters to their ranges', () => {
    const high = buildChatRequestBody(
      { ...VISION, params: { temperature: 5, top_p: 3, max_tokens: 512.9 } },
      [user('Hi')],
      { stream: true },
    );
    expect([high.temperature, high.top_p, high.max_tokens]).toEqual([2, 1, 512]);
    const low = buildChatRequestBody(
      { ...VISION, params: { temperature: -1, top_p: 0, max_tokens: 0 } },
      [user('Hi')],
      { stream: true },
    );
    expect([low.temperature, low.top_p, low.max_tokens]).toEqual([0, 0.01, 1]);
  });
});

describe('clampParam', () => {
  it('rejects what is not a finite number', () => {
    expect(clampParam('temperature', Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(clampParam('temperature', '1')).toBeUndefined();
    expect(clampParam('max_tokens', 0.5)).toBe(PARAM_LIMITS.max_tokens.min);
  });
});
