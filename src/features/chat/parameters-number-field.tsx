// One numeric parameter. What is typed stays as typed while it is out of range (marked invalid,
// not sent); leaving the field snaps it into range. An empty field is not sent.
import { useState } from 'react';
import { cx } from '@/lib/cx';
import { PARAM_LIMITS } from '@/api/request-body';
import { checkNumber, type NumericFieldSpec } from '@/features/chat/parameters-fields';

export function NumberField({
  spec,
  id,
  value,
  placeholder,
  disabled,
  disabledHint,
  onChange,
}: {
  spec: NumericFieldSpec;
  id: string;
  value: number | undefined;
  placeholder: string;
  disabled?: boolean;
  disabledHint?: string;
  onChange: (value: number | undefined) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (value === undefined ? '' : String(value));
  const check = checkNumber(spec.key, shown);
  const limit = PARAM_LIMITS[spec.key];
  const hint = disabled && disabledHint ? disabledHint : check.kind === 'invalid' ? check.message : spec.hint;

  return (
    <div className="grid grid-cols-[1fr_6.5rem] items-center gap-x-3 gap-y-0.5">
      <label htmlFor={id} className={cx('text-sm font-medium', disabled && 'text-ink-muted')}>
        {spec.label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={limit.min}
        max={limit.max >= Number.MAX_SAFE_INTEGER ? undefined : limit.max}
        step={spec.step}
        value={shown}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={check.kind === 'invalid'}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const raw = event.target.value;
          setTyped(raw);
          const next = checkNumber(spec.key, raw);
          if (next.kind === 'ok') onChange(next.value);
          else if (next.kind === 'empty') onChange(undefined);
        }}
        onBlur={() => {
          if (check.kind === 'invalid' && check.clamped !== undefined) onChange(check.clamped);
          setTyped(null);
        }}
        className={cx(
          'h-8 w-full rounded-lg border bg-surface-2 px-2 text-right text-sm tabular-nums focus:outline-2 focus:outline-accent disabled:opacity-50',
          check.kind === 'invalid' ? 'border-danger' : 'border-line',
        )}
      />
      <p id={`${id}-hint`} className={cx('col-span-2 text-xs', check.kind === 'invalid' ? 'text-danger' : 'text-ink-muted')}>
        {hint}
      </p>
    </div>
  );
}
