import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
import type { AssistantMessage } from '@/domain/conversation';
import { activePath, versionInfo } from '@/domain/conversation-tree';

const makeStore = () => create<ConversationsSlice>()(createConversationsSlice);
let store: ReturnType<typeof makeStore>;

const assistant = (id: string, parentId: string | null = null): AssistantMessage => ({
  id,
  parentId,
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

  it('keeps a regenerated answer as a second version and flips between them', () => {
    const id = store.getState().newConversation();
    const prompt = store.getState().addUserMessage(id, 'Q');
    store.getState().addAssistantMessage(id, assistant('a1', prompt.id));
    store.getState().addAssistantMessage(id, assistant('a2', prompt.id));
    const path = () => activePath(store.getState().conversations[id]!).map((m) => m.id);
    expect(path()).toEqual([prompt.id, 'a2']);
    expect(versionInfo(store.getState().conversations[id]!, 'a2')).toMatchObject({ index: 1, count: 2 });
    store.getState().selectVersion(id, 'a1');
    expect(path()).toEqual([prompt.id, 'a1']);
  });

  it('branches on an edited prompt and keeps the old branch reachable', () => {
    const id = store.getState().newConversation();
    const first = store.getState().addUserMessage(id, 'First');
    store.getState().addAssistantMessage(id, assistant('a1', first.id));
    const second = store.getState().addUserMessage(id, 'Second');
    store.getState().addAssistantMessage(id, assistant('a2', second.id));
    const edited = store.getState().addUserMessage(id, 'Second, edited', second.parentId);
    const conversation = () => store.getState().conversations[id]!;
    expect(activePath(conversation()).map((m) => m.id)).toEqual([first.id, 'a1', edited.id]);
    store.getState().selectVersion(id, second.id);
    expect(activePath(conversation()).map((m) => m.id)).toEqual([first.id, 'a1', second.id, 'a2']);
  });

  it('removes a turn with everything that follows from it', () => {
    const id = store.getState().newConversation();
    const first = store.getState().addUserMessage(id, 'First');
    store.getState().addAssistantMessage(id, assistant('a1', first.id));
    const second = store.getState().addUserMessage(id, 'Second');
    store.getState().addAssistantMessage(id, assistant('a2', second.id));
    store.getState().deleteMessage(id, second.id);
    expect(store.getState().conversations[id]!.messages.map((m) => m.id)).toEqual([first.id, 'a1']);
  });

  it('puts a removed turn back where it was, shown again, under ids no tombstone names', () => {
    const id = store.getState().newConversation();
    const conversation = () => store.getState().conversations[id]!;
    const first = store.getState().addUserMessage(id, 'First');
    store.getState().addAssistantMessage(id, assistant('a1', first.id));
    const original = store.getState().addUserMessage(id, 'Second');
    store.getState().addAssistantMessage(id, assistant('a2', original.id));
    const edited = store.getState().addUserMessage(id, 'Second, edited', 'a1');
    store.getState().selectVersion(id, original.id);
    const before = activePath(conversation()).map((m) => m.role);

    const removed = store.getState().deleteMessage(id, original.id)!;
    expect(activePath(conversation()).map((m) => m.id)).toEqual([first.id, 'a1', edited.id]);
    expect(Object.keys(store.getState().deleted)).toEqual(expect.arrayContaining([original.id, 'a2']));

    store.getState().restoreTurn(id, removed);
    const path = activePath(conversation());
    expect(path.map((m) => m.role)).toEqual(before);
    const [restoredPrompt, restoredAnswer] = path.slice(2);
    expect(restoredPrompt).toMatchObject({ text: 'Second', parentId: 'a1' });
    expect(restoredAnswer!.parentId).toBe(restoredPrompt!.id);
    // It was streaming when removed; the copy can never finish, so it is cut off, not stuck.
    expect(restoredAnswer).toMatchObject({ role: 'assistant', status: 'interrupted' });
    expect(store.getState().deleted).not.toHaveProperty(restoredPrompt!.id);
    expect(store.getState().deleted).not.toHaveProperty(restoredAnswer!.id);
    // Back in its old place: version 1 of 2 again, before the edit.
    expect(versionInfo(conversation(), restoredPrompt!.id)).toMatchObject({ index: 0, count: 2 });
  });
});
