// Two tabs (or a tab and what another tab stored) hold copies of the same conversations. Merging
// them must lose neither side's work:
// - conversations: the union, minus those deleted (tombstones) and not changed since;
// - messages of one conversation: the union by id (a message is only ever appended, and an
//   answer only grows), so new turns of both sides survive; of two copies of an answer the one
//   further along wins;
// - title, pin, settings, shown branch: the copy with the newer `revisedAt` wins.
// Every function is pure and deterministic, so both tabs converge on the same result.
import type {
  AssistantMessage,
  CompareColumn,
  CompareSession,
  Conversation,
  Message,
} from '@/domain/conversation';
import { ROOT } from '@/domain/conversation-tree';

/**
 * Deleted ids → a clock. For a conversation: the `liveClock` of the copy that was deleted, so a
 * copy changed after the deletion (in another tab) survives it. For a message: when it was deleted.
 */
export type Tombstones = Record<string, number>;

/** At most this many tombstones are kept; the oldest go first. */
export const MAX_TOMBSTONES = 5000;

const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

/** The clock the title, pin, settings and shown branch are compared by. */
export function metaClock(conversation: Conversation): number {
  return conversation.revisedAt ?? conversation.updatedAt;
}

/** The last change of any kind: what a deletion is compared with. */
export function liveClock(conversation: Conversation): number {
  return Math.max(conversation.updatedAt, conversation.revisedAt ?? 0);
}

export function survives(conversation: Conversation, deleted: Tombstones): boolean {
  return !has(deleted, conversation.id) || liveClock(conversation) > deleted[conversation.id]!;
}

/** How far an answer got: finished beats unfinished, then longer, then interrupted over streaming. */
function progress(message: AssistantMessage): [number, number, number] {
  const finished = message.status !== 'streaming' && message.status !== 'interrupted';
  return [
    finished ? 1 : 0,
    message.content.length + message.reasoning.length,
    message.status === 'interrupted' ? 1 : 0,
  ];
}

/** The copy of one message that is further along; `a` when neither is. */
export function fresherMessage(a: Message, b: Message): Message {
  if (a === b || a.role !== 'assistant' || b.role !== 'assistant') return a;
  const pa = progress(a);
  const pb = progress(b);
  for (let index = 0; index < pa.length; index += 1) {
    if (pb[index]! > pa[index]!) return b;
    if (pb[index]! < pa[index]!) return a;
  }
  return a;
}

/**
 * Both lists' messages, each once, deleted ones left out. `a`'s order first, then `b`'s new ones in
 * their order: a parent always comes before its children, as conversation-tree.ts expects.
 * Returns `a` itself when nothing changes.
 */
export function mergeMessages(a: Message[], b: Message[], deleted: Tombstones): Message[] {
  const fromB = new Map(b.map((message) => [message.id, message]));
  const merged: Message[] = [];
  const seen = new Set<string>();
  let same = true;
  for (const message of a) {
    seen.add(message.id);
    if (has(deleted, message.id)) {
      same = false;
      continue;
    }
    const other = fromB.get(message.id);
    const chosen = other ? fresherMessage(message, other) : message;
    if (chosen !== message) same = false;
    merged.push(chosen);
  }
  for (const message of b) {
    if (seen.has(message.id) || has(deleted, message.id)) continue;
    seen.add(message.id);
    same = false;
    merged.push(message);
  }
  return same ? a : merged;
}

/** `selected` of the winner over the loser's, keeping only entries whose messages exist. */
function mergeSelected(
  winner: Record<string, string>,
  loser: Record<string, string>,
  messages: Message[],
): Record<string, string> {
  const ids = new Set(messages.map((message) => message.id));
  // Object.fromEntries defines own properties: a key like `__proto__` stays a plain key.
  return Object.fromEntries(
    [...Object.entries(loser), ...Object.entries(winner)].filter(
      ([parent, child]) => (parent === ROOT || ids.has(parent)) && ids.has(child),
    ),
  );
}

function mergeColumn(
  winner: CompareColumn,
  loser: CompareColumn | undefined,
  deleted: Tombstones,
): CompareColumn {
  if (!loser || loser === winner) return winner;
  const messages = mergeMessages(winner.messages, loser.messages, deleted);
  return {
    ...winner,
    messages,
    selected: mergeSelected(winner.selected, loser.selected, messages),
  };
}

