// The one chat store: slices combined once, persistence applied to the combined store only.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
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

export type ChatState = ConversationsSlice;

export const chatStorage = createThrottledIdbStorage<PersistedChatState>({
  dbName: 'qwen-playground',
});

export const useChatStore = create<ChatState>()(
  persist((...args) => ({ ...createConversationsSlice(...args) }), {
    name: 'chat-state',
    version: CHAT_STATE_VERSION,
    storage: chatStorage,
    partialize: (state): PersistedChatState => ({
      conversations: state.conversations,
      activeId: state.activeId,
      drafts: state.drafts,
      lastSettings: state.lastSettings,
    }),
    migrate: (persisted, version) => migrateChatState(persisted, version),
    merge: (persisted, current) => {
      if (persisted === undefined || persisted === null) return current;
      if (!isReadableChatState(persisted)) {
        void keepBackup(persisted, 'The saved conversations could not be read.');
        return current;
      }
      return { ...current, ...settleAfterReload(persisted) };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error instanceof UnreadableStateError) void keepBackup(error.raw, error.message);
      else if (error) void keepBackup(undefined, 'The saved conversations could not be loaded.');
    },
  }),
);
