// Extension points of the compare view, filled in by the app shell: attachments (and any other
// feature) add their pieces here without Compare importing them (features never import each other).
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ImageRef } from '@/domain/conversation';

export interface CompareExtensions {
  /** Above the message box: attached images and refusals. */
  ComposerAttachments?: ComponentType<{ conversationId: string }>;
  /** In the composer's tool row: the `Attach image` control. */
  ComposerTools?: ComponentType<{ conversationId: string }>;
  /** Files pasted into the message box; true when handled. */
  onComposerPaste?: (conversationId: string, data: DataTransfer) => boolean;
  /** Wraps the whole view, e.g. as a drop target for images. */
  ConversationFrame?: ComponentType<{ conversationId: string; children: ReactNode }>;
  /** The images of a prompt, in the columns whose model saw them. */
  UserTurnImages?: ComponentType<{ images: readonly ImageRef[] }>;
}

export const CompareExtensionsContext = createContext<CompareExtensions>({});

export function useCompareExtensions(): CompareExtensions {
  return useContext(CompareExtensionsContext);
}
