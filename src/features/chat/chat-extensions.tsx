// Extension points of the chat, filled in by the app shell: other features (attachments…) add
// their pieces here without the chat importing them (features never import each other).
import { createContext, useContext, type ComponentType } from 'react';
import type { ConversationExtensions } from '@/components/conversation-extensions';
import type { ImageRef } from '@/domain/conversation';

export interface ChatExtensions extends ConversationExtensions<ImageRef> {
  /** In an assistant turn's header, shown while it streams too: the Inspector's `Inspect`. */
  TurnTools?: ComponentType<{ conversationId: string; messageId: string }>;
}

export const ChatExtensionsContext = createContext<ChatExtensions>({});

export function useChatExtensions(): ChatExtensions {
  return useContext(ChatExtensionsContext);
}
