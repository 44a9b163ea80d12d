// The stored chat state and this tab's, merged before a write, so a tab never overwrites what
// another tab saved (conversation-merge.ts has the rules). The tab's own fields win: its open
// conversation, its drafts, its last used settings.
import { mergeCollections } from '@/domain/conversation-merge';
import type { PersistedChatState } from '@/store/chat-migrations';

export function mergeChatStates(
  stored: PersistedChatState,
  mine: PersistedChatState,
): PersistedChatState {
  // `mine` as the incoming side: on equal clocks this tab's copy is the one written.
  const { conversations, deleted } = mergeCollections(
    { conversations: stored.conversations, deleted: stored.deleted ?? {} },
    { conversations: mine.conversations, deleted: mine.deleted ?? {} },
  );
  const drafts = Object.fromEntries(
    [...Object.entries(stored.drafts ?? {}), ...Object.entries(mine.drafts)].filter(([id]) =>
      Object.hasOwn(conversations, id),
    ),
  );
  return { ...mine, conversations, deleted, drafts };
}
