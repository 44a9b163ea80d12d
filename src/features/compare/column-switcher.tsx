// At phone width one column of a comparison shows at a time: these buttons jump between them,
// and the one for the column in view is marked (swiping the columns moves the mark too).
import { useEffect, useState, type RefObject } from 'react';
import { cx } from '@/lib/cx';
import { columnLetter } from '@/features/compare/compare-rounds';

/** The column whose left edge is nearest the scroller's. */
function columnInView(scroller: HTMLElement): number {
  const left = scroller.getBoundingClientRect().left;
  let nearest = 0;
  let nearestDistance = Infinity;
  Array.from(scroller.children).forEach((column, index) => {
    const distance = Math.abs(column.getBoundingClientRect().left - left);
    if (distance < nearestDistance) [nearest, nearestDistance] = [index, distance];
  });
  return nearest;
}

export function ColumnSwitcher({
  columnIds,
  columns,
}: {
  columnIds: readonly string[];
  columns: RefObject<HTMLDivElement | null>;
}) {
  const [shown, setShown] = useState(0);

  useEffect(() => {
    const scroller = columns.current;
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setShown(columnInView(scroller)));
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [columns]);

  return (
    <nav aria-label="Columns" className="-mb-2 flex gap-1.5 sm:hidden">
      {columnIds.map((columnId, index) => (
        <button
          key={columnId}
          type="button"
          aria-current={index === shown ? 'true' : undefined}
          onClick={() => {
            setShown(index);
            columns.current
              ?.querySelector(`[data-column-id="${columnId}"]`)
              ?.scrollIntoView({ inline: 'start', block: 'nearest' });
          }}
          className={cx(
            'rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-accent',
            index === shown
              ? 'border-accent bg-accent text-accent-ink'
              : 'border-line bg-surface-2 text-ink hover:bg-surface-3',
          )}
        >
          {`Column ${columnLetter(index)}`}
        </button>
      ))}
    </nav>
  );
}
