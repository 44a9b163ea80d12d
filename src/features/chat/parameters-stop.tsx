// Up to four stop sequences, one box each; `\n` and `\t` type a line break or a tab.
import { MAX_STOP_SEQUENCES } from '@/api/request-body';
import { decodeEscapes, encodeEscapes } from '@/features/chat/parameters-fields';

export function StopSequences({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string[] | undefined;
  onChange: (value: string[] | undefined) => void;
}) {
  const slots = Array.from({ length: MAX_STOP_SEQUENCES }, (_, index) => value?.[index] ?? '');
  const set = (index: number, typed: string) => {
    const next = [...slots];
    next[index] = decodeEscapes(typed);
    // Slots keep their places while typing (empty ones are dropped when the request is built).
    while (next.length > 0 && next[next.length - 1] === '') next.pop();
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="space-y-1" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium">Stop sequences</legend>
      <div className="grid grid-cols-2 gap-1.5 sm:grid-cols-4">
        {slots.map((slot, index) => (
          <input
            key={index}
            type="text"
            spellCheck={false}
            aria-label={`Stop sequence ${index + 1}`}
            value={encodeEscapes(slot)}
            placeholder={index === 0 ? 'e.g. \\n\\n' : ''}
            onChange={(event) => set(index, event.target.value)}
            className="h-8 min-w-0 rounded-lg border border-line bg-surface-2 px-2 font-mono text-xs focus:outline-2 focus:outline-accent"
          />
        ))}
      </div>
      <p id={`${id}-hint`} className="text-xs text-ink-muted">
        Up to 4. The answer ends before any of them; type \n for a line break.
      </p>
    </fieldset>
  );
}
