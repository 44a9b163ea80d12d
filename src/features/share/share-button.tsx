// "Share as HTML" for the open conversation or comparison.
import { useState } from 'react';
import { Icon } from '@/components/icons';
import { useChatStore } from '@/store/chat-store';

export function ShareButton({ className, onDone }: { className?: string; onDone?: () => void }) {
  const activeId = useChatStore((state) => state.activeId);
  const empty = useChatStore(
    (state) => !state.activeId || !state.conversations[state.activeId]?.messages.length,
  );
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={!activeId || busy}
      title={
        empty
          ? 'Nothing to share yet: send a prompt first'
          : 'Download this conversation as one HTML page that needs no script'
      }
      onClick={async () => {
        const conversation = activeId ? useChatStore.getState().conversations[activeId] : undefined;
        if (!conversation) return;
        setBusy(true);
        try {
          // The exporter brings the markdown renderer: loaded on the first share, not with the app.
          const { shareConversationAsHtml } = await import('@/features/share/share-conversation');
          await shareConversationAsHtml(conversation);
        } finally {
          setBusy(false);
          onDone?.();
        }
      }}
    >
      <Icon name="share" /> Share as HTML
    </button>
  );
}
