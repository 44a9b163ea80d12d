// A comparison: its columns side by side (scrolling sideways with snap when they do not fit),
// the figures of the last prompt and the vote under them, the summary, and one composer.
import { useEffect, useRef } from 'react';
import { CompareColumn } from '@/features/compare/compare-column';
import { CompareComposer } from '@/features/compare/compare-composer';
import { RoundPanel } from '@/features/compare/round-panel';
import { SummaryPanel } from '@/features/compare/summary-panel';
import { useColumnIds } from '@/features/compare/use-compare';
import { useCompareExtensions } from '@/features/compare/compare-extensions';
import { ColumnSwitcher } from '@/features/compare/column-switcher';
import { useChatStore } from '@/store/chat-store';

export function CompareView({ conversationId }: { conversationId: string }) {
  const columnIds = useColumnIds(conversationId);
  const { ConversationFrame } = useCompareExtensions();
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useRef<HTMLDivElement>(null);
  const promptCount = useChatStore(
    (state) =>
      state.conversations[conversationId]?.compare?.columns.reduce(
        (sum, column) => sum + column.messages.filter((message) => message.role === 'user').length,
        0,
      ) ?? 0,
  );

  // Opening the comparison and sending a prompt show the latest round from its prompt down:
  // the answers side by side, with the figures under them.
  useEffect(() => {
    // Vertically only (not scrollIntoView): the columns' sideways position stays where it is.
    const element = scroller.current;
    const prompts = element?.querySelector('section')?.querySelectorAll('[data-round-prompt]');
    const last = prompts?.[prompts.length - 1];
    if (!element || !last) return;
    element.scrollTop +=
      last.getBoundingClientRect().top - element.getBoundingClientRect().top - 12;
  }, [promptCount]);

  const view = (
    <div className="flex min-h-0 flex-1 flex-col">
      <div ref={scroller} className="relative min-h-0 flex-1 overflow-y-auto">
        <div className="flex w-full flex-col gap-4 px-3 py-4 sm:px-4">
          {columnIds.length > 1 && <ColumnSwitcher columnIds={columnIds} columns={columns} />}
          <div
            ref={columns}
            data-testid="compare-columns"
            className="flex snap-x snap-mandatory items-start gap-3 overflow-x-auto pb-2 max-sm:scroll-px-0"
          >
            {columnIds.map((columnId) => (
              <CompareColumn key={columnId} conversationId={conversationId} columnId={columnId} />
            ))}
          </div>
          <RoundPanel conversationId={conversationId} />
          <SummaryPanel conversationId={conversationId} />
        </div>
      </div>
      <div className="mx-auto w-full max-w-4xl px-3 pb-4 sm:px-4">
        <CompareComposer conversationId={conversationId} />
      </div>
    </div>
  );
  return ConversationFrame ? (
    <ConversationFrame conversationId={conversationId}>{view}</ConversationFrame>
  ) : (
    view
  );
}
