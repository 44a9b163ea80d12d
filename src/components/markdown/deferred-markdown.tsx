// The markdown renderer (marked, DOMPurify, the block splitter) is a lazy chunk, so the first
// paint does not wait for it: its download starts as soon as this module runs, and until it has
// arrived a message shows its text as plain text (escaped by React), as does one whose turn to be
// formatted has not come (format-when-idle.ts). The same props as Markdown.
import { createElement, useSyncExternalStore, type ReactNode } from 'react';
import { cx } from '@/lib/cx';
import type { MarkdownProps } from '@/components/markdown/markdown';
import { useFormatNow } from '@/components/markdown/format-when-idle';

type MarkdownComponent = (props: MarkdownProps) => ReactNode;

let loaded: MarkdownComponent | null = null;
const listeners = new Set<() => void>();

/** Loads the renderer (once); resolves when it is there. */
export const loadMarkdown: () => Promise<void> = (() => {
  let pending: Promise<void> | null = null;
  return () =>
    (pending ??= import('@/components/markdown/markdown').then(
      (module) => {
        loaded = module.Markdown;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // Plain text stays readable; a later call may try again.
        pending = null;
        console.warn('Could not load the markdown renderer; showing plain text.', error);
      },
    ));
})();

// Start at once, in parallel with the first render: by the time an answer streams it is there.
if (typeof window !== 'undefined') void loadMarkdown();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Markdown(props: MarkdownProps) {
  const Loaded = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => loaded,
  );
  const formatNow = useFormatNow(props.streaming ?? false);
  if (Loaded && formatNow) return createElement(Loaded, props);
  return (
    <div className={cx('md-root md-plain', props.className)} style={{ whiteSpace: 'pre-wrap' }}>
      {props.text}
    </div>
  );
}
