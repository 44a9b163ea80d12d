// Original pace, 2× or instant: a radio group, so it reads and works like one.
import { useId } from 'react';
import type { ReplaySpeed } from '@/domain/recording';
import { cx } from '@/lib/cx';
import { useRecordingsStore } from '@/store/recordings-store';

const SPEEDS: { value: ReplaySpeed; label: string }[] = [
  { value: 1, label: 'Original pace' },
  { value: 2, label: '2× speed' },
  { value: 'instant', label: 'Instant' },
];

export function ReplaySpeedPicker() {
  const speed = useRecordingsStore((state) => state.speed);
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Replay speed</legend>
      <span aria-hidden="true" className="text-xs font-medium text-ink-muted">
        Replay speed
      </span>
      {SPEEDS.map((option) => (
        <label
          key={String(option.value)}
          className={cx(
            'relative cursor-pointer rounded-full border px-2.5 py-1 text-xs has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
            speed === option.value
              ? 'border-accent bg-accent/10 text-ink'
              : 'border-line text-ink-muted hover:bg-surface-3',
          )}
        >
          <input
            type="radio"
            name={name}
            className="absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
            checked={speed === option.value}
            onChange={() => useRecordingsStore.getState().setSpeed(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
