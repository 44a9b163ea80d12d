// A short-lived notice with an Undo button, for deletions.
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

export function UndoNotice() {
  const notice = useUndoNotice((state) => state.notice);
  const dismiss = useUndoNotice((state) => state.dismiss);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <div
      role="status"
      className="fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 items-center gap-3 rounded-xl border border-line bg-surface-2 px-4 py-2.5 text-sm shadow-lg"
    >
      <span>{notice.text}</span>
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
