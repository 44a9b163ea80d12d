// Comparisons: one prompt to several columns, each with its own settings and its own history.
// A comparison is a conversation of kind `compare` (conversation.ts, data model v3), so the list,
// persistence and export treat it like any other. Actions are synchronous, like every slice:
// the round runner (features/compare) streams and calls these.
import type { StateCreator } from 'zustand';
import type {
  AssistantMessage,
  ChatSettings,
  CompareColumn,
  CompareSession,
  Conversation,
  ImageRef,
  Message,
  UserMessage,
} from '@/domain/conversation';
import { isStreamingMessage, titleFromPrompt, updateMessage } from '@/domain/conversation-helpers';
import { lastOfActivePath, parentKey } from '@/domain/conversation-tree';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { newId } from '@/lib/ids';
import {
  withAssistantDelta,
  withAssistantOutcome,
  type AssistantDelta,
  type AssistantOutcome,
  type ConversationsSlice,
} from '@/store/conversations-slice';

export const MAX_COLUMNS = 4;

const VISION_MODEL_ID = 'alibaba/qwen3-vl-32b-instruct';

/** What new columns start as, in turn: the two models, then thinking on vs off of Qwen3 32B. */
const COLUMN_PRESETS: Pick<ChatSettings, 'modelId' | 'thinking'>[] = [
  { modelId: 'alibaba/qwen3-32b', thinking: true },
  { modelId: 'alibaba/qwen3-vl-32b-instruct', thinking: false },
  { modelId: 'alibaba/qwen3-32b', thinking: false },
  { modelId: 'alibaba/qwen3-vl-32b-instruct', thinking: false },
];

function newColumn(settings: Pick<ChatSettings, 'modelId' | 'thinking'>): CompareColumn {
  return {
    id: newId('col'),
    settings: { ...DEFAULT_SETTINGS, ...settings, params: {} },
    messages: [],
    selected: {},
  };
}

export function createComparison(id: string, now: number): Conversation {
  return {
    id,
    kind: 'compare',
    title: 'New comparison',
    pinned: false,
    createdAt: now,
    updatedAt: now,
    // The columns hold the real settings. The comparison's own say "a model that sees", for shared
    // pieces that ask whether this conversation takes images: it does, and the seeing columns get them.
    settings: { ...DEFAULT_SETTINGS, modelId: VISION_MODEL_ID, thinking: false },
    messages: [],
    selected: {},
    compare: { columns: COLUMN_PRESETS.slice(0, 2).map(newColumn), votes: {} },
  };
}

/** A column seen as a conversation tree, so the tree helpers (activePath, historyUpTo) apply. */
export function columnTree(column: CompareColumn): Conversation {
  return {
    id: column.id,
    kind: 'chat',
    title: '',
    pinned: false,
    createdAt: 0,
    updatedAt: 0,
    settings: column.settings,
    messages: column.messages,
    selected: column.selected,
  };
}

/** After a reload nothing streams any more: cut-off column turns become `interrupted`. */
export function settleComparison(conversation: Conversation): Conversation {
  const compare = conversation.compare;
  if (!compare?.columns.some((column) => column.messages.some(isStreamingMessage)))
    return conversation;
  return {
    ...conversation,
    compare: {
      ...compare,
      columns: compare.columns.map((column) => ({
        ...column,
        messages: column.messages.map((message): Message =>
          isStreamingMessage(message) ? { ...message, status: 'interrupted' } : message,
        ),
      })),
    },
  };
}

export function isComparisonStreaming(conversation: Conversation | undefined): boolean {
  return !!conversation?.compare?.columns.some((column) =>
    column.messages.some(isStreamingMessage),
  );
}

export interface CompareSlice {
  /** Creates a comparison with the default two columns and opens it. */
  newComparison(): string;
  /** Adds a column (up to MAX_COLUMNS) with the next preset's settings and an empty history. */
  addCompareColumn(conversationId: string): void;
  /** Removes a column and its votes; the last column stays. */
  removeCompareColumn(conversationId: string, columnId: string): void;
  updateColumnSettings(
    conversationId: string,
    columnId: string,
    patch: Partial<ChatSettings>,
  ): void;
  /** One prompt, added to the end of every column's history. Returns each column's prompt. */
  addCompareRound(
    conversationId: string,
    text: string,
    images?: ImageRef[],
  ): Record<string, UserMessage>;
  addColumnAssistant(conversationId: string, columnId: string, message: AssistantMessage): void;
  applyColumnDelta(
    conversationId: string,
    columnId: string,
    messageId: string,
    delta: AssistantDelta,
  ): void;
  finishColumnAssistant(
    conversationId: string,
    columnId: string,
    messageId: string,
    outcome: AssistantOutcome,
  ): void;
  /** The winner of a round (its index from 0): a column id, `tie`, or null to clear. */
  setCompareVote(conversationId: string, round: number, choice: string | null): void;
}

type WithConversations = ConversationsSlice & CompareSlice;

