// The reasoning of a turn, above its answer: open and live while the model thinks,
// folded to one line ("Thought for 4.2 s") once the answer starts; the user can reopen it.
import { useId, useState } from 'react';
import { Icon } from '@/components/icons';
import { Markdown } from '@/components/markdown/deferred-markdown';
import type { TurnClock, TurnState } from '@/components/turn/turn-shapes';

/** What the panel reads of a turn; an AssistantMessage fits as it is. */
export interface ReasoningSource {
  reasoning: string;
  content: string;
  status: TurnState;
  timings: TurnClock;
}
import { formatSeconds } from '@/lib/format';
import { cx } from '@/lib/cx';

function summary(message: ReasoningSource): string {
  const { firstReasoningAt, firstContentAt, finishedAt } = message.timings;
  const thinkingNow = message.status === 'streaming' && !message.content;
  if (thinkingNow) return 'Reasoning…';
  const end = firstContentAt ?? finishedAt;
  if (firstReasoningAt === undefined || end === undefined) return 'Reasoning';
  const took = `Thought for ${formatSeconds(Math.max(0, end - firstReasoningAt))}`;
  return firstContentAt === undefined && message.status !== 'done' ? `${took} (cut off)` : took;
}

export function ReasoningPanel({ message }: { message: ReasoningSource }) {
  const [userChoice, setUserChoice] = useState<boolean | null>(null);
  const panelId = useId();
  const thinkingNow = message.status === 'streaming' && !message.content;
  const open = userChoice ?? thinkingNow;

  return (
    <div data-testid="reasoning" className="mb-1 rounded-xl border border-think/25 bg-think/5 text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setUserChoice(!open)}
        className="flex w-full items-center gap-2 rounded-xl px-3 py-2 text-left text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
      >
        <Icon
          name="chevronRight"
          className={cx(
            'shrink-0 transition-transform motion-reduce:transition-none',
            open && 'rotate-90',
          )}
        />
        {/* Not pulsing while it thinks: an endless animation restyles and repaints every frame of
            the stream; the summary says "Reasoning…" and the reasoning grows below it. */}
        <Icon name="brain" className="shrink-0 text-think" />
        <span className="font-medium">{summary(message)}</span>
      </button>
      <div id={panelId} hidden={!open} className="border-t border-think/15 px-4 pt-2 pb-3">
        {/* Folded reasoning is not rendered at all: long traces cost nothing while hidden. */}
        {open && <Markdown text={message.reasoning} streaming={thinkingNow} variant="reasoning" />}
      </div>
    </div>
  );
}
