// One entry of the list: its title (named by it, highlighted by the search), why it matched,
// an icon for comparisons, inline rename, and its actions. Pin, Rename and Export show on the
// open conversation only, so the list stays one title and one Delete per entry.
import { memo, useId, useMemo, useState } from 'react';
import { Icon, type IconName } from '@/components/icons';
import { isStreaming } from '@/domain/conversation-helpers';
import { searchSnippet } from '@/domain/conversation-search';
import { cx } from '@/lib/cx';
import { useChatStore } from '@/store/chat-store';
import { HighlightedText } from '@/features/conversations/highlighted-text';
import { RenameField } from '@/features/conversations/rename-field';
import { useUndoNotice } from '@/components/undo-notice';

function deleteWithUndo(id: string) {
  const store = useChatStore.getState();
  const removed = store.deleteConversation(id);
  if (!removed) return;
  if (!useChatStore.getState().activeId) store.ensureActiveConversation();
  useUndoNotice
    .getState()
    .show(`Deleted “${removed.title}”`, () => useChatStore.getState().restoreConversation(removed));
}

function EntryAction({
  label,
  title,
  icon,
  onClick,
  className,
}: {
  label: string;
  title: string;
  icon: IconName;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={title}
      onClick={onClick}
      className={cx(
        'shrink-0 rounded-md p-1 text-ink-muted hover:bg-surface-3 hover:text-ink focus-visible:outline-2 focus-visible:outline-accent',
        className,
      )}
    >
      <Icon name={icon} />
    </button>
  );
}

interface EntryProps {
  id: string;
  terms: readonly string[];
  onNavigate?: () => void;
  onExport: (id: string) => void;
}

export function ConversationEntry({ id, terms, onNavigate, onExport }: EntryProps) {
  // One subscription that does no work: every entry's selectors run on every change of the
  // store, 20 times a second while an answer streams. Six of them per entry, one scanning the
  // messages, cost 0.8 ms per delivery with 200 conversations. Only the entry of the
  // conversation that changed runs this again; its view renders only when what it shows does,
  // not on each delivery of a streaming answer.
  const conversation = useChatStore((state) => state.conversations[id]);
  const active = useChatStore((state) => state.activeId === id);
  const snippet = useMemo(
    () => (conversation && terms.length ? searchSnippet(conversation, terms) : undefined),
    [conversation, terms],
  );
  return (
    <EntryView
      id={id}
      terms={terms}
      onNavigate={onNavigate}
      onExport={onExport}
      title={conversation?.title ?? ''}
      pinned={!!conversation?.pinned}
      compare={conversation?.kind === 'compare'}
      streaming={isStreaming(conversation)}
      snippet={snippet}
      active={active}
    />
  );
}

const EntryView = memo(function EntryView({
  id,
  terms,
  onNavigate,
  onExport,
  title,
  pinned,
  compare,
  streaming,
  snippet,
  active,
}: EntryProps & {
  title: string;
  pinned: boolean;
  compare: boolean;
  streaming: boolean;
  snippet: string | undefined;
  active: boolean;
}) {
  const [renaming, setRenaming] = useState(false);
  const badgeId = useId();

  return (
    <li
      className={cx(
        'group relative flex items-center gap-0.5 rounded-lg pr-1 transition-colors',
        active ? 'bg-accent/12' : 'hover:bg-surface-3',
      )}
    >
      {renaming ? (
        <RenameField
          title={title}
          onDone={(next) => {
            if (next !== null) useChatStore.getState().renameConversation(id, next);
            setRenaming(false);
          }}
        />
      ) : (
        <button
          type="button"
          aria-label={title}
          aria-describedby={compare ? badgeId : undefined}
          aria-current={active ? 'page' : undefined}
          title="Double-click to rename"
          onClick={() => {
            useChatStore.getState().selectConversation(id);
            onNavigate?.();
          }}
          onDoubleClick={() => setRenaming(true)}
          className={cx(
            'flex min-w-0 flex-1 items-center gap-2 rounded-lg py-2 pl-3 text-left text-sm',
            'focus-visible:outline-2 focus-visible:outline-accent',
            active ? 'font-medium text-ink' : 'text-ink-muted hover:text-ink',
          )}
        >
          {/* A steady dot, not a pulsing one: an endless CSS animation costs a style
              recalculation and a paint in every frame of the stream (~10 % of the main thread
              at 100 tokens/s, A/B), for a cue the streaming answer already gives. */}
          {streaming && (
            <span className="h-1.5 w-1.5 shrink-0 rounded-full bg-accent" aria-hidden="true" />
          )}
          {pinned && <Icon name="pin" className="shrink-0 text-accent" aria-hidden="true" />}
          {compare && (
            // An icon, not a word: the narrow sidebar keeps its room for the title.
            <span title="A comparison of models" className="shrink-0">
              <Icon name="columns" className="text-ink-muted" aria-hidden="true" />
              <span id={badgeId} className="sr-only">
                A comparison of models
              </span>
            </span>
          )}
          <span className="min-w-0 flex-1">
            <span className="block truncate">
              <HighlightedText text={title} terms={terms} />
            </span>
            {snippet && (
              <span className="block truncate text-xs font-normal text-ink-muted">
                <HighlightedText text={snippet} terms={terms} />
              </span>
            )}
          </span>
        </button>
      )}
      {active && !renaming && (
        <>
          <EntryAction
            label={pinned ? 'Unpin' : 'Pin'}
            title={pinned ? 'Unpin from the top' : 'Pin to the top'}
            icon="pin"
            className={pinned ? 'text-accent' : undefined}
            onClick={() => useChatStore.getState().togglePin(id)}
          />
          <EntryAction
            label="Rename"
            title="Rename (or double-click the title)"
            icon="pencil"
            onClick={() => setRenaming(true)}
          />
          <EntryAction
            label="Export"
            title="Export as JSON or Markdown"
            icon="download"
            onClick={() => onExport(id)}
          />
        </>
      )}
      {!renaming && (
        <EntryAction
          label="Delete"
          title={`Delete “${title}”`}
          icon="trash"
          onClick={() => deleteWithUndo(id)}
          className={cx(
            'hover:text-danger',
            !active &&
              'opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 focus-visible:opacity-100',
          )}
        />
      )}
    </li>
  );
});
