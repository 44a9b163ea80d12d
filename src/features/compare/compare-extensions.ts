// Extension points of the compare view, filled in by the app shell: attachments (and any other
// feature) add their pieces here without Compare importing them (features never import each other).
import { createContext, useContext } from 'react';
import type { ConversationExtensions } from '@/components/conversation-extensions';
import type { ImageRef } from '@/domain/conversation';

/** The same points as the chat's, less the per-turn tools (a column's turn has no Inspect). */
export type CompareExtensions = ConversationExtensions<ImageRef>;

export const CompareExtensionsContext = createContext<CompareExtensions>({});

export function useCompareExtensions(): CompareExtensions {
  return useContext(CompareExtensionsContext);
}
