import { describe, expect, it } from 'vitest';
import { PARAM_LIMITS, buildChatRequestBody, clampParam, cleanStop, isParamApplicable } from '@/api/request-body';
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

describe('buildChatRequestBody with images', () => {
  const photo = { id: 'img_a', name: 'photo.png', mimeType: 'image/png' as const, width: 8, height: 8, bytes: 70 };
  const withImage = (text: string, id: string): UserMessage => ({ ...user(text), id, images: [photo] });
  const imageUrls = new Map([['img_a', 'data:image/png;base64,iVBORw0KGgo=']]);

  it('sends text and image_url parts to the vision model, also from earlier turns', () => {
    const history: Message[] = [withImage('What is it?', 'u1'), assistant('A cat.'), withImage('And now?', 'u2')];
    const body = buildChatRequestBody(VISION, history, { stream: true, imageUrls });
    const parts = [
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'auto' } },
    ];
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'What is it?' }, ...parts] },
      { role: 'assistant', content: 'A cat.' },
      { role: 'user', content: [{ type: 'text', text: 'And now?' }, ...parts] },
    ]);
  });

  it('never sends image parts to the text model, not even from history', () => {
    const history: Message[] = [withImage('What is it?', 'u1'), assistant('A cat.'), user('Tell me more')];
    const body = buildChatRequestBody(THINKING, history, { stream: true, imageUrls });
    expect(JSON.stringify(body)).not.toContain('image_url');
    expect(body.messages[0]).toEqual({ role: 'user', content: 'What is it?\n\n[image omitted: photo.png]' });
  });
});

describe('buildChatRequestBody with every parameter', () => {
  const all = {
    temperature: 0.6,
    top_p: 0.95,
    max_tokens: 900,
    max_completion_tokens: 800,
    stop: ['\n\n', '', 'END', 'END', 'a', 'b', 'c'],
    presence_penalty: 1.5,
    frequency_penalty: -0.5,
    repetition_penalty: 1.05,
    seed: 42,
    response_format: { type: 'json_schema' as const, json_schema: { name: ' ', schema: { type: 'object' }, strict: true } },
    thinking_budget: 256,
    logprobs: true,
    top_logprobs: 5,
  };

  it('sends each one the thinking model takes, cleaned', () => {
    const body = buildChatRequestBody({ ...THINKING, params: all }, [user('Hi')], { stream: true });
    expect(body).toMatchObject({
      temperature: 0.6,
      top_p: 0.95,
      max_tokens: 900,
      max_completion_tokens: 800,
      stop: ['\n\n', 'END', 'a', 'b'],
      presence_penalty: 1.5,
      frequency_penalty: -0.5,
      repetition_penalty: 1.05,
      seed: 42,
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema: { type: 'object' }, strict: true } },
      thinking_budget: 256,
      logprobs: true,
      top_logprobs: 5,
      enable_thinking: true,
    });
  });

  it('drops thinking_budget without thinking, and so on every non-streaming call', () => {
    const off = buildChatRequestBody({ ...THINKING, thinking: false, params: all }, [user('Hi')], { stream: true });
    expect('thinking_budget' in off).toBe(false);
    const nonStreaming = buildChatRequestBody({ ...THINKING, params: all }, [user('Hi')], { stream: false });
    expect(nonStreaming.enable_thinking).toBe(false);
    expect('thinking_budget' in nonStreaming).toBe(false);
    expect(nonStreaming.seed).toBe(42);
  });

  it('never sends qwen3-32b-only parameters to the vision model or an unknown one', () => {
    for (const modelId of ['alibaba/qwen3-vl-32b-instruct', 'someone/other-chat-model']) {
      const body = buildChatRequestBody({ ...THINKING, modelId, params: all }, [user('Hi')], { stream: true });
      for (const name of ['thinking_budget', 'logprobs', 'top_logprobs', 'enable_thinking']) expect(name in body).toBe(false);
      expect(body.model).toBe(modelId);
      expect(body.seed).toBe(42);
    }
  });

  it('sends top_logprobs only with logprobs on', () => {
    const body = buildChatRequestBody({ ...THINKING, params: { top_logprobs: 3, logprobs: false } }, [user('Hi')], { stream: true });
    expect(body.logprobs).toBe(false);
    expect('top_logprobs' in body).toBe(false);
  });

  it('clamps the new ranges', () => {
    const body = buildChatRequestBody(
      {
        ...THINKING,
        params: { presence_penalty: 9, frequency_penalty: -9, repetition_penalty: 0, seed: 0.4, top_logprobs: 99, logprobs: true, thinking_budget: -5 },
      },
      [user('Hi')],
      { stream: true },
    );
    expect(body).toMatchObject({ presence_penalty: 2, frequency_penalty: -2, repetition_penalty: 0.01, seed: 1, top_logprobs: 20, thinking_budget: 1 });
  });

  it('sends response_format text and json_object bare, and no stop when none is left', () => {
    const text = buildChatRequestBody({ ...VISION, params: { response_format: { type: 'text' }, stop: ['', ''] } }, [user('Hi')], { stream: true });
    expect(text.response_format).toEqual({ type: 'text' });
    expect('stop' in text).toBe(false);
    const json = buildChatRequestBody({ ...VISION, params: { response_format: { type: 'json_object' } } }, [user('Hi')], { stream: true });
    expect(json.response_format).toEqual({ type: 'json_object' });
  });
});

describe('cleanStop and isParamApplicable', () => {
  it('keeps at most four distinct non-empty sequences', () => {
    expect(cleanStop(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c', 'd']);
    expect(cleanStop([''])).toBeUndefined();
    expect(cleanStop('a')).toBeUndefined();
  });
  it('knows which model and mode take which parameter', () => {
    expect(isParamApplicable('thinking_budget', THINKING)).toBe(true);
    expect(isParamApplicable('thinking_budget', THINKING, false)).toBe(false);
    expect(isParamApplicable('logprobs', VISION)).toBe(false);
    expect(isParamApplicable('seed', VISION)).toBe(true);
  });
});
