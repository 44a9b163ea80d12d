// A modal dialog on the native <dialog> element: focus trapping, Escape and the top layer
// come from the browser. Its accessible name is its title.
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { cx } from '@/lib/cx';

export function Dialog({
  open,
  title,
  onClose,
  children,
  wide = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // The native `close` event arrives a task after `dialog.close()`; by then the caller may have
  // opened another dialog with the same state, which a late onClose would shut again.
  const openRef = useRef(open);
  const closedOnRemoval = useRef(false);
  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // A dialog removed while open (its owner unmounts it on close) is closed first: only `close()`
  // hands focus back to what had it before; a removed dialog left focus on <body>. A layout
  // effect's cleanup runs while the element is still in the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (!dialog?.open) return;
      // Its late `close` event is not the reader's: the owner has moved on (or, in development,
      // StrictMode's rehearsal of an unmount reopens the dialog at once).
      closedOnRemoval.current = true;
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        if (closedOnRemoval.current) closedOnRemoval.current = false;
        else if (openRef.current) onClose();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={cx(
        'm-auto max-h-[min(100dvh_-_2rem,48rem)] rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/50 backdrop:backdrop-blur-sm',
        wide ? 'w-[min(100vw_-_1.5rem,52rem)]' : 'w-[min(100vw_-_1.5rem,32rem)]',
      )}
    >
      {open && (
        <div className="flex max-h-[inherit] flex-col">
          <header className="flex items-center justify-between gap-4 border-b border-line px-5 py-3">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            <Button variant="ghost" size="icon" aria-label="Close" onClick={onClose}>
              <Icon name="x" />
            </Button>
          </header>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
