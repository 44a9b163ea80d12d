// The word-level differences of two columns' answers to one prompt (lib/word-diff), marked with
// <del>/<ins> and a legend, so the change reads without colour.
import { useId, useMemo, useState } from 'react';
import { Dialog } from '@/components/dialog';
import type { CompareSession } from '@/domain/conversation';
import { diffWords, similarity } from '@/lib/word-diff';
import { columnLetter, columnRounds } from '@/features/compare/compare-rounds';

export function DiffDialog({
  open,
  onClose,
  session,
  round,
}: {
  open: boolean;
  onClose: () => void;
  session: CompareSession;
  round: number;
}) {
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(1);
  const id = useId();
  const answers = session.columns.map(
    (column) => columnRounds(column)[round]?.answer?.content ?? '',
  );
  const a = answers[Math.min(left, answers.length - 1)] ?? '';
  const b = answers[Math.min(right, answers.length - 1)] ?? '';
  const parts = useMemo(() => (open ? diffWords(a, b) : []), [open, a, b]);
  const options = session.columns.map((column, index) => (
    <option key={column.id} value={index}>
      {`${columnLetter(index)} · ${column.settings.modelId}`}
    </option>
  ));

  return (
    <Dialog open={open} title="Differences" onClose={onClose} wide>
      <div className="flex flex-col gap-3">
        {session.columns.length > 2 && (
          <div className="flex flex-wrap gap-3 text-sm">
            <label htmlFor={`${id}-from`} className="flex items-center gap-2">
              From
              <select
                id={`${id}-from`}
                value={left}
                onChange={(event) => setLeft(Number(event.target.value))}
                className="h-8 rounded-lg border border-line bg-surface-2 px-2"
              >
                {options}
              </select>
            </label>
            <label htmlFor={`${id}-to`} className="flex items-center gap-2">
              To
              <select
                id={`${id}-to`}
                value={right}
                onChange={(event) => setRight(Number(event.target.value))}
                className="h-8 rounded-lg border border-line bg-surface-2 px-2"
              >
                {options}
              </select>
            </label>
          </div>
        )}
        <p className="text-xs text-ink-muted">
          {`Prompt ${round + 1}: from column ${columnLetter(left)} to column ${columnLetter(right)}. `}
          <del className="rounded bg-danger/15 px-0.5 text-ink">struck out</del> only in{' '}
          {columnLetter(left)},{' '}
          <ins className="rounded bg-accent/15 px-0.5 text-ink underline">underlined</ins> only in{' '}
          {columnLetter(right)}.{' '}
          {`${Math.round(similarity(parts) * 100)}% of the words are shared.`}
        </p>
        <p
          data-testid="word-diff"
          className="text-sm leading-relaxed break-words whitespace-pre-wrap"
        >
          {parts.map((part, index) =>
            part.kind === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.kind === 'removed' ? (
              <del key={index} className="rounded bg-danger/15 px-0.5 text-ink decoration-danger">
                {part.text}
              </del>
            ) : (
              <ins
                key={index}
                className="rounded bg-accent/15 px-0.5 text-ink underline decoration-accent"
              >
                {part.text}
              </ins>
            ),
          )}
        </p>
      </div>
    </Dialog>
  );
}
