import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
import type { AssistantMessage } from '@/domain/conversation';

const makeStore = () => create<ConversationsSlice>()(createConversationsSlice);
let store: ReturnType<typeof makeStore>;

const assistant = (id: string): AssistantMessage => ({
  id,
  role: 'assistant',
  modelId: 'alibaba/qwen3-32b',
  thinking: true,
  reasoning: '',
  content: '',
  status: 'streaming',
  timings: { startedAt: 1000 },
  demo: true,
  createdAt: 1000,
});

beforeEach(() => {
  store = makeStore();
});

describe('conversations slice', () => {
  it('titles a conversation from its first prompt only', () => {
    const id = store.getState().newConversation();
    store.getState().addUserMessage(id, 'Explain   quantum\ncomputing simply');
    store.getState().addUserMessage(id, 'And now in French');
    expect(store.getState().conversations[id]!.title).toBe('Explain quantum computing simply');
  });

  it('appends batched deltas and keeps the first token times', () => {
    const id = store.getState().newConversation();
    store.getState().addAssistantMessage(id, assistant('a1'));
    store.getState().applyAssistantDelta(id, 'a1', { reasoning: 'Okay', firstReasoningAt: 1100 });
    store.getState().applyAssistantDelta(id, 'a1', { reasoning: ', so', content: 'Hi', firstReasoningAt: 1100, firstContentAt: 1300 });
    store.getState().applyAssistantDelta(id, 'a1', { content: ' there', firstContentAt: 1400 });
    const message = store.getState().conversations[id]!.messages[0] as AssistantMessage;
    expect(message.reasoning).toBe('Okay, so');
    expect(message.content).toBe('Hi there');
    expect(message.timings).toMatchObject({ firstReasoningAt: 1100, firstContentAt: 1300 });
  });

  it('leaves other messages untouched by a delta (so they do not re-render)', () => {
    const id = store.getState().newConversation();
    store.getState().addUserMessage(id, 'Hello');
    store.getState().addAssistantMessage(id, assistant('a1'));
    const userBefore = store.getState().conversations[id]!.messages[0];
    store.getState().applyAssistantDelta(id, 'a1', { content: 'Hi' });
    expect(store.getState().conversations[id]!.messages[0]).toBe(userBefore);
  });

  it('new chats start from the last used settings', () => {
    const first = store.getState().newConversation();
    store.getState().updateSettings(first, { modelId: 'alibaba/qwen3-vl-32b-instruct', systemPrompt: 'Be brief.' });
    const second = store.getState().newConversation();
    expect(store.getState().conversations[second]!.settings).toMatchObject({
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      systemPrompt: 'Be brief.',
    });
  });

  it('deletes and restores a conversation whole', () => {
    const id = store.getState().newConversation();
    store.getState().addUserMessage(id, 'Keep me');
    const removed = store.getState().deleteConversation(id)!;
    expect(store.getState().conversations[id]).toBeUndefined();
    store.getState().restoreConversation(removed);
    expect(store.getState().conversations[id]!.messages).toHaveLength(1);
    expect(store.getState().activeId).toBe(id);
  });

  it('truncates from a turn for regenerate', () => {
    const id = store.getState().newConversation();
    store.getState().addUserMessage(id, 'Q');
    store.getState().addAssistantMessage(id, assistant('a1'));
    store.getState().truncateFrom(id, 'a1');
    expect(store.getState().conversations[id]!.messages.map((m) => m.role)).toEqual(['user']);
  });
});
