// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { AssistantMessage } from '@/domain/conversation';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
import { startCrossTabSync, type SyncMessage } from '@/store/cross-tab-sync';

const makeStore = () => create<ConversationsSlice>()(createConversationsSlice);
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function twoTabs() {
  const channelName = `sync-${Math.random()}`;
  const a = makeStore();
  const b = makeStore();
  stops.push(
    startCrossTabSync(a, { channelName, intervalMs: 5 }),
    startCrossTabSync(b, { channelName, intervalMs: 5 }),
  );
  return { a, b };
}

/** Another tab, seen from the wire: the changes the tabs post, and a way to speak as that tab. */
function anotherTab(channelName: string) {
  const channel = new BroadcastChannel(channelName);
  stops.push(() => channel.close());
  const heard: SyncMessage[] = [];
  channel.onmessage = (event: MessageEvent<SyncMessage>) => heard.push(event.data);
  return {
    changes: () => heard.flatMap((message) => (message.type === 'changes' ? [message] : [])),
    say: (message: SyncMessage) => channel.postMessage(message),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

const streaming = (id: string, parentId: string): AssistantMessage => ({
  id,
  parentId,
  role: 'assistant',
  modelId: 'alibaba/qwen3-32b',
  thinking: false,
  reasoning: '',
  content: '',
  status: 'streaming',
  timings: { startedAt: 1 },
  demo: true,
  createdAt: Date.now(),
});

describe('cross-tab sync', () => {
  it('shows each tab the conversations the other one wrote at the same time', async () => {
    const { a, b } = twoTabs();
    const inA = a.getState().newConversation();
    a.getState().addUserMessage(inA, 'from A');
    const inB = b.getState().newConversation();
    b.getState().addUserMessage(inB, 'from B');
    await vi.waitFor(() => {
      expect(Object.keys(a.getState().conversations).sort()).toEqual([inA, inB].sort());
      expect(Object.keys(b.getState().conversations).sort()).toEqual([inA, inB].sort());
    });
    expect(a.getState().activeId).toBe(inA);
    expect(b.getState().activeId).toBe(inB);
  });

  it('streams an answer into the other tab and ends with the finished one', async () => {
    const { a, b } = twoTabs();
    const id = a.getState().newConversation();
    const prompt = a.getState().addUserMessage(id, 'hello');
    a.getState().addAssistantMessage(id, streaming('ans', prompt.id));
    a.getState().applyAssistantDelta(id, 'ans', { content: 'Hel' });
    await vi.waitFor(() =>
      expect(b.getState().conversations[id]?.messages[1]).toMatchObject({ content: 'Hel' }),
    );
    a.getState().applyAssistantDelta(id, 'ans', { content: 'lo!' });
    a.getState().finishAssistant(id, 'ans', { status: 'done', finishedAt: Date.now() });
    await vi.waitFor(() =>
      expect(b.getState().conversations[id]?.messages[1]).toMatchObject({
        content: 'Hello!',
        status: 'done',
      }),
    );
  });

  it('propagates deletions and their undo, and a turn added meanwhile in the other tab survives', async () => {
    const { a, b } = twoTabs();
    const id = a.getState().newConversation();
    a.getState().addUserMessage(id, 'first');
    await vi.waitFor(() => expect(b.getState().conversations[id]).toBeDefined());

    const removed = a.getState().deleteConversation(id)!;
    await vi.waitFor(() => expect(b.getState().conversations[id]).toBeUndefined());
    a.getState().restoreConversation(removed);
    await vi.waitFor(() => expect(b.getState().conversations[id]?.messages).toHaveLength(1));

    b.getState().renameConversation(id, 'Renamed in B');
    a.getState().addUserMessage(id, 'second, from A');
    await vi.waitFor(() => {
      for (const tab of [a, b]) {
        expect(
          tab
            .getState()
            .conversations[id]!.messages.map((message) => message.role === 'user' && message.text),
        ).toEqual(['first', 'second, from A']);
      }
    });
    expect(a.getState().conversations[id]!.title).toBe(b.getState().conversations[id]!.title);
  });

  it('tells the other tabs that its streaming answers are cut when the page goes away', async () => {
    const { a, b } = twoTabs();
    const id = a.getState().newConversation();
    const prompt = a.getState().addUserMessage(id, 'hello');
    a.getState().addAssistantMessage(id, streaming('ans', prompt.id));
    a.getState().applyAssistantDelta(id, 'ans', { content: 'partial' });
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() =>
      expect(b.getState().conversations[id]?.messages[1]).toMatchObject({
        content: 'partial',
        status: 'interrupted',
      }),
    );
  });

  it('announces nothing while alone, answers a new tab with everything, and stops after its goodbye', async () => {
    const channelName = `sync-${Math.random()}`;
    const a = makeStore();
    stops.push(startCrossTabSync(a, { channelName, intervalMs: 5 }));
    const { changes, say } = anotherTab(channelName);

    const id = a.getState().newConversation();
    const prompt = a.getState().addUserMessage(id, 'hello');
    a.getState().addAssistantMessage(id, streaming('ans', prompt.id));
    a.getState().applyAssistantDelta(id, 'ans', { content: 'Hel' });
    await settle();
    expect(changes()).toEqual([]);

    say({ type: 'hello', from: 'other' });
    await vi.waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0]).toMatchObject({
      conversations: [{ id, messages: [{}, { content: 'Hel' }] }],
    });

    a.getState().applyAssistantDelta(id, 'ans', { content: 'lo' });
    await vi.waitFor(() => expect(changes()).toHaveLength(2));
    expect(changes()[1]).toMatchObject({
      conversations: [{ messages: [{}, { content: 'Hello' }] }],
    });

    say({ type: 'bye', from: 'other' });
    await settle();
    a.getState().applyAssistantDelta(id, 'ans', { content: '!' });
    await settle();
    expect(changes()).toHaveLength(2);
  });

  it('tells a tab first heard from only what it changed while alone', async () => {
    const channelName = `sync-${Math.random()}`;
    const a = makeStore();
    const before = a.getState().newConversation();
    stops.push(startCrossTabSync(a, { channelName, intervalMs: 5 }));
    const { changes, say } = anotherTab(channelName);

    const meanwhile = a.getState().newConversation();
    a.getState().addUserMessage(meanwhile, 'while alone');
    // The other tab answers A's hello (sent before it was listening): A hears of it only now.
    say({ type: 'changes', from: 'other', conversations: [], deleted: {} });
    await vi.waitFor(() => expect(changes()).toHaveLength(1));
    expect(changes()[0]!.conversations.map((conversation) => conversation.id)).toEqual([meanwhile]);
    expect(a.getState().conversations[before]).toBeDefined();
  });
});
