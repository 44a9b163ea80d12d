// One column of a comparison: a region named by its model id, with its own settings, its own
// history, and a stop for this column alone.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { ColumnSettings } from '@/features/compare/column-settings';
import { ColumnTurns } from '@/features/compare/column-turns';
import { columnLetter, columnName } from '@/features/compare/compare-rounds';
import { stopColumnTurn } from '@/features/compare/compare-turns';
import {
  useColumnPlace,
  useColumnSettings,
  useColumnStreaming,
  useComparisonStreaming,
} from '@/features/compare/use-compare';

export function CompareColumn({
  conversationId,
  columnId,
}: {
  conversationId: string;
  columnId: string;
}) {
  const { index, count } = useColumnPlace(conversationId, columnId);
  const settings = useColumnSettings(conversationId, columnId);
  const name = useChatStore((state) => {
    const session = state.conversations[conversationId]?.compare;
    return session ? columnName(session, index) : '';
  });
  const streaming = useColumnStreaming(conversationId, columnId);
  const anyStreaming = useComparisonStreaming(conversationId);
  if (!settings || index < 0) return null;
  const letter = columnLetter(index);

  return (
    <section
      aria-label={name}
      data-column-id={columnId}
      className="relative flex w-[min(100%,34rem)] min-w-[min(100%,22rem)] flex-1 shrink-0 snap-start flex-col gap-3 rounded-2xl border border-line bg-surface-2/50 p-3 md:min-w-[20rem] xl:min-w-[16rem]"
    >
      <header className="flex items-center gap-2">
        <span
          className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent/15 text-sm font-semibold text-accent"
          aria-hidden="true"
        >
          {letter}
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium">{getModel(settings.modelId).label}</p>
          <p className="truncate font-mono text-xs text-ink-muted">{settings.modelId}</p>
        </div>
        {streaming && (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => stopColumnTurn(conversationId, columnId)}
          >
            <Icon name="stop" /> {`Halt column ${letter}`}
          </Button>
        )}
        {count > 1 && (
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Remove column ${letter}`}
            title={`Remove column ${letter}`}
            disabled={anyStreaming}
            onClick={() => useChatStore.getState().removeCompareColumn(conversationId, columnId)}
          >
            <Icon name="x" />
          </Button>
        )}
      </header>
      <ColumnSettings conversationId={conversationId} columnId={columnId} letter={letter} />
      <ColumnTurns conversationId={conversationId} columnId={columnId} />
    </section>
  );
}
