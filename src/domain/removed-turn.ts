// Removing a turn (a prompt and everything that follows from it) so that Undo can put it back.
// The copy put back gets new message ids: the removed ids have tombstones that other tabs merge
// (conversation-merge.ts), and a message with one of them would be removed again.
import type { Conversation, Message } from '@/domain/conversation';
import { isStreamingMessage } from '@/domain/conversation-helpers';
import { subtreeIds } from '@/domain/conversation-tree';

export interface RemovedTurn {
  /** The removed messages with their places in the conversation's list (creation order). */
  messages: readonly { index: number; message: Message }[];
  /** The branch choices that named a removed message (parent key → child id). */
  selected: Readonly<Record<string, string>>;
}

export function removeTurn(
  conversation: Conversation,
  messageId: string,
): { conversation: Conversation; removed: RemovedTurn } {
  const doomed = subtreeIds(conversation, messageId);
  const removed: RemovedTurn = {
    messages: conversation.messages.flatMap((message, index) =>
      doomed.has(message.id) ? [{ index, message }] : [],
    ),
    selected: Object.fromEntries(
      Object.entries(conversation.selected).filter(
        ([parent, child]) => doomed.has(parent) || doomed.has(child),
      ),
    ),
  };
  const selected = Object.fromEntries(
    Object.entries(conversation.selected).filter(
      ([parent]) => !Object.hasOwn(removed.selected, parent),
    ),
  );
  return {
    conversation: {
      ...conversation,
      messages: conversation.messages.filter((message) => !doomed.has(message.id)),
      selected,
    },
    removed,
  };
}

/** Puts a removed turn back where it was, shown again, under new ids (`newId` makes them). */
export function restoreTurn(
  conversation: Conversation,
  removed: RemovedTurn,
  newId: () => string,
): Conversation {
  const ids = new Map(removed.messages.map(({ message }) => [message.id, newId()]));
  const renamed = (id: string) => ids.get(id) ?? id;
  const messages = conversation.messages.slice();
  // In ascending order, each goes back to its old place: later messages moved up by the removal.
  for (const { index, message } of removed.messages) {
    const copy = {
      ...message,
      id: renamed(message.id),
      parentId: message.parentId === null ? null : renamed(message.parentId),
      // An answer removed while it streamed was cut off there: its copy can never finish.
      ...(isStreamingMessage(message) ? { status: 'interrupted' as const } : {}),
    };
    messages.splice(Math.min(index, messages.length), 0, copy);
  }
  const selected = { ...conversation.selected };
  for (const [parent, child] of Object.entries(removed.selected))
    selected[renamed(parent)] = renamed(child);
  return { ...conversation, messages, selected };
}
