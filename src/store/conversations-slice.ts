// Conversations, the open one, drafts and the settings a new chat starts from.
// Every action is synchronous: streaming happens in the turn runner, which calls these.
import type { StateCreator } from 'zustand';
import type {
  AssistantMessage,
  ChatSettings,
  Conversation,
  ImageRef,
  TurnError,
  Usage,
  UserMessage,
} from '@/domain/conversation';
import {
  createConversation,
  titleFromPrompt,
  updateMessage,
} from '@/domain/conversation-helpers';
import { lastOfActivePath, parentKey } from '@/domain/conversation-tree';
import { removeTurn, restoreTurn, type RemovedTurn } from '@/domain/removed-turn';
import {
  liveClock,
  mergeCollections,
  mergeTombstones,
  type Tombstones,
} from '@/domain/conversation-merge';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { newId } from '@/lib/ids';

export interface AssistantDelta {
  reasoning?: string;
  content?: string;
  firstReasoningAt?: number;
  firstContentAt?: number;
}

export interface AssistantOutcome {
  status: AssistantMessage['status'];
  error?: TurnError;
  finishReason?: string;
  usage?: Usage;
  finishedAt: number;
}

/** A streamed delta added to an assistant turn; the first-token times are kept once set. */
export function withAssistantDelta(
  message: AssistantMessage,
  delta: AssistantDelta,
): AssistantMessage {
  return {
    ...message,
    reasoning: delta.reasoning ? message.reasoning + delta.reasoning : message.reasoning,
    content: delta.content ? message.content + delta.content : message.content,
    timings: {
      ...message.timings,
      firstReasoningAt: message.timings.firstReasoningAt ?? delta.firstReasoningAt,
      firstContentAt: message.timings.firstContentAt ?? delta.firstContentAt,
    },
  };
}

/** How an assistant turn ended; usage reported earlier stays when the end brings none. */
export function withAssistantOutcome(
  message: AssistantMessage,
  outcome: AssistantOutcome,
): AssistantMessage {
  return {
    ...message,
    status: outcome.status,
    error: outcome.error,
    finishReason: outcome.finishReason,
    usage: outcome.usage ?? message.usage,
    timings: { ...message.timings, finishedAt: outcome.finishedAt },
  };
}

export interface ConversationsSlice {
  conversations: Record<string, Conversation>;
  activeId: string | null;
  drafts: Record<string, string>;
  /** What a new chat starts with: the last used settings. */
  lastSettings: ChatSettings;
  /** Deleted conversation and message ids, so another tab's copy does not bring them back. */
  deleted: Tombstones;

  newConversation(): string;
  /** Opens an existing conversation, or a new one when there is none. */
  ensureActiveConversation(): string;
  selectConversation(id: string): void;
  deleteConversation(id: string): Conversation | undefined;
  restoreConversation(conversation: Conversation): void;
  renameConversation(id: string, title: string): void;
  togglePin(id: string): void;
  /** Adds validated conversations (ids already made unique) in one step; opens the first. */
  importConversations(conversations: Conversation[]): void;
  /** Takes in what another tab changed, losing neither side's work (conversation-merge.ts). */
  mergeFromOtherTab(change: { conversations: Conversation[]; deleted: Tombstones }): void;
  updateSettings(id: string, patch: Partial<ChatSettings>): void;
  setDraft(id: string, text: string): void;

  /**
   * Adds a prompt after the end of the shown branch, or under `parentId` when given: editing a
   * prompt adds a sibling, so the old branch stays reachable.
   */
  addUserMessage(
    conversationId: string,
    text: string,
    parentId?: string | null,
    images?: ImageRef[],
  ): UserMessage;
  /** Adds an answer (its parentId says to which prompt) and shows it. */
  addAssistantMessage(conversationId: string, message: AssistantMessage): void;
  /** Shows this message's branch among its siblings ("2 / 3"). */
  selectVersion(conversationId: string, messageId: string): void;
  /** Deletes a message and everything that follows from it; what went, for `restoreTurn`. */
  deleteMessage(conversationId: string, messageId: string): RemovedTurn | undefined;
  /** Undo of `deleteMessage`: the turn back in its place, under new ids. */
  restoreTurn(conversationId: string, removed: RemovedTurn): void;
  applyAssistantDelta(conversationId: string, messageId: string, delta: AssistantDelta): void;
  finishAssistant(conversationId: string, messageId: string, outcome: AssistantOutcome): void;
}

