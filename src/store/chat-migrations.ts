// Versions of the persisted chat state, and how each older one becomes the current one.
// Never drop a user's data on a mismatch: migrate it, or keep a backup and say so.
//
// Version history:
// - v1 (2026-11-22): { conversations, activeId, drafts, lastSettings }; messages are a flat list.
// - v2 (2026-11-22): conversations are trees — each message has `parentId`, each conversation
//   a `selected` map — so Regenerate and edits keep every earlier version.
// - v3 (2026-11-22): conversations gain `kind` ('chat' | 'compare', with `compare` columns),
//   `pinned`; user messages gain `images` (references to Blobs in IndexedDB).
// - v3, optional additions (2026-11-22, no migration needed: absent reads as before): the state's
//   `deleted` tombstones and conversations' `revisedAt`, for merging two tabs (conversation-merge.ts).
import type { ChatSettings, Conversation } from '@/domain/conversation';
import { markInterrupted } from '@/domain/conversation-helpers';
import type { Tombstones } from '@/domain/conversation-merge';

export const CHAT_STATE_VERSION = 3;

export interface PersistedChatState {
  conversations: Record<string, Conversation>;
  activeId: string | null;
  drafts: Record<string, string>;
  lastSettings: ChatSettings;
  /** Deleted ids (optional: absent means none). */
  deleted?: Tombstones;
}

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type StoredConversation = Record<string, unknown> & { messages: unknown[] };

/** A migration of each conversation that has a message list; anything else is kept as it is. */
function eachConversation(upgrade: (conversation: StoredConversation) => unknown): Migration {
  return (state) => {
    const conversations = isRecord(state.conversations) ? state.conversations : {};
    const migrated: Record<string, unknown> = {};
    for (const [id, conversation] of Object.entries(conversations)) {
      migrated[id] =
        isRecord(conversation) && Array.isArray(conversation.messages)
          ? upgrade(conversation as StoredConversation)
          : conversation;
    }
    return { ...state, conversations: migrated };
  };
}

/** v1 → v2: a flat list becomes a chain, each message following the one before it. */
const linkFlatMessages = eachConversation((conversation) => {
  let parentId: string | null = null;
  const messages = conversation.messages.map((message) => {
    if (!isRecord(message)) return message;
    const linked = { ...message, parentId };
    parentId = typeof message.id === 'string' ? message.id : parentId;
    return linked;
  });
  return { ...conversation, messages, selected: {} };
});

/** v2 → v3: every conversation is a pinned-or-not chat; every prompt has an image list. */
const addKindPinAndImages = eachConversation((conversation) => ({
  ...conversation,
  kind: 'chat',
  pinned: false,
  messages: conversation.messages.map((message) =>
    isRecord(message) && message.role === 'user' ? { ...message, images: [] } : message,
  ),
}));

/** `migrations[n]` turns version n into version n + 1. */
const migrations: Record<number, Migration> = { 1: linkFlatMessages, 2: addKindPinAndImages };

/** A structural check: enough to know the state can be rendered without crashing. */
export function isReadableChatState(value: unknown): value is PersistedChatState {
  if (!isRecord(value) || !isRecord(value.conversations)) return false;
  return Object.values(value.conversations).every(
    (conversation) =>
      isRecord(conversation) &&
      typeof conversation.id === 'string' &&
      Array.isArray(conversation.messages) &&
      isRecord(conversation.settings) &&
      isRecord(conversation.selected) &&
      conversation.messages.every(
        (message) => isRecord(message) && (message.role === 'user' || message.role === 'assistant'),
      ),
  );
}

export class UnreadableStateError extends Error {
  constructor(
    message: string,
    readonly raw: unknown,
  ) {
    super(message);
  }
}

/** Brings a stored state of any known version to the current one, or throws UnreadableStateError. */
export function migrateChatState(persisted: unknown, fromVersion: number): PersistedChatState {
  if (fromVersion > CHAT_STATE_VERSION) {
    throw new UnreadableStateError(
      `The saved conversations come from a newer version of the playground (v${fromVersion}).`,
      persisted,
    );
  }
  let state = persisted;
  for (let version = fromVersion; version < CHAT_STATE_VERSION; version += 1) {
    const step = migrations[version];
    if (!step || !isRecord(state)) {
      throw new UnreadableStateError(`No way to upgrade saved conversations from v${version}.`, persisted);
    }
    state = step(state);
  }
  if (!isReadableChatState(state)) {
    throw new UnreadableStateError('The saved conversations are damaged.', persisted);
  }
  return state;
}

/** After a reload nothing is streaming any more: cut-off turns become `interrupted`. */
export function settleAfterReload(state: PersistedChatState): PersistedChatState {
  const conversations: Record<string, Conversation> = {};
  for (const [id, conversation] of Object.entries(state.conversations)) {
    conversations[id] = markInterrupted(conversation);
  }
  return { ...state, conversations };
}
