// A short-lived notice with an Undo button, for deletions (of conversations and of turns).
import { useEffect } from 'react';
import { create } from 'zustand';
import { Button } from '@/components/button';

interface UndoState {
  notice: { text: string; undo: () => void } | null;
  show(text: string, undo: () => void): void;
  dismiss(): void;
}

// UI-only state: never persisted, so it lives beside its component rather than in the chat store.
export const useUndoNotice = create<UndoState>((set) => ({
  notice: null,
  show: (text, undo) => set({ notice: { text, undo } }),
  dismiss: () => set({ notice: null }),
}));

const VISIBLE_MS = 8000;
const GAP_PX = 8;

/** Just above the message box, whose controls (or text, on a phone) it covered at the bottom. */
function bottomAboveComposer(): number {
  const composer = document.querySelector('main [data-composer]');
  if (!composer) return 16;
  return Math.max(16, window.innerHeight - composer.getBoundingClientRect().top + GAP_PX);
}

export function UndoNotice() {
  const notice = useUndoNotice((state) => state.notice);
  const dismiss = useUndoNotice((state) => state.dismiss);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  // As wide as its text up to the screen's width: centred with `left-1/2` alone, it could use
  // only the right half of a phone and wrapped a title over four lines.
  return (
    <div
      role="status"
      style={{ bottom: bottomAboveComposer() }}
      className="fixed left-1/2 z-50 flex w-max max-w-[calc(100vw_-_2rem)] -translate-x-1/2 items-center gap-3 rounded-xl border border-line bg-surface-2 px-4 py-2.5 text-sm shadow-lg"
    >
      <span className="min-w-0 line-clamp-2 break-words">{notice.text}</span>
      <Button
        size="sm"
        variant="primary"
        onClick={() => {
          notice.undo();
          dismiss();
        }}
      >
        Undo
      </Button>
    </div>
  );
}
