// The composer: the message box (Enter sends, Shift+Enter adds a line), the model controls,
// parameters, and Send / Stop. The draft is kept per conversation and survives reloads.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ComposerForm, chatMessageBoxId } from '@/components/composer-form';
import { isStreaming } from '@/domain/conversation-helpers';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { selectDraftImages, selectPendingImages, useImageDrafts } from '@/store/image-drafts';
import { sendPrompt, stop } from '@/features/chat/chat-actions';
import { useChatExtensions } from '@/features/chat/chat-extensions';
import { ModelControls } from '@/features/chat/model-controls';
import { lazyComponent } from '@/components/lazy-component';

// Loaded on first use, not with the app (bench/: initial JS budget).
const ParametersPanel = lazyComponent(() => import('@/features/chat/parameters-panel').then((module) => module.ParametersPanel));

export function Composer({ conversationId }: { conversationId: string }) {
  const draft = useChatStore((state) => state.drafts[conversationId] ?? '');
  const streaming = useChatStore((state) => isStreaming(state.conversations[conversationId]));
  const [showParams, setShowParams] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const { ComposerAttachments, ComposerTools, onComposerPaste } = useChatExtensions();
  const images = useImageDrafts(selectDraftImages(conversationId));
  const preparing = useImageDrafts(selectPendingImages(conversationId)) > 0;
  // Images wait for a model that can see them (the attachments bar offers the switch).
  const modelId = useChatStore((state) => state.conversations[conversationId]?.settings.modelId);
  const blind = images.length > 0 && modelId !== undefined && !getModel(modelId).canSee;

  // Sending while attached images are still being shrunk waits for them, then goes.
  const queued = useRef(false);
  const send = () => {
    if (preparing) {
      queued.current = true;
      return;
    }
    if (sendPrompt(conversationId, draft, images)) boxRef.current?.focus();
  };
  const sendQueued = useEffectEvent(send);
  useEffect(() => {
    if (preparing || !queued.current) return;
    queued.current = false;
    sendQueued();
  }, [preparing]);

  return (
    <ComposerForm
      above={ComposerAttachments && <ComposerAttachments conversationId={conversationId} />}
      id={chatMessageBoxId(conversationId)}
      boxRef={boxRef}
      value={draft}
      placeholder="Ask anything…  (Shift+Enter: new line)"
      maxHeight={280}
      onChange={(text) => useChatStore.getState().setDraft(conversationId, text)}
      onSend={send}
      onPaste={(event) => {
        if (onComposerPaste?.(conversationId, event.clipboardData)) event.preventDefault();
      }}
    >
      {showParams && (
        <div data-chrome="" className="mx-3 mb-2 rounded-xl border border-line bg-surface p-3" id={`params-${conversationId}`}>
          <ParametersPanel conversationId={conversationId} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2 px-3 pb-3">
        {ComposerTools && <ComposerTools conversationId={conversationId} />}
        <ModelControls conversationId={conversationId} />
        <Button
          size="sm"
          variant="ghost"
          data-chrome=""
          aria-expanded={showParams}
          aria-controls={`params-${conversationId}`}
          onClick={() => setShowParams((shown) => !shown)}
        >
          <Icon name="sliders" /> Parameters
        </Button>
        <div className="ml-auto flex items-center gap-2">
          {streaming ? (
            <Button variant="secondary" onClick={() => stop(conversationId)}>
              <Icon name="stop" /> Stop
            </Button>
          ) : (
            <Button type="submit" variant="primary" disabled={(!draft.trim() && images.length === 0 && !preparing) || blind}>
              <Icon name="send" /> Send
            </Button>
          )}
        </div>
      </div>
    </ComposerForm>
  );
}
