// The one composer of a comparison: the same `Message` box and `Send` as the chat; Send streams
// to every column at once and `Stop` stops them all.
import { useRef } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ComposerForm } from '@/components/composer-form';
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

  const send = () => {
    if (preparing) return;
    if (sendCompareRound(conversationId, draft, images)) boxRef.current?.focus();
  };

  return (
    <ComposerForm
      above={ComposerAttachments && <ComposerAttachments conversationId={conversationId} />}
      id={`compare-message-${conversationId}`}
      boxRef={boxRef}
      value={draft}
      placeholder={`One prompt to all ${columns} columns…  (Enter to send, Shift+Enter for a new line)`}
      maxHeight={220}
      onChange={(text) => useChatStore.getState().setDraft(conversationId, text)}
      onSend={send}
      onPaste={(event) => {
        if (onComposerPaste?.(conversationId, event.clipboardData)) event.preventDefault();
      }}
    >
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
    </ComposerForm>
  );
}