/** The winner's columns (its layout decides), each with both sides' messages. */
function mergeCompare(
  winner: CompareSession | undefined,
  loser: CompareSession | undefined,
  deleted: Tombstones,
): CompareSession | undefined {
  if (!winner || !loser || winner === loser) return winner ?? loser;
  const loserColumns = new Map(loser.columns.map((column) => [column.id, column]));
  return {
    ...winner,
    columns: winner.columns.map((column) =>
      mergeColumn(column, loserColumns.get(column.id), deleted),
    ),
    votes: { ...loser.votes, ...winner.votes },
  };
}

const metadataKey = (conversation: Conversation) =>
  JSON.stringify([
    conversation.title,
    conversation.pinned,
    conversation.settings,
    conversation.selected,
  ]);

/**
 * Whether `b`'s title, pin, settings and shown branch win over `a`'s: the newer clock, and on equal clocks (two
 * tabs changing one conversation in the same millisecond) an order that does not depend on which
 * copy is local, so both tabs pick the same winner.
 */
function metadataWins(a: Conversation, b: Conversation): boolean {
  const clockA = metaClock(a);
  const clockB = metaClock(b);
  if (clockA !== clockB) return clockB > clockA;
  return metadataKey(b) >= metadataKey(a);
}

/** One conversation from two copies; the result is the same whichever copy is `a`. */
export function mergeConversation(
  a: Conversation,
  b: Conversation,
  deleted: Tombstones,
): Conversation {
  if (a === b) return a;
  const [winner, loser] = metadataWins(a, b) ? [b, a] : [a, b];
  const messages = mergeMessages(a.messages, b.messages, deleted);
  const merged: Conversation = {
    ...loser,
    ...winner,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    messages,
    selected: mergeSelected(winner.selected, loser.selected, messages),
  };
  const compare = mergeCompare(winner.compare, loser.compare, deleted);
  if (compare) merged.compare = compare;
  return merged;
}

/** A conversation without its deleted messages; itself when none is. */
export function withoutDeleted(conversation: Conversation, deleted: Tombstones): Conversation {
  const isDeleted = (message: Message) => has(deleted, message.id);
  const hit =
    conversation.messages.some(isDeleted) ||
    !!conversation.compare?.columns.some((column) => column.messages.some(isDeleted));
  if (!hit) return conversation;
  const messages = mergeMessages(conversation.messages, [], deleted);
  const cleaned: Conversation = {
    ...conversation,
    messages,
    selected: mergeSelected(conversation.selected, {}, messages),
  };
  if (conversation.compare) {
    cleaned.compare = {
      ...conversation.compare,
      columns: conversation.compare.columns.map((column) => {
        const kept = mergeMessages(column.messages, [], deleted);
        return { ...column, messages: kept, selected: mergeSelected(column.selected, {}, kept) };
      }),
    };
  }
  return cleaned;
}

/** Per id the larger clock; capped at MAX_TOMBSTONES, newest kept. */
export function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const entries = new Map(Object.entries(a));
  for (const [id, at] of Object.entries(b))
    entries.set(id, Math.max(at, entries.get(id) ?? -Infinity));
  let list = [...entries];
  if (list.length > MAX_TOMBSTONES)
    list = list.sort((x, y) => y[1] - x[1]).slice(0, MAX_TOMBSTONES);
  return Object.fromEntries(list);
}

export interface Collection {
  conversations: Record<string, Conversation>;
  deleted: Tombstones;
}

/**
 * Merges `incoming` (a whole state, or only the conversations another tab changed) into `local`.
 * Conversations absent from `incoming` are kept as they are, unless a tombstone says otherwise.
 */
export function mergeCollections(local: Collection, incoming: Collection): Collection {
  const deleted = mergeTombstones(local.deleted, incoming.deleted);
  const entries: [string, Conversation][] = [];
  const ids = new Set([
    ...Object.keys(local.conversations),
    ...Object.keys(incoming.conversations),
  ]);
  for (const id of ids) {
    const mine = has(local.conversations, id) ? local.conversations[id] : undefined;
    const theirs = has(incoming.conversations, id) ? incoming.conversations[id] : undefined;
    const merged =
      mine && theirs
        ? mergeConversation(mine, theirs, deleted)
        : withoutDeleted((mine ?? theirs)!, deleted);
    if (survives(merged, deleted)) entries.push([id, merged]);
  }
  return { conversations: Object.fromEntries(entries), deleted };
}
