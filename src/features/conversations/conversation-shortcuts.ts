// The list's keyboard shortcuts, in the app's one registry (lib/shortcuts.ts): a new chat and
// search. Their keys are shown in the tooltips of the controls they stand for.
import { useShortcut } from '@/components/use-shortcut';
import { hasPrimaryModifier } from '@/lib/shortcuts';

const apple =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const NEW_CHAT_KEYS = apple ? '⌘⇧O' : 'Ctrl+Shift+O';
export const SEARCH_KEYS = apple ? '⌘K' : 'Ctrl+K';

export function useConversationShortcuts({
  onNewChat,
  onSearch,
}: {
  onNewChat: () => void;
  onSearch: () => void;
}) {
  useShortcut({
    id: 'conversations-new-chat',
    keys: NEW_CHAT_KEYS,
    description: 'New chat',
    group: 'Conversations',
    whileTyping: true,
    matches: (event) =>
      hasPrimaryModifier(event) &&
      event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'o',
    run: onNewChat,
  });
  useShortcut({
    id: 'conversations-search',
    keys: SEARCH_KEYS,
    description: 'Search conversations',
    group: 'Conversations',
    whileTyping: true,
    matches: (event) =>
      hasPrimaryModifier(event) &&
      !event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'k',
    run: onSearch,
  });
}