export const createCompareSlice: StateCreator<WithConversations, [], [], CompareSlice> = (
  set,
  get,
) => {
  const patchSession = (
    id: string,
    update: (
      session: CompareSession,
      conversation: Conversation,
    ) => Partial<Conversation> & { compare: CompareSession },
  ) =>
    set((state) => {
      const conversation = state.conversations[id];
      if (!conversation?.compare) return state;
      return {
        conversations: {
          ...state.conversations,
          [id]: { ...conversation, ...update(conversation.compare, conversation) },
        },
      };
    });

  const patchColumn = (
    id: string,
    columnId: string,
    update: (column: CompareColumn) => CompareColumn,
    touch?: number,
    /** When the column's settings or shown branch changed: what two tabs merging compare by. */
    revisedAt?: number,
  ) =>
    patchSession(id, (session, conversation) => ({
      updatedAt: touch ?? conversation.updatedAt,
      ...(revisedAt === undefined
        ? {}
        : { revisedAt: Math.max(revisedAt, conversation.revisedAt ?? 0) }),
      compare: {
        ...session,
        columns: session.columns.map((column) =>
          column.id === columnId ? update(column) : column,
        ),
      },
    }));

  /** Column messages updated through the conversation helpers, which work on any tree. */
  const updateColumnMessage = (
    column: CompareColumn,
    messageId: string,
    update: (message: Message) => Message,
  ) => {
    const tree = updateMessage(columnTree(column), messageId, update);
    return { ...column, messages: tree.messages };
  };

  return {
    newComparison() {
      const id = newId('c');
      const conversation = createComparison(id, Date.now());
      set((state) => ({
        conversations: { ...state.conversations, [id]: conversation },
        activeId: id,
      }));
      return id;
    },

    addCompareColumn(conversationId) {
      patchSession(conversationId, (session) => {
        if (session.columns.length >= MAX_COLUMNS) return { compare: session };
        const taken = (preset: (typeof COLUMN_PRESETS)[number]) =>
          session.columns.some(
            (column) =>
              column.settings.modelId === preset.modelId &&
              column.settings.thinking === preset.thinking,
          );
        const preset = COLUMN_PRESETS.find((candidate) => !taken(candidate)) ?? COLUMN_PRESETS[0]!;
        return {
          revisedAt: Date.now(),
          compare: { ...session, columns: [...session.columns, newColumn(preset)] },
        };
      });
    },

    removeCompareColumn(conversationId, columnId) {
      patchSession(conversationId, (session) => {
        if (session.columns.length <= 1) return { compare: session };
        const votes = Object.fromEntries(
          Object.entries(session.votes).filter(([, winner]) => winner !== columnId),
        );
        return {
          revisedAt: Date.now(),
          compare: { columns: session.columns.filter((column) => column.id !== columnId), votes },
        };
      });
    },

    updateColumnSettings(conversationId, columnId, patch) {
      patchColumn(
        conversationId,
        columnId,
        (column) => ({ ...column, settings: { ...column.settings, ...patch } }),
        undefined,
        Date.now(),
      );
    },

    addCompareRound(conversationId, text, images) {
      const conversation = get().conversations[conversationId];
      const prompts: Record<string, UserMessage> = {};
      if (!conversation?.compare) return prompts;
      const now = Date.now();
      for (const column of conversation.compare.columns) {
        prompts[column.id] = {
          id: newId('m'),
          parentId: lastOfActivePath(columnTree(column))?.id ?? null,
          role: 'user',
          text,
          images: images ?? [],
          createdAt: now,
        };
      }
      const firstRound = conversation.compare.columns.every(
        (column) => column.messages.length === 0,
      );
      patchSession(conversationId, (session, current) => ({
        title: firstRound ? titleFromPrompt(text) : current.title,
        revisedAt: now,
        updatedAt: now,
        compare: {
          ...session,
          columns: session.columns.map((column) => {
            const prompt = prompts[column.id];
            if (!prompt) return column;
            return {
              ...column,
              messages: [...column.messages, prompt],
              selected: { ...column.selected, [parentKey(prompt)]: prompt.id },
            };
          }),
        },
      }));
      return prompts;
    },

    addColumnAssistant(conversationId, columnId, message) {
      patchColumn(
        conversationId,
        columnId,
        (column) => ({
          ...column,
          messages: [...column.messages, message],
          selected: { ...column.selected, [parentKey(message)]: message.id },
        }),
        message.createdAt,
        message.createdAt,
      );
    },

    applyColumnDelta(conversationId, columnId, messageId, delta) {
      patchColumn(conversationId, columnId, (column) =>
        updateColumnMessage(column, messageId, (message) =>
          message.role === 'assistant' ? withAssistantDelta(message, delta) : message,
        ),
      );
    },

    finishColumnAssistant(conversationId, columnId, messageId, outcome) {
      patchColumn(
        conversationId,
        columnId,
        (column) =>
          updateColumnMessage(column, messageId, (message) =>
            message.role === 'assistant' ? withAssistantOutcome(message, outcome) : message,
          ),
        outcome.finishedAt,
      );
    },

    setCompareVote(conversationId, round, choice) {
      patchSession(conversationId, (session) => {
        const votes = { ...session.votes };
        if (choice === null) delete votes[String(round)];
        else votes[String(round)] = choice;
        return { revisedAt: Date.now(), compare: { ...session, votes } };
      });
    },
  };
};
