// Selectors of a comparison. Each picks the smallest piece it needs, so a streamed token
// re-renders its own answer, not the columns around it.
import { useShallow } from 'zustand/react/shallow';
import type { CompareColumn, CompareSession, Message } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { useChatStore, type ChatState } from '@/store/chat-store';
import { columnTree, isComparisonStreaming } from '@/store/compare-slice';

const session = (state: ChatState, conversationId: string): CompareSession | undefined =>
  state.conversations[conversationId]?.compare;

const column = (
  state: ChatState,
  conversationId: string,
  columnId: string,
): CompareColumn | undefined =>
  session(state, conversationId)?.columns.find((candidate) => candidate.id === columnId);

export function useColumnIds(conversationId: string): string[] {
  return useChatStore(
    useShallow((state) => session(state, conversationId)?.columns.map((c) => c.id) ?? []),
  );
}

export function useColumnSettings(conversationId: string, columnId: string) {
  return useChatStore((state) => column(state, conversationId, columnId)?.settings);
}

/** The position of a column (for its letter) and the name of its region. */
export function useColumnPlace(conversationId: string, columnId: string) {
  return useChatStore(
    useShallow((state) => {
      const current = session(state, conversationId);
      const index = current?.columns.findIndex((candidate) => candidate.id === columnId) ?? -1;
      return { index, count: current?.columns.length ?? 0 };
    }),
  );
}

export function useColumnMessageIds(conversationId: string, columnId: string): string[] {
  return useChatStore(
    useShallow((state) => {
      const current = column(state, conversationId, columnId);
      return current ? activePath(columnTree(current)).map((message) => message.id) : [];
    }),
  );
}

export function useColumnMessage(
  conversationId: string,
  columnId: string,
  messageId: string,
): Message | undefined {
  return useChatStore((state) =>
    column(state, conversationId, columnId)?.messages.find((m) => m.id === messageId),
  );
}

export function useColumnStreaming(conversationId: string, columnId: string): boolean {
  return useChatStore(
    (state) =>
      column(state, conversationId, columnId)?.messages.some(
        (message) => message.role === 'assistant' && message.status === 'streaming',
      ) ?? false,
  );
}

export function useComparisonStreaming(conversationId: string): boolean {
  return useChatStore((state) => isComparisonStreaming(state.conversations[conversationId]));
}

/**
 * The session for the figures, votes and summary. They change when a turn ends, a vote is cast or
 * a column changes, not per token: the component re-renders on this signature only.
 */
export function useSettledSession(conversationId: string): CompareSession | undefined {
  const signature = useChatStore((state) => {
    const current = session(state, conversationId);
    if (!current) return '';
    const columns = current.columns.map(
      (entry) =>
        `${entry.id}:${entry.settings.modelId}:${entry.settings.thinking}:${JSON.stringify(entry.selected)}:` +
        entry.messages
          .map((message) => `${message.id}.${message.role === 'assistant' ? message.status : 'u'}`)
          .join(','),
    );
    return `${columns.join('|')}#${JSON.stringify(current.votes)}`;
  });
  // Read fresh whenever the signature moved; `signature` is the dependency.
  void signature;
  return session(useChatStore.getState(), conversationId);
}
