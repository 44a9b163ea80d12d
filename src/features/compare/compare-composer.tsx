// The one composer of a comparison: the same `Message` box and `Send` as the chat; Send streams
// to every column at once and `Stop` stops them all.
import { useEffect, useRef } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { useChatStore } from '@/store/chat-store';
import { selectDraftImages, selectPendingImages, useImageDrafts } from '@/store/image-drafts';
import { MAX_COLUMNS } from '@/store/compare-slice';
import { sendCompareRound } from '@/features/compare/run-compare-round';
import { useCompareExtensions } from '@/features/compare/compare-extensions';
import { stopAllColumnTurns } from '@/features/compare/compare-turns';
import { useColumnIds, useComparisonStreaming } from '@/features/compare/use-compare';

export function CompareComposer({ conversationId }: { conversationId: string }) {
  const draft = useChatStore((state) => state.drafts[conversationId] ?? '');
  const streaming = useComparisonStreaming(conversationId);
  const columns = useColumnIds(conversationId).length;
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const { ComposerAttachments, ComposerTools, onComposerPaste } = useCompareExtensions();
  const images = useImageDrafts(selectDraftImages(conversationId));
  const preparing = useImageDrafts(selectPendingImages(conversationId)) > 0;

  useEffect(() => {
    boxRef.current?.focus();
  }, [conversationId]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight, 220)}px`;
  }, [draft]);

  const send = () => {
    if (preparing) return;
    if (sendCompareRound(conversationId, draft, images)) boxRef.current?.focus();
  };

  return (
    <form
      className="rounded-2xl border border-line bg-surface-2 shadow-sm focus-within:border-accent/60"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {ComposerAttachments && <ComposerAttachments conversationId={conversationId} />}
      <label htmlFor={`compare-message-${conversationId}`} className="sr-only">
        Message
      </label>
      <textarea
        id={`compare-message-${conversationId}`}
        ref={boxRef}
        rows={1}
        value={draft}
        placeholder={`One prompt to all ${columns} columns…  (Enter to send, Shift+Enter for a new line)`}
        onChange={(event) => useChatStore.getState().setDraft(conversationId, event.target.value)}
        onPaste={(event) => {
          if (onComposerPaste?.(conversationId, event.clipboardData)) event.preventDefault();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }}
        className="block max-h-[220px] min-h-[3rem] w-full resize-none bg-transparent px-4 pt-3 pb-1 text-[0.95rem] text-ink placeholder:text-ink-muted focus:outline-none"
      />
      <div className="flex flex-wrap items-center gap-2 px-3 pb-3">
        {ComposerTools && <ComposerTools conversationId={conversationId} />}
        <Button
          size="sm"
          variant="ghost"
          disabled={columns >= MAX_COLUMNS || streaming}
          title={
            columns >= MAX_COLUMNS
              ? `At most ${MAX_COLUMNS} columns`
              : 'Add a column with its own model and settings'
          }
          onClick={() => useChatStore.getState().addCompareColumn(conversationId)}
        >
          <Icon name="plus" /> Add column
        </Button>
        <div className="ml-auto flex items-center gap-2">
          {streaming ? (
            <Button variant="secondary" onClick={() => stopAllColumnTurns(conversationId)}>
              <Icon name="stop" /> Stop
            </Button>
          ) : (
            <Button
              type="submit"
              variant="primary"
              disabled={(!draft.trim() && images.length === 0) || preparing}
            >
              <Icon name="send" /> Send
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
