// The "Tools" disclosure in the header: demo tooling that does not need a button of its own.
// A disclosure (button + list), not an ARIA menu: plain buttons, plain Tab order.
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ShareButton } from '@/features/share/share-button';

const itemClass =
  'flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-left text-sm text-ink hover:bg-surface-3 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50';

export function ToolsMenu({
  onOpenDeck,
  onOpenRecordings,
  onOpenShortcuts,
}: {
  onOpenDeck: () => void;
  onOpenRecordings: () => void;
  onOpenShortcuts: () => void;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    ref.current?.addEventListener('keydown', onKey);
    const element = ref.current;
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      element?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div ref={ref} className="relative">
      <Button
        variant="ghost"
        size="md"
        aria-expanded={open}
        aria-controls={listId}
        title="Prompt deck, recordings, sharing, keyboard shortcuts"
        onClick={() => setOpen((shown) => !shown)}
      >
        <Icon name="list" /> <span className="max-md:sr-only">Tools</span>
      </Button>
      <div
        id={listId}
        hidden={!open}
        className="absolute right-0 z-40 mt-1 w-60 rounded-xl border border-line bg-surface p-1.5 shadow-xl"
      >
        <button type="button" className={itemClass} onClick={pick(onOpenDeck)}>
          <Icon name="list" /> Prompt deck
        </button>
        <button type="button" className={itemClass} onClick={pick(onOpenRecordings)}>
          <Icon name="record" /> Recordings
        </button>
        <ShareButton className={itemClass} onDone={() => setOpen(false)} />
        <button type="button" className={itemClass} onClick={pick(onOpenShortcuts)}>
          <Icon name="keyboard" /> Keyboard shortcuts
          <kbd className="ml-auto rounded border border-line px-1 font-mono text-xs text-ink-muted">
            ?
          </kbd>
        </button>
      </div>
    </div>
  );
}
