// Under the columns: the figures of the last prompt side by side, the vote for it, and the
// word diff of two answers on demand.
import { useState } from 'react';
import { Button } from '@/components/button';
import { cx } from '@/lib/cx';
import { useChatStore } from '@/store/chat-store';
import { answerFigures, figureRows } from '@/features/compare/compare-figures';
import { columnLetter, columnRounds, roundCount } from '@/features/compare/compare-rounds';
import { DiffDialog } from '@/features/compare/diff-dialog';
import { FiguresTable } from '@/features/compare/figures-table';
import { useComparisonStreaming, useSettledSession } from '@/features/compare/use-compare';

export function RoundPanel({ conversationId }: { conversationId: string }) {
  const session = useSettledSession(conversationId);
  const streaming = useComparisonStreaming(conversationId);
  const [diffOpen, setDiffOpen] = useState(false);
  if (!session) return null;
  const rounds = roundCount(session);
  if (rounds === 0) return null;
  const round = rounds - 1;
  const answers = session.columns.map((column) => columnRounds(column)[round]?.answer);
  const rows = figureRows(answers.map(answerFigures)).map((row) => ({
    ...row,
    label: row.spec.label,
  }));
  const headers = session.columns.map(
    (column, index) =>
      `${columnLetter(index)} · ${column.settings.modelId.replace(/^alibaba\//, '')}`,
  );
  const vote = session.votes[String(round)];
  const many = session.columns.length > 2;
  const choices = [
    ...session.columns.map((column, index) => ({
      id: column.id,
      label: `${columnLetter(index)} ${many ? 'best' : 'better'}`,
    })),
    { id: 'tie', label: 'Tie' },
  ];
  const answered = answers.filter((answer) => answer && answer.content.trim()).length;

  return (
    <section aria-label="Last prompt" className="flex flex-col gap-3">
      <FiguresTable
        caption={
          <>
            Figures{' '}
            <span className="font-normal text-ink-muted">{`· prompt ${round + 1}${streaming ? ' · still streaming' : ''}`}</span>
          </>
        }
        headers={headers}
        rows={rows}
      />
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="group"
          aria-label={`Vote for prompt ${round + 1}`}
          className="flex flex-wrap items-center gap-1.5"
        >
          <span className="mr-1 text-sm text-ink-muted" aria-hidden="true">
            Which answer is better?
          </span>
          {choices.map((choice) => (
            <Button
              key={choice.id}
              size="sm"
              variant={vote === choice.id ? 'primary' : 'secondary'}
              aria-pressed={vote === choice.id}
              disabled={streaming}
              className={cx(vote === choice.id && 'ring-2 ring-accent/40')}
              onClick={() =>
                useChatStore
                  .getState()
                  .setCompareVote(conversationId, round, vote === choice.id ? null : choice.id)
              }
            >
              {choice.label}
            </Button>
          ))}
        </div>
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto"
          disabled={answered < 2}
          onClick={() => setDiffOpen(true)}
        >
          Show differences
        </Button>
      </div>
      <DiffDialog
        open={diffOpen}
        onClose={() => setDiffOpen(false)}
        session={session}
        round={round}
      />
    </section>
  );
}
