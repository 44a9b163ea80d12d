// The composer: the message box (Enter sends, Shift+Enter adds a line), the model controls,
// parameters, and Send / Stop. The draft is kept per conversation and survives reloads.
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { isStreaming } from '@/domain/conversation-helpers';
import { useChatStore } from '@/store/chat-store';
import { sendPrompt, stop } from '@/features/chat/chat-actions';
import { ModelControls } from '@/features/chat/model-controls';
import { ParametersPanel } from '@/features/chat/parameters-panel';

export function Composer({ conversationId }: { conversationId: string }) {
  const draft = useChatStore((state) => state.drafts[conversationId] ?? '');
  const streaming = useChatStore((state) => isStreaming(state.conversations[conversationId]));
  const [showParams, setShowParams] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    boxRef.current?.focus();
  }, [conversationId]);

  // The box grows with its text up to a limit, then scrolls.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight, 280)}px`;
  }, [draft]);

  const send = () => {
    if (sendPrompt(conversationId, draft)) boxRef.current?.focus();
  };

  return (
    <form
      className="rounded-2xl border border-line bg-surface-2 shadow-sm focus-within:border-accent/60"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={`message-${conversationId}`} className="sr-only">
        Message
      </label>
      <textarea
        id={`message-${conversationId}`}
        ref={boxRef}
        rows={1}
        value={draft}
        placeholder="Ask anything…  (Enter to send, Shift+Enter for a new line)"
        onChange={(event) => useChatStore.getState().setDraft(conversationId, event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            send();
          }
        }}
        className="block max-h-[280px] min-h-[3rem] w-full resize-none bg-transparent px-4 pt-3 pb-1 text-[0.95rem] text-ink placeholder:text-ink-muted focus:outline-none"
      />
      {showParams && (
        <div className="mx-3 mb-2 rounded-xl border border-line bg-surface p-3" id={`params-${conversationId}`}>
          <ParametersPanel conversationId={conversationId} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2 px-3 pb-3">
        <ModelControls conversationId={conversationId} />
        <Button
          size="sm"
          variant="ghost"
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
            <Button type="submit" variant="primary" disabled={!draft.trim()}>
              <Icon name="send" /> Send
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
