// Mirrors presentation mode onto <html data-presentation>: the CSS in index.css does the rest, so
// every view (chat, compare, dialogs) follows without knowing about it.
import { useEffect } from 'react';
import { usePresentationStore } from '@/store/presentation-store';

export function usePresentationAttribute(): void {
  const presenting = usePresentationStore((state) => state.presenting);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presentation = '';
    else delete root.dataset.presentation;
  }, [presenting]);
}
