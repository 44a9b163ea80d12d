// The header's `Compare` switch: opens a comparison (an empty one if there is one, else a new
// one); pressed while a comparison is open, it goes back to the newest chat.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { useChatStore } from '@/store/chat-store';

function newest<T extends { updatedAt: number }>(items: T[]): T | undefined {
  return items.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function toggleCompare(): void {
  const store = useChatStore.getState();
  const all = Object.values(store.conversations);
  const active = store.activeId ? store.conversations[store.activeId] : undefined;
  if (active?.kind === 'compare') {
    const chat = newest(all.filter((conversation) => conversation.kind !== 'compare'));
    if (chat) store.selectConversation(chat.id);
    else store.newConversation();
    return;
  }
  const empty = newest(
    all.filter(
      (conversation) =>
        conversation.kind === 'compare' &&
        !conversation.compare?.columns.some((column) => column.messages.length > 0),
    ),
  );
  if (empty) store.selectConversation(empty.id);
  else store.newComparison();
}

export function CompareSwitch() {
  const comparing = useChatStore(
    (state) => !!state.activeId && state.conversations[state.activeId]?.kind === 'compare',
  );
  return (
    <Button
      variant={comparing ? 'primary' : 'ghost'}
      size="md"
      aria-pressed={comparing}
      title={comparing ? 'Back to the chat' : 'One prompt, several models side by side'}
      onClick={toggleCompare}
    >
      <Icon name="columns" />
      <span className="max-md:sr-only">Compare</span>
    </Button>
  );
}
