// One user turn. Its text is shown as typed (plain text, never HTML). Editing it and sending
// starts a new branch beside the original; the original stays reachable by its version arrows.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { UserMessage } from '@/domain/conversation';
import { isStreamingMessage } from '@/domain/conversation-helpers';
import { resendEdited, stop } from '@/features/chat/chat-actions';
import { useChatExtensions } from '@/features/chat/chat-extensions';
import { VersionSwitcher } from '@/features/chat/version-switcher';
import { useChatStore } from '@/store/chat-store';
import { useUndoNotice } from '@/components/undo-notice';
import { chatMessageBoxId } from '@/components/composer-form';

/** Removes the prompt and what follows from it, with Undo: one click took answers and all. */
function removeTurn(conversationId: string, message: UserMessage): void {
  const removed = useChatStore.getState().deleteMessage(conversationId, message.id);
  if (!removed) return;
  // Its answer may still be streaming: the request stops with it (Undo brings it back cut off).
  if (removed.messages.some(({ message: gone }) => isStreamingMessage(gone))) stop(conversationId);
  // The button pressed is gone with the turn: the message box takes the focus.
  document.getElementById(chatMessageBoxId(conversationId))?.focus();
  // Short enough that the notice keeps "and what followed" on a phone's two lines.
  const line = message.text.replace(/\s+/g, ' ').trim();
  const preview = line.length > 40 ? `${line.slice(0, 40)}…` : line || 'an image prompt';
  useUndoNotice
    .getState()
    .show(`Removed “${preview}” and what followed`, () =>
      useChatStore.getState().restoreTurn(conversationId, removed),
    );
}

export function UserTurn({ conversationId, message }: { conversationId: string; message: UserMessage }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(message.text);
  const { UserTurnImages } = useChatExtensions();

  if (editing) {
    return (
      <article aria-label="You (editing)" className="flex justify-end">
        <form
          className="w-full max-w-[42rem] rounded-2xl border border-accent/50 bg-surface-2 p-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (resendEdited(conversationId, message.id, text)) setEditing(false);
          }}
        >
          <label className="sr-only" htmlFor={`edit-${message.id}`}>
            Edited prompt
          </label>
          <textarea
            id={`edit-${message.id}`}
            autoFocus
            rows={Math.min(10, text.split('\n').length + 1)}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false);
            }}
            className="block w-full resize-y bg-transparent px-2 py-1 text-[0.95rem] focus:outline-none"
          />
          <div className="flex justify-end gap-2 pt-1">
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="sm" variant="primary" type="submit" disabled={!text.trim()}>
              Branch from here
            </Button>
          </div>
        </form>
      </article>
    );
  }

  return (
    <article aria-label="You" className="group/user flex flex-col items-end gap-1">
      {UserTurnImages && message.images.length > 0 && <UserTurnImages images={message.images} />}
      {(message.text.trim() || message.images.length === 0) && (
        <div className="max-w-[min(42rem,90%)] rounded-2xl rounded-br-md bg-surface-3 px-4 py-2.5 text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap">
          {message.text}
        </div>
      )}
      <div className="flex items-center gap-1 opacity-70 group-focus-within/user:opacity-100 group-hover/user:opacity-100">
        <VersionSwitcher conversationId={conversationId} messageId={message.id} />
        <Button
          size="sm"
          variant="ghost"
          aria-label="Edit prompt"
          title="Edit and resend as a new branch"
          onClick={() => {
            setText(message.text);
            setEditing(true);
          }}
        >
          <Icon name="pencil" />
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label="Remove turn"
          title="Remove this prompt and what follows from it"
          onClick={() => removeTurn(conversationId, message)}
        >
          <Icon name="trash" />
        </Button>
      </div>
    </article>
  );
}
