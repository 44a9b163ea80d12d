// The Conversations nav: newest first, with New chat and delete-with-undo.
// The list selects only ids; each entry selects its own title, so a streaming answer
// re-renders one entry at most, not the list.
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { isStreaming } from '@/domain/conversation-helpers';
import { cx } from '@/lib/cx';
import { useChatStore } from '@/store/chat-store';
import { useUndoNotice } from '@/features/conversations/undo-notice';

function deleteWithUndo(id: string) {
  const store = useChatStore.getState();
  const removed = store.deleteConversation(id);
  if (!removed) return;
  if (!useChatStore.getState().activeId) store.ensureActiveConversation();
  useUndoNotice
    .getState()
    .show(`Deleted “${removed.title}”`, () => useChatStore.getState().restoreConversation(removed));
}

function ConversationEntry({ id, onNavigate }: { id: string; onNavigate?: () => void }) {
  const title = useChatStore((state) => state.conversations[id]?.title ?? '');
  const streaming = useChatStore((state) => isStreaming(state.conversations[id]));
  const active = useChatStore((state) => state.activeId === id);

  return (
    <li className="group relative">
      <button
        type="button"
        aria-current={active ? 'page' : undefined}
        onClick={() => {
          useChatStore.getState().selectConversation(id);
          onNavigate?.();
        }}
        className={cx(
          'flex w-full items-center gap-2 rounded-lg py-2 pr-9 pl-3 text-left text-sm transition-colors',
          'focus-visible:outline-2 focus-visible:outline-accent',
          active
            ? 'bg-accent/12 font-medium text-ink'
            : 'text-ink-muted hover:bg-surface-3 hover:text-ink',
        )}
      >
        {streaming && (
          <span
            className="h-1.5 w-1.5 shrink-0 animate-pulse rounded-full bg-accent"
            aria-hidden="true"
          />
        )}
        <span className="truncate">{title}</span>
      </button>
      <button
        type="button"
        aria-label="Delete"
        title={`Delete “${title}”`}
        onClick={() => deleteWithUndo(id)}
        className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded-md p-1.5 text-ink-muted opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 hover:bg-surface-3 hover:text-danger focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-accent"
      >
        <Icon name="trash" />
      </button>
    </li>
  );
}

export function ConversationList({ onNavigate }: { onNavigate?: () => void }) {
  const ids = useChatStore(
    useShallow((state) =>
      Object.values(state.conversations)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((conversation) => conversation.id),
    ),
  );

  return (
    <nav aria-label="Conversations" className="flex min-h-0 flex-1 flex-col gap-2">
      <Button
        variant="primary"
        className="w-full justify-center"
        onClick={() => {
          useChatStore.getState().newConversation();
          onNavigate?.();
        }}
      >
        <Icon name="plus" /> New chat
      </Button>
      <ul className="-mx-1 min-h-0 flex-1 space-y-0.5 overflow-y-auto px-1 py-1">
        {ids.map((id) => (
          <ConversationEntry key={id} id={id} onNavigate={onNavigate} />
        ))}
      </ul>
    </nav>
  );
}
