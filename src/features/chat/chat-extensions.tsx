// Extension points of the chat, filled in by the app shell: other features (attachments…) add
// their pieces here without the chat importing them (features never import each other).
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ImageRef } from '@/domain/conversation';

export interface ChatExtensions {
  /** Above the message box: attached images, refusals, model hints. */
  ComposerAttachments?: ComponentType<{ conversationId: string }>;
  /** In the composer's tool row, e.g. the attach control. */
  ComposerTools?: ComponentType<{ conversationId: string }>;
  /** Files pasted into the message box; true when handled and the default paste must not run. */
  onComposerPaste?: (conversationId: string, data: DataTransfer) => boolean;
  /** Wraps the whole conversation view, e.g. as a drop target. */
  ConversationFrame?: ComponentType<{ conversationId: string; children: ReactNode }>;
  /** The images of a user turn, above its text. */
  UserTurnImages?: ComponentType<{ images: readonly ImageRef[] }>;
  /** In an assistant turn's header, shown while it streams too: the Inspector's `Inspect`. */
  TurnTools?: ComponentType<{ conversationId: string; messageId: string }>;
}

export const ChatExtensionsContext = createContext<ChatExtensions>({});

export function useChatExtensions(): ChatExtensions {
  return useContext(ChatExtensionsContext);
}
