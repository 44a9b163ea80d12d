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

/**
 * Performance marks of the start-up: reading the stored conversations starts, and they are in
 * the store (bench/startup.bench.ts measures from the first to the list being on screen).
 */
export const HYDRATION_MARKS = { start: 'chat-state:read-start', stored: 'chat-state:stored' } as const;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export const chatStorage = createThrottledIdbStorage<PersistedChatState>({
  dbName: 'qwen-playground',
  // Another tab may have written since: merge, never overwrite (chat-state-merge.ts).
  merge: (stored, next) =>
    stored.version === next.version && isReadableChatState(stored.state)
      ? { ...next, state: mergeChatStates(stored.state, next.state) }
      : next,
  // Each conversation by itself: saving a streaming answer writes its conversation only.
  split: {
    records: (state) => state.conversations,
    withRecords: (state, conversations) => ({
      ...state,
      conversations: conversations as PersistedChatState['conversations'],
    }),
  },
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
    onRehydrateStorage: () => {
      // Called before the stored state is read, and its result once it is in the store.
      mark(HYDRATION_MARKS.start);
      return (_state, error) => {
        mark(HYDRATION_MARKS.stored);
        if (error instanceof UnreadableStateError) void keepBackup(error.raw, error.message);
        else if (error) void keepBackup(undefined, 'The saved conversations could not be loaded.');
      };
    },
  }),
);
