// The one chat store: slices combined once, persistence applied to the combined store only.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
import { createCompareSlice, settleComparison, type CompareSlice } from '@/store/compare-slice';
import {
  CHAT_STATE_VERSION,
  isReadableChatState,
  migrateChatState,
  settleAfterReload,
  UnreadableStateError,
  type PersistedChatState,
} from '@/store/chat-migrations';
import { createThrottledIdbStorage } from '@/store/throttled-idb-storage';
import { keepBackup } from '@/store/state-backup';
import { mergeChatStates } from '@/store/chat-state-merge';

export type ChatState = ConversationsSlice & CompareSlice;

export const chatStorage = createThrottledIdbStorage<PersistedChatState>({
  dbName: 'qwen-playground',
  // Another tab may have written since: merge, never overwrite (chat-state-merge.ts).
  merge: (stored, next) =>
    stored.version === next.version && isReadableChatState(stored.state)
      ? { ...next, state: mergeChatStates(stored.state, next.state) }
      : next,
});

export const useChatStore = create<ChatState>()(
  persist((...args) => ({ ...createConversationsSlice(...args), ...createCompareSlice(...args) }), {
    name: 'chat-state',
    version: CHAT_STATE_VERSION,
    storage: chatStorage,
    partialize: (state): PersistedChatState => ({
      conversations: state.conversations,
      activeId: state.activeId,
      drafts: state.drafts,
      lastSettings: state.lastSettings,
      deleted: state.deleted,
    }),
    migrate: (persisted, version) => migrateChatState(persisted, version),
    merge: (persisted, current) => {
      if (persisted === undefined || persisted === null) return current;
      if (!isReadableChatState(persisted)) {
        void keepBackup(persisted, 'The saved conversations could not be read.');
        return current;
      }
      const settled = settleAfterReload(persisted);
      for (const [id, conversation] of Object.entries(settled.conversations)) {
        settled.conversations[id] = settleComparison(conversation);
      }
      return { ...current, ...settled };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error instanceof UnreadableStateError) void keepBackup(error.raw, error.message);
      else if (error) void keepBackup(undefined, 'The saved conversations could not be loaded.');
    },
  }),
);
