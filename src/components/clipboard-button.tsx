// Puts text on the clipboard and says so for a moment. The accessible name is the caller's; only
// the answer's own button may be called "Copy" (ui-contract), others must avoid the word.
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { copyText } from '@/lib/clipboard';

export function ClipboardButton({
  text,
  label,
  title,
  children,
  className,
}: {
  /** Called on click, so large texts are only built when needed (maybe by a lazy module). */
  text: string | (() => string | Promise<string>);
  label: string;
  /** Tooltip; the label when absent. */
  title?: string;
  children?: ReactNode;
  className?: string;
}) {
  const [done, setDone] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={label}
      title={done ? 'On the clipboard' : (title ?? label)}
      className={className}
      onClick={async () => {
        if (await copyText(typeof text === 'function' ? await text() : text)) {
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        }
      }}
    >
      <Icon name={done ? 'check' : 'copy'} />
      {children}
      <span aria-live="polite" className="sr-only">
        {done ? 'On the clipboard' : ''}
      </span>
    </Button>
  );
}
