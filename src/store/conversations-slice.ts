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
import { lastOfActivePath, parentKey, subtreeIds } from '@/domain/conversation-tree';
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

export interface ConversationsSlice {
  conversations: Record<string, Conversation>;
  activeId: string | null;
  drafts: Record<string, string>;
  /** What a new chat starts with: the last used settings. */
  lastSettings: ChatSettings;

  newConversation(): string;
  /** Opens an existing conversation, or a new one when there is none. */
  ensureActiveConversation(): string;
  selectConversation(id: string): void;
  deleteConversation(id: string): Conversation | undefined;
  restoreConversation(conversation: Conversation): void;
  renameConversation(id: string, title: string): void;
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
  /** Deletes a message and everything that follows from it. */
  deleteMessage(conversationId: string, messageId: string): void;
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
        };
      });
      return removed;
    },

    restoreConversation(conversation) {
      set((state) => ({
        conversations: { ...state.conversations, [conversation.id]: conversation },
        activeId: conversation.id,
      }));
    },

    renameConversation(id, title) {
      const trimmed = title.trim();
      if (trimmed) patchConversation(id, (conversation) => ({ ...conversation, title: trimmed }));
    },

    updateSettings(id, patch) {
      patchConversation(id, (conversation) => ({
        ...conversation,
        settings: { ...conversation.settings, ...patch },
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
        messages: [...current.messages, message],
        selected: { ...current.selected, [parentKey(message)]: message.id },
      }));
      return message;
    },

    addAssistantMessage(conversationId, message) {
      patchConversation(conversationId, (conversation) => ({
        ...conversation,
        updatedAt: message.createdAt,
        messages: [...conversation.messages, message],
        selected: { ...conversation.selected, [parentKey(message)]: message.id },
      }));
    },

    selectVersion(conversationId, messageId) {
      patchConversation(conversationId, (conversation) => {
        const message = conversation.messages.find((candidate) => candidate.id === messageId);
        if (!message) return conversation;
        return { ...conversation, selected: { ...conversation.selected, [parentKey(message)]: messageId } };
      });
    },

    deleteMessage(conversationId, messageId) {
      patchConversation(conversationId, (conversation) => {
        const doomed = subtreeIds(conversation, messageId);
        const selected = Object.fromEntries(
          Object.entries(conversation.selected).filter(
            ([parent, child]) => !doomed.has(parent) && !doomed.has(child),
          ),
        );
        return {
          ...conversation,
          messages: conversation.messages.filter((message) => !doomed.has(message.id)),
          selected,
        };
      });
    },

    applyAssistantDelta(conversationId, messageId, delta) {
      patchConversation(conversationId, (conversation) =>
        updateMessage(conversation, messageId, (message) => {
          if (message.role !== 'assistant') return message;
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
        }),
      );
    },

    finishAssistant(conversationId, messageId, outcome) {
      patchConversation(conversationId, (conversation) => ({
        ...updateMessage(conversation, messageId, (message) => {
          if (message.role !== 'assistant') return message;
          return {
            ...message,
            status: outcome.status,
            error: outcome.error,
            finishReason: outcome.finishReason,
            usage: outcome.usage ?? message.usage,
            timings: { ...message.timings, finishedAt: outcome.finishedAt },
          };
        }),
        updatedAt: outcome.finishedAt,
      }));
    },
  };
};
