// The `?` cheat-sheet: every registered shortcut, grouped, plus the composer's own keys.
import { useSyncExternalStore } from 'react';
import { Dialog } from '@/components/dialog';
import { useShortcut } from '@/components/use-shortcut';
import { listShortcuts, subscribeShortcuts, type Shortcut } from '@/lib/shortcuts';

const BUILT_IN: Pick<Shortcut, 'id' | 'keys' | 'description' | 'group'>[] = [
  { id: 'composer-send', keys: 'Enter', description: 'Send the message', group: 'Composer' },
  {
    id: 'composer-line',
    keys: 'Shift+Enter',
    description: 'New line in the message',
    group: 'Composer',
  },
  { id: 'dialog-close', keys: 'Esc', description: 'Close the open dialog', group: 'General' },
];

export function ShortcutsDialog({
  open,
  onOpen,
  onClose,
}: {
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const registered = useSyncExternalStore(subscribeShortcuts, listShortcuts);
  useShortcut({
    id: 'cheat-sheet',
    keys: '?',
    description: 'Show these keyboard shortcuts',
    group: 'General',
    matches: (event) => event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey,
    run: onOpen,
  });

  const all = [...BUILT_IN, ...registered];
  const groups = [...new Set(all.map((shortcut) => shortcut.group))];
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <div className="flex flex-col gap-5">
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">
              {group}
            </h3>
            <dl className="flex flex-col gap-1.5">
              {all
                .filter((shortcut) => shortcut.group === group)
                .map((shortcut) => (
                  <div
                    key={shortcut.id}
                    className="flex items-baseline justify-between gap-4 text-sm"
                  >
                    <dt>{shortcut.description}</dt>
                    <dd className="shrink-0">
                      <kbd className="rounded-md border border-line bg-surface-2 px-1.5 py-0.5 font-mono text-xs">
                        {shortcut.keys}
                      </kbd>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
