// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createStreamingAnswer, isStreaming } from '@/domain/conversation-helpers';
import type * as ConversationHelpers from '@/domain/conversation-helpers';
import { useChatStore } from '@/store/chat-store';
import { ConversationEntry } from '@/features/conversations/conversation-entry';

// Counted: every store change runs every entry's selectors, 20 times a second while streaming.
vi.mock('@/domain/conversation-helpers', async (importOriginal) => {
  const actual = await importOriginal<typeof ConversationHelpers>();
  return { ...actual, isStreaming: vi.fn(actual.isStreaming) };
});

describe('a conversation entry while another answer streams', () => {
  it('shows the streaming one as such, and spends nothing on the others', () => {
    const store = useChatStore.getState();
    const streamingId = store.newConversation();
    const prompt = store.addUserMessage(streamingId, 'Streams an answer');
    store.renameConversation(streamingId, 'Streaming one');
    const quietId = store.newConversation();
    store.addUserMessage(quietId, 'Stays as it is');
    store.renameConversation(quietId, 'Quiet one');
    const answer = createStreamingAnswer(
      'm-answer',
      { parentId: prompt.id, modelId: 'alibaba/qwen3-32b', thinking: false, demo: true },
      Date.now(),
    );
    act(() => useChatStore.getState().addAssistantMessage(streamingId, answer));

    const renders = { streaming: 0, quiet: 0 };
    const count = (id: string) => () => {
      renders[id as keyof typeof renders] += 1;
    };
    render(
      <ul>
        <Profiler id="streaming" onRender={count('streaming')}>
          <ConversationEntry id={streamingId} terms={[]} onExport={() => undefined} />
        </Profiler>
        <Profiler id="quiet" onRender={count('quiet')}>
          <ConversationEntry id={quietId} terms={[]} onExport={() => undefined} />
        </Profiler>
      </ul>,
    );
    const dot = (title: string) =>
      screen.getByText(title).closest('li')!.querySelector('span.rounded-full[aria-hidden="true"]');
    expect(dot('Streaming one')).not.toBeNull();
    expect(dot('Quiet one')).toBeNull();
    const before = { ...renders };
    const quietChecks = () =>
      vi.mocked(isStreaming).mock.calls.filter(([conversation]) => conversation?.id === quietId).length;
    const checksBefore = quietChecks();

    for (let n = 0; n < 10; n += 1) {
      act(() => useChatStore.getState().applyAssistantDelta(streamingId, answer.id, { content: `token ${n} ` }));
    }
    expect(renders.quiet).toBe(before.quiet);
    // The quiet entry's messages are not looked at again (a selector scanning them did, per change).
    expect(quietChecks()).toBe(checksBefore);
    expect(renders.streaming).toBeGreaterThan(before.streaming);

    act(() =>
      useChatStore.getState().finishAssistant(streamingId, answer.id, { status: 'done', finishedAt: Date.now() }),
    );
    expect(dot('Streaming one')).toBeNull();
    expect(renders.quiet).toBe(before.quiet);
  });
});
