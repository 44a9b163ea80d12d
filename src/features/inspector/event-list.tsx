// The raw SSE events of a turn, virtualised: fixed-height rows, only the visible ones rendered,
// so thousands of events scroll smoothly while more arrive. Follows the end while it is in view.
import { useLayoutEffect, useRef, useState } from 'react';
import type { RawSseEvent } from '@/api/chat-events';
import { ClipboardButton } from '@/components/clipboard-button';
import { cx } from '@/lib/cx';
import { followsEndAfterScroll } from '@/lib/scroll-follow';
import { kindOf, summaryOf, type EventKind } from '@/features/inspector/classify-event';

const ROW = 30;
const HEIGHT = 288;
const OVERSCAN = 8;

const kindClass: Record<EventKind, string> = {
  reasoning: 'text-think',
  content: 'text-accent',
  usage: 'text-emerald-700 dark:text-emerald-300',
  other: 'text-ink-muted',
};

export interface ListedEvent {
  /** 1-based position among all events of the turn. */
  number: number;
  event: RawSseEvent;
}

export function EventList({
  items,
  selected,
  onSelect,
  redact,
}: {
  items: readonly ListedEvent[];
  selected: number | undefined;
  onSelect: (number: number) => void;
  redact: (text: string) => string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Starts at the first event; once scrolled to the end it follows new ones there.
  const following = useRef(false);
  // The last scroll event's position (the state can lag it by a render).
  const previousTop = useRef(0);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [items.length]);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + HEIGHT) / ROW) + OVERSCAN);
  const visible = items.slice(first, last);

  return (
    <div
      ref={scroller}
      role="list"
      aria-label="Stream events"
      tabIndex={-1}
      onScroll={(event) => {
        const element = event.currentTarget;
        setScrollTop(element.scrollTop);
        following.current = followsEndAfterScroll(
          following.current,
          previousTop.current,
          element,
          ROW,
        );
        previousTop.current = element.scrollTop;
      }}
      style={{ height: HEIGHT }}
      className="overflow-y-auto rounded-xl border border-line bg-surface-2 font-mono text-xs"
    >
      {items.length === 0 ? (
        <p className="p-3 font-sans text-sm text-ink-muted">No events yet.</p>
      ) : (
        <div style={{ height: items.length * ROW, position: 'relative' }}>
          {visible.map(({ number, event }, index) => {
            const kind = kindOf(event);
            return (
              <div
                key={number}
                role="listitem"
                data-testid="sse-event"
                style={{ position: 'absolute', top: (first + index) * ROW, height: ROW, left: 0, right: 0 }}
                className={cx('flex items-center gap-1 border-b border-line/60 pr-1', selected === number && 'bg-accent/10')}
              >
                <button
                  type="button"
                  aria-label={`Event ${number}: ${kind}, ${Math.round(event.at)} ms`}
                  aria-pressed={selected === number}
                  onClick={() => onSelect(number)}
                  className="flex h-full min-w-0 flex-1 items-center gap-2 px-2 text-left focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
                >
                  <span className="w-10 shrink-0 text-right text-ink-muted tabular-nums">#{number}</span>
                  <span className="w-16 shrink-0 text-right tabular-nums" data-testid="sse-event-time">
                    +{Math.round(event.at)} ms
                  </span>
                  <span className={cx('w-16 shrink-0', kindClass[kind])}>{kind}</span>
                  <span className="truncate text-ink">{redact(summaryOf(event))}</span>
                </button>
                <ClipboardButton text={() => redact(event.data)} label={`To clipboard: event ${number}`} className="h-6" />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
