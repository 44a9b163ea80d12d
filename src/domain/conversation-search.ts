// Search across titles and message text. Each conversation's lower-cased text is built once per
// version of the conversation (a WeakMap keyed by the object the store keeps), so a keystroke
// over 200 conversations of 20 turns compares strings instead of rebuilding them, and a streaming
// answer only re-indexes its own conversation.
import type { Conversation, Message } from '@/domain/conversation';

interface Indexed {
  title: string;
  /** Each message's searchable text as written, and lower-cased. */
  texts: { text: string; lower: string }[];
}

const index = new WeakMap<Conversation, Indexed>();

function messageText(message: Message): string {
  return message.role === 'user' ? message.text : message.content;
}

function indexed(conversation: Conversation): Indexed {
  let entry = index.get(conversation);
  if (entry) return entry;
  const messages = [
    ...conversation.messages,
    ...(conversation.compare?.columns.flatMap((column) => column.messages) ?? []),
  ];
  entry = {
    title: conversation.title.toLowerCase(),
    texts: messages
      .map(messageText)
      .filter(Boolean)
      .map((text) => ({ text, lower: text.toLowerCase() })),
  };
  index.set(conversation, entry);
  return entry;
}

/** The words of a query, lower-cased; empty for a blank query. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))];
}

/** Every term appears in the title or in some message. */
export function matchesSearch(conversation: Conversation, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const { title, texts } = indexed(conversation);
  return terms.every(
    (term) => title.includes(term) || texts.some((entry) => entry.lower.includes(term)),
  );
}

/** Little before the match, more after: a one-line snippet is cut at its end, so the match stays in view. */
const SNIPPET_BEFORE = 16;
const SNIPPET_AFTER = 60;

/**
 * A short excerpt of the first message containing a term the title does not, to show why a
 * conversation matched; undefined when the title says it all.
 */
export function searchSnippet(
  conversation: Conversation,
  terms: readonly string[],
): string | undefined {
  const { title, texts } = indexed(conversation);
  for (const term of terms) {
    if (title.includes(term)) continue;
    for (const entry of texts) {
      const at = entry.lower.indexOf(term);
      if (at < 0) continue;
      const start = Math.max(0, at - SNIPPET_BEFORE);
      const end = Math.min(entry.text.length, at + term.length + SNIPPET_AFTER);
      const body = entry.text.slice(start, end).replace(/\s+/g, ' ').trim();
      return `${start > 0 ? '…' : ''}${body}${end < entry.text.length ? '…' : ''}`;
    }
  }
  return undefined;
}

/** A text cut into plain and matching parts, for highlighting without any HTML. */
export function highlightParts(
  text: string,
  terms: readonly string[],
): { text: string; match: boolean }[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (rare scripts): then no highlight rather than a wrong one.
  if (lower.length !== text.length) return [{ text, match: false }];
  const marks = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
      marks.fill(1, at, at + term.length);
    }
  }
  const parts: { text: string; match: boolean }[] = [];
  let start = 0;
  for (let position = 1; position <= text.length; position += 1) {
    if (position === text.length || marks[position] !== marks[start]) {
      parts.push({ text: text.slice(start, position), match: marks[start] === 1 });
      start = position;
    }
  }
  return parts;
}

/** Pinned first, then the most recently active. */
export function compareForList(a: Conversation, b: Conversation): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return b.updatedAt - a.updatedAt;
}

/** The ids to list for a query, in list order. */
export function searchConversations(
  conversations: Iterable<Conversation>,
  query: string,
): string[] {
  const terms = searchTerms(query);
  return [...conversations]
    .filter((conversation) => matchesSearch(conversation, terms))
    .sort(compareForList)
    .map((conversation) => conversation.id);
}
