// A chat nobody has written in yet: no turns, no draft, no attached image. `New chat` on such a
// chat keeps it, as other chat apps do: pressing it twice left an empty "New chat" entry behind.
import type { ChatState } from '@/store/chat-store';
import { useImageDrafts } from '@/store/image-drafts';

export function isBlankChat(state: ChatState, id: string | null): id is string {
  const conversation = id ? state.conversations[id] : undefined;
  if (!conversation || conversation.kind !== 'chat' || conversation.messages.length > 0)
    return false;
  const draft = useImageDrafts.getState().drafts[conversation.id];
  return !state.drafts[conversation.id]?.trim() && !draft?.images.length && !draft?.pending;
}
