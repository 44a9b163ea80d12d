import { describe, expect, it } from 'vitest';
import type { AssistantMessage, Conversation, UserMessage } from '@/domain/conversation';
import { createConversation } from '@/domain/conversation-helpers';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { buildNextRequest, snippetUrl } from '@/features/code-view/next-request';

const user = (id: string, text: string, parentId: string | null): UserMessage => ({ id, parentId, role: 'user', text, images: [], createdAt: 0 });
const answer = (id: string, content: string, parentId: string): AssistantMessage => ({
  id,
  parentId,
  role: 'assistant',
  modelId: 'alibaba/qwen3-32b',
  thinking: true,
  reasoning: 'hidden',
  content,
  status: 'done',
  timings: { startedAt: 0 },
  demo: false,
  createdAt: 0,
});

function conversation(): Conversation {
  const base = createConversation('c1', { ...DEFAULT_SETTINGS, systemPrompt: 'Be brief.', params: { seed: 7 } }, 0);
  // Two versions of the first answer; the older one is selected.
  return {
    ...base,
    messages: [user('u1', 'One', null), answer('a1', 'Old answer', 'u1'), answer('a2', 'New answer', 'u1')],
    selected: { u1: 'a1' },
  };
}

describe('buildNextRequest', () => {
  it('is the active branch plus the draft, with the conversation’s settings', () => {
    const next = buildNextRequest(conversation(), { text: 'Two', images: [] });
    expect(next.placeholderPrompt).toBe(false);
    expect(next.streaming).toMatchObject({
      model: 'alibaba/qwen3-32b',
      stream: true,
      enable_thinking: true,
      seed: 7,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'One' },
        { role: 'assistant', content: 'Old answer' },
        { role: 'user', content: 'Two' },
      ],
    });
    expect(next.nonStreaming).toMatchObject({ stream: false, enable_thinking: false });
    expect('stream_options' in next.nonStreaming).toBe(false);
  });

  it('stands in `Hello` for an empty draft and says so', () => {
    const next = buildNextRequest(conversation(), { text: '  ', images: [] });
    expect(next.placeholderPrompt).toBe(true);
    expect(next.streaming.messages.at(-1)).toEqual({ role: 'user', content: 'Hello' });
  });
});

describe('snippetUrl', () => {
  it('calls the provider when the base URL is the same-origin proxy', () => {
    expect(snippetUrl('http://127.0.0.1:4010/v1/')).toBe('http://127.0.0.1:4010/v1/chat/completions');
    expect(snippetUrl('/aiml-proxy/v1')).toBe('https://api.aimlapi.com/v1/chat/completions');
  });
});
