// Selects one message of one conversation: a delta to it re-renders that message only.
import type { Message } from '@/domain/conversation';
import { useChatStore } from '@/store/chat-store';

export function useMessage(conversationId: string, messageId: string): Message | undefined {
  return useChatStore((state) =>
    state.conversations[conversationId]?.messages.find((message) => message.id === messageId),
  );
}
