// A one-time hint for a first visit: what to do, and that it works with no key. Dismissed once,
// remembered in this browser.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';

const KEY = 'qwen-playground-hint-dismissed';

function dismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function FirstRunHint() {
  const [hidden, setHidden] = useState(dismissed);
  if (hidden) return null;
  return (
    <aside
      aria-label="Welcome"
      data-chrome=""
      className="flex items-start gap-3 border-b border-line bg-accent/5 px-4 py-2.5 text-sm"
    >
      <Icon name="sparkles" className="mt-0.5 shrink-0 text-accent" aria-hidden="true" />
      <p className="min-w-0 flex-1 text-ink">
        <span className="font-medium">Welcome.</span> Type a prompt below or pick a starter. No key
        needed: the offline demo answers until you add one in Settings. Press{' '}
        <kbd className="rounded border border-line bg-surface px-1 font-mono text-xs">?</kbd> for
        keyboard shortcuts.
      </p>
      <Button
        size="sm"
        variant="ghost"
        className="text-ink"
        onClick={() => {
          try {
            localStorage.setItem(KEY, '1');
          } catch {
            // Private mode: hidden for this visit only.
          }
          setHidden(true);
        }}
      >
        Got it
      </Button>
    </aside>
  );
}
