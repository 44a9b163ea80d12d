// The Conversations nav: pinned first, then newest first; search across titles and message
// text; New chat and search on the keyboard; export and import below it.
// The list selects only ids; each entry selects its own fields, so a streaming answer
// re-renders one entry at most, not the list.
import { useDeferredValue, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { matchesSearch, searchConversations, searchTerms } from '@/domain/conversation-search';
import { useChatStore } from '@/store/chat-store';
import { ConversationEntry } from '@/features/conversations/conversation-entry';
import {
  NEW_CHAT_KEYS,
  SEARCH_KEYS,
  useConversationShortcuts,
} from '@/features/conversations/conversation-shortcuts';
import { lazyDialog } from '@/components/lazy-component';
import { useRestInBackground } from '@/components/use-rest-in-background';
import type { ExportScope } from '@/features/conversations/export-conversations';
import { TransferBar } from '@/features/conversations/transfer-bar';
import { isBlankChat } from '@/features/conversations/blank-chat';
import { chatMessageBoxId } from '@/components/composer-form';

// Loaded on first use, not with the app (bench/: initial JS budget).
const ExportDialog = lazyDialog(() =>
  import('@/features/conversations/export-dialog').then((module) => module.ExportDialog),
);

/**
 * Entries in the list's first render, the rest follows in the background: a few more than the
 * window's height holds (an entry is over 32 px tall).
 */
function firstRenderEntries(): number {
  return Math.ceil((typeof window === 'undefined' ? 1080 : window.innerHeight) / 32) + 4;
}

export function ConversationList({
  onNavigate,
  onReveal,
}: {
  onNavigate?: () => void;
  onReveal?: () => void;
}) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const terms = searchTerms(deferredQuery);
  const [exportScope, setExportScope] = useState<ExportScope | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  const allIds = useChatStore(
    useShallow((state) => searchConversations(Object.values(state.conversations), deferredQuery)),
  );
  const complete = useRestInBackground('conversations');
  const ids = complete ? allIds : allIds.slice(0, firstRenderEntries());
  const pinnedCount = useChatStore((state) => {
    const words = searchTerms(deferredQuery);
    return Object.values(state.conversations).filter(
      (conversation) => conversation.pinned && matchesSearch(conversation, words),
    ).length;
  });

  const newChat = () => {
    setQuery('');
    const store = useChatStore.getState();
    if (isBlankChat(store, store.activeId)) document.getElementById(chatMessageBoxId(store.activeId))?.focus();
    else store.newConversation();
    onNavigate?.();
  };
  useConversationShortcuts({
    onNewChat: newChat,
    onSearch: () => {
      onReveal?.();
      // The sidebar may only now be shown (phone width): focus after it is laid out.
      requestAnimationFrame(() => {
        searchBox.current?.focus();
        searchBox.current?.select();
      });
    },
  });

  const renderEntries = (list: string[]) => (
    <ul className="space-y-0.5">
      {list.map((id) => (
        <ConversationEntry
          key={id}
          id={id}
          terms={terms}
          onNavigate={onNavigate}
          onExport={(one) => setExportScope({ kind: 'one', id: one })}
        />
      ))}
    </ul>
  );
  const heading =
    'px-3 pt-2 pb-1 text-[0.7rem] font-semibold tracking-wide text-ink-muted uppercase';

  return (
    <>
      <nav aria-label="Conversations" className="flex min-h-0 flex-1 flex-col gap-2">
        <Button
          variant="primary"
          className="w-full justify-center"
          title={`New chat (${NEW_CHAT_KEYS})`}
          onClick={newChat}
        >
          <Icon name="plus" /> New chat
        </Button>
        <div className="relative">
          <Icon
            name="search"
            className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-ink-muted"
          />
          <input
            ref={searchBox}
            type="search"
            aria-label="Search conversations"
            placeholder={`Search (${SEARCH_KEYS})`}
            title={`Search titles and messages (${SEARCH_KEYS})`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query) {
                event.preventDefault();
                setQuery('');
              }
            }}
            className="w-full rounded-lg border border-line bg-surface py-1.5 pr-2 pl-8 text-sm text-ink placeholder:text-ink-muted focus:border-accent focus:outline-none"
          />
        </div>
        <div className="-mx-1 min-h-0 flex-1 overflow-y-auto px-1 py-1">
          {terms.length > 0 && (
            <p role="status" className="px-3 pb-1 text-xs text-ink-muted">
              {ids.length === 0 ? 'No conversation matches.' : `${ids.length} found`}
            </p>
          )}
          {pinnedCount > 0 ? (
            <>
              <h2 className={heading}>Pinned</h2>
              {renderEntries(ids.slice(0, pinnedCount))}
              {ids.length > pinnedCount && <h2 className={heading}>Recent</h2>}
              {renderEntries(ids.slice(pinnedCount))}
            </>
          ) : (
            renderEntries(ids)
          )}
        </div>
      </nav>
      <TransferBar onExportAll={() => setExportScope({ kind: 'all' })} onImported={onNavigate} />
      <ExportDialog scope={exportScope} onClose={() => setExportScope(null)} />
    </>
  );
}
