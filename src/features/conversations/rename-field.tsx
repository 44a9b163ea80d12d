// Inline rename: Enter or leaving the field saves, Escape cancels.
import { useRef, useState } from 'react';

export function RenameField({
  title,
  onDone,
}: {
  title: string;
  onDone: (title: string | null) => void;
}) {
  const [value, setValue] = useState(title);
  const settled = useRef(false);
  const finish = (next: string | null) => {
    if (settled.current) return;
    settled.current = true;
    onDone(next);
  };
  return (
    <input
      aria-label="Conversation title"
      autoFocus
      value={value}
      maxLength={200}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
      className="w-full rounded-lg border border-accent bg-surface px-3 py-1.5 text-sm text-ink focus:outline-none"
    />
  );
}
