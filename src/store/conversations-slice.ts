// Conversations, the open one, drafts and the settings a new chat starts from.
// Every action is synchronous: streaming happens in the turn runner, which calls these.
import type { StateCreator } from 'zustand';
import type {
  AssistantMessage,
  ChatSettings,
  Conversation,
  TurnError,
  Usage,
  UserMessage,
} from '@/domain/conversation';
import {
  createConversation,
  titleFromPrompt,
  updateMessage,
} from '@/domain/conversation-helpers';
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

  addUserMessage(conversationId: string, text: string): UserMessage;
  addAssistantMessage(conversationId: string, message: AssistantMessage): void;
  /** Removes an assistant message and everything after it, for Regenerate and Retry. */
  truncateFrom(conversationId: string, messageId: string): void;
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

    addUserMessage(conversationId, text) {
      const message: UserMessage = { id: newId('m'), role: 'user', text, createdAt: Date.now() };
      patchConversation(conversationId, (conversation) => ({
        ...conversation,
        title: conversation.messages.length === 0 ? titleFromPrompt(text) : conversation.title,
        updatedAt: message.createdAt,
        messages: [...conversation.messages, message],
      }));
      return message;
    },

    addAssistantMessage(conversationId, message) {
      patchConversation(conversationId, (conversation) => ({
        ...conversation,
        updatedAt: message.createdAt,
        messages: [...conversation.messages, message],
      }));
    },

    truncateFrom(conversationId, messageId) {
      patchConversation(conversationId, (conversation) => {
        const index = conversation.messages.findIndex((message) => message.id === messageId);
        return index < 0 ? conversation : { ...conversation, messages: conversation.messages.slice(0, index) };
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
