// Conversations are trees: Regenerate adds a sibling answer, editing a prompt adds a sibling
// prompt, and nothing is ever overwritten. `selected` remembers which sibling is shown under
// each parent; without an entry the newest child is shown.
import type { Conversation, Message } from '@/domain/conversation';

export const ROOT = 'root';

export function parentKey(message: Pick<Message, 'parentId'>): string {
  return message.parentId ?? ROOT;
}

/** Children of a parent, oldest first (messages are stored in creation order). */
export function childrenOf(conversation: Conversation, parentId: string | null): Message[] {
  return conversation.messages.filter((message) => message.parentId === parentId);
}

/** The branch on screen: from the root, the selected child at each step. */
export function activePath(conversation: Conversation): Message[] {
  const path: Message[] = [];
  // Index children once: the walk is linear in the number of messages.
  const byParent = new Map<string, Message[]>();
  for (const message of conversation.messages) {
    const key = parentKey(message);
    const list = byParent.get(key);
    if (list) list.push(message);
    else byParent.set(key, [message]);
  }
  let key = ROOT;
  for (;;) {
    const children = byParent.get(key);
    if (!children?.length) return path;
    const chosen = conversation.selected[key];
    const next = children.find((child) => child.id === chosen) ?? children[children.length - 1]!;
    path.push(next);
    key = next.id;
  }
}

export function lastOfActivePath(conversation: Conversation): Message | undefined {
  const path = activePath(conversation);
  return path[path.length - 1];
}

/** The history a turn under `parentId` is answered from: the path down to that parent. */
export function historyUpTo(conversation: Conversation, parentId: string | null): Message[] {
  if (parentId === null) return [];
  const byId = new Map(conversation.messages.map((message) => [message.id, message]));
  const history: Message[] = [];
  let current = byId.get(parentId);
  while (current) {
    history.push(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return history.reverse();
}

/** "2 / 3": where a message stands among its siblings. */
export function versionInfo(
  conversation: Conversation,
  messageId: string,
): { index: number; count: number; siblings: Message[] } {
  const message = conversation.messages.find((candidate) => candidate.id === messageId);
  if (!message) return { index: 0, count: 0, siblings: [] };
  const siblings = childrenOf(conversation, message.parentId);
  return { index: siblings.findIndex((sibling) => sibling.id === messageId), count: siblings.length, siblings };
}

/** A message and everything below it, for deleting a turn. */
export function subtreeIds(conversation: Conversation, messageId: string): Set<string> {
  const ids = new Set([messageId]);
  // Messages are stored in creation order, so a child always comes after its parent.
  for (const message of conversation.messages) {
    if (message.parentId && ids.has(message.parentId)) ids.add(message.id);
  }
  return ids;
}