export const createConversationsSlice: StateCreator<ConversationsSlice> = (set, get) => {
  const patchConversation = (id: string, update: (conversation: Conversation) => Conversation) =>
    set((state) => {
      const conversation = state.conversations[id];
      if (!conversation) return state;
      return { conversations: { ...state.conversations, [id]: update(conversation) } };
    });

  return {
    conversations: {},
    activeId: null,
    drafts: {},
    lastSettings: DEFAULT_SETTINGS,
    deleted: {},

    newConversation() {
      const id = newId('c');
      const conversation = createConversation(id, get().lastSettings, Date.now());
      set((state) => ({
        conversations: { ...state.conversations, [id]: conversation },
        activeId: id,
      }));
      return id;
    },

    ensureActiveConversation() {
      const { activeId, conversations } = get();
      if (activeId && conversations[activeId]) return activeId;
      const newest = Object.values(conversations).sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (newest) {
        set({ activeId: newest.id });
        return newest.id;
      }
      return get().newConversation();
    },

    selectConversation(id) {
      if (get().conversations[id]) set({ activeId: id });
    },

    deleteConversation(id) {
      const removed = get().conversations[id];
      if (!removed) return undefined;
      set((state) => {
        const { [id]: _gone, ...conversations } = state.conversations;
        const { [id]: _draft, ...drafts } = state.drafts;
        return {
          conversations,
          drafts,
          activeId: state.activeId === id ? null : state.activeId,
          deleted: mergeTombstones(state.deleted, { [id]: liveClock(removed) }),
        };
      });
      return removed;
    },

    restoreConversation(conversation) {
      set((state) => {
        // Revised after its tombstone, so other tabs take it back too; its place in the list stays.
        const deletedAt = Object.hasOwn(state.deleted, conversation.id)
          ? state.deleted[conversation.id]!
          : 0;
        const restored = { ...conversation, revisedAt: Math.max(Date.now(), deletedAt + 1) };
        return {
          conversations: { ...state.conversations, [conversation.id]: restored },
          activeId: conversation.id,
        };
      });
    },

    renameConversation(id, title) {
      const trimmed = title.trim();
      if (trimmed)
        patchConversation(id, (conversation) => ({
          ...conversation,
          title: trimmed,
          revisedAt: Date.now(),
        }));
    },

    togglePin(id) {
      patchConversation(id, (conversation) => ({
        ...conversation,
        pinned: !conversation.pinned,
        revisedAt: Date.now(),
      }));
    },

    importConversations(imported) {
      if (imported.length === 0) return;
      set((state) => ({
        conversations: {
          ...state.conversations,
          ...Object.fromEntries(imported.map((conversation) => [conversation.id, conversation])),
        },
        activeId: imported[0]!.id,
      }));
    },

    mergeFromOtherTab(change) {
      set((state) => {
        const merged = mergeCollections(
          { conversations: state.conversations, deleted: state.deleted },
          {
            conversations: Object.fromEntries(
              change.conversations.map((conversation) => [conversation.id, conversation]),
            ),
            deleted: change.deleted,
          },
        );
        const activeGone = !!state.activeId && !merged.conversations[state.activeId];
        return { ...merged, activeId: activeGone ? null : state.activeId };
      });
    },

    updateSettings(id, patch) {
      patchConversation(id, (conversation) => ({
        ...conversation,
        settings: { ...conversation.settings, ...patch },
        revisedAt: Date.now(),
      }));
      const conversation = get().conversations[id];
      if (conversation) set({ lastSettings: conversation.settings });
    },

    setDraft(id, text) {
      set((state) => ({ drafts: { ...state.drafts, [id]: text } }));
    },

    addUserMessage(conversationId, text, parentId, images) {
      const conversation = get().conversations[conversationId];
      const parent = parentId !== undefined ? parentId : (conversation && lastOfActivePath(conversation))?.id ?? null;
      const message: UserMessage = {
        id: newId('m'),
        parentId: parent,
        role: 'user',
        text,
        images: images ?? [],
        createdAt: Date.now(),
      };
      patchConversation(conversationId, (current) => ({
        ...current,
        title: current.messages.length === 0 ? titleFromPrompt(text) : current.title,
        updatedAt: message.createdAt,
        revisedAt: message.createdAt,
        messages: [...current.messages, message],
        selected: { ...current.selected, [parentKey(message)]: message.id },
      }));
      return message;
    },

    addAssistantMessage(conversationId, message) {
      patchConversation(conversationId, (conversation) => ({
        ...conversation,
        updatedAt: message.createdAt,
        revisedAt: Math.max(message.createdAt, conversation.revisedAt ?? 0),
        messages: [...conversation.messages, message],
        selected: { ...conversation.selected, [parentKey(message)]: message.id },
      }));
    },

    selectVersion(conversationId, messageId) {
      patchConversation(conversationId, (conversation) => {
        const message = conversation.messages.find((candidate) => candidate.id === messageId);
        if (!message) return conversation;
        return {
          ...conversation,
          selected: { ...conversation.selected, [parentKey(message)]: messageId },
          revisedAt: Date.now(),
        };
      });
    },

    deleteMessage(conversationId, messageId) {
      const current = get().conversations[conversationId];
      if (!current) return undefined;
      const { conversation, removed } = removeTurn(current, messageId);
      const now = Date.now();
      const tombstones = Object.fromEntries(
        removed.messages.map(({ message }) => [message.id, now]),
      );
      set((state) => ({
        deleted: mergeTombstones(state.deleted, tombstones),
        conversations: {
          ...state.conversations,
          [conversationId]: { ...conversation, revisedAt: now },
        },
      }));
      return removed;
    },

    restoreTurn(conversationId, removed) {
      patchConversation(conversationId, (conversation) => ({
        ...restoreTurn(conversation, removed, () => newId('m')),
        revisedAt: Date.now(),
      }));
    },

    applyAssistantDelta(conversationId, messageId, delta) {
      patchConversation(conversationId, (conversation) =>
        updateMessage(conversation, messageId, (message) =>
          message.role === 'assistant' ? withAssistantDelta(message, delta) : message,
        ),
      );
    },

    finishAssistant(conversationId, messageId, outcome) {
      patchConversation(conversationId, (conversation) => ({
        ...updateMessage(conversation, messageId, (message) =>
          message.role === 'assistant' ? withAssistantOutcome(message, outcome) : message,
        ),
        updatedAt: outcome.finishedAt,
      }));
    },
  };
};
