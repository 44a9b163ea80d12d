// The whole comparison: votes won and mean figures per column, and the Markdown report.
import { Button } from '@/components/button';
import { useChatStore } from '@/store/chat-store';
import { compareReport, reportFileName } from '@/features/compare/compare-report';
import { columnLetter } from '@/features/compare/compare-rounds';
import { comparisonSummary } from '@/features/compare/compare-summary';
import { FiguresTable } from '@/features/compare/figures-table';
import { useSettledSession } from '@/features/compare/use-compare';

function downloadReport(conversationId: string) {
  const conversation = useChatStore.getState().conversations[conversationId];
  if (!conversation) return;
  const url = URL.createObjectURL(
    new Blob([compareReport(conversation)], { type: 'text/markdown;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(conversation);
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function SummaryPanel({ conversationId }: { conversationId: string }) {
  const session = useSettledSession(conversationId);
  if (!session) return null;
  const summary = comparisonSummary(session);
  if (summary.rounds < 1) return null;
  const headers = session.columns.map(
    (column, index) =>
      `${columnLetter(index)} · ${column.settings.modelId.replace(/^alibaba\//, '')}`,
  );

  return (
    <section aria-label="Summary" className="flex flex-col gap-2">
      <FiguresTable
        caption={
          <>
            Summary{' '}
            <span className="font-normal text-ink-muted">
              {`· ${summary.rounds} prompt${summary.rounds === 1 ? '' : 's'}, means per answer · ties ${summary.ties} · without a vote ${summary.undecided}`}
            </span>
          </>
        }
        headers={headers}
        extraRows={[{ label: 'Votes won', cells: summary.wins.map(String) }]}
        rows={summary.rows.map((row) => ({
          ...row,
          label:
            row.spec.key === 'costUsd' ? `${row.spec.label} (total)` : `${row.spec.label} (mean)`,
        }))}
      />
      <div>
        <Button size="sm" variant="secondary" onClick={() => downloadReport(conversationId)}>
          Download report
        </Button>
      </div>
    </section>
  );
}
