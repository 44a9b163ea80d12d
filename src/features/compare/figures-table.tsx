// A table of figures: rows of values per column, the better value of each row marked in words
// (and a check), never by colour alone.
import { Icon } from '@/components/icons';
import type { FigureSpec } from '@/features/compare/compare-figures';

export interface TableRow {
  spec: FigureSpec;
  label: string;
  values: (number | undefined)[];
  best: boolean[];
}

export function FiguresTable({
  caption,
  headers,
  rows,
  extraRows,
}: {
  caption: React.ReactNode;
  headers: string[];
  rows: TableRow[];
  /** Rows of text that come first (votes won, for the summary). */
  extraRows?: { label: string; cells: string[] }[];
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line">
      <table className="w-full border-collapse text-sm tabular-nums">
        <caption className="px-3 pt-2 pb-1 text-left text-sm font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-xs text-ink-muted">
            <th scope="col" className="px-3 py-1.5 text-left font-medium">
              <span className="sr-only">Figure</span>
            </th>
            {headers.map((header) => (
              <th
                key={header}
                scope="col"
                className="px-3 py-1.5 text-right font-medium whitespace-nowrap"
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {extraRows?.map((row) => (
            <tr key={row.label} className="border-b border-line/60">
              <th
                scope="row"
                className="px-3 py-1.5 text-left font-normal whitespace-nowrap text-ink-muted"
              >
                {row.label}
              </th>
              {row.cells.map((text, index) => (
                <td key={index} className="px-3 py-1.5 text-right font-medium">
                  {text}
                </td>
              ))}
            </tr>
          ))}
          {rows.map((row) => (
            <tr key={row.spec.key} className="border-b border-line/60 last:border-0">
              <th
                scope="row"
                className="px-3 py-1.5 text-left font-normal whitespace-nowrap text-ink-muted"
              >
                {row.label}
                <span className="sr-only">
                  {row.spec.better === 'lower' ? ' (lower is better)' : ' (higher is better)'}
                </span>
              </th>
              {row.values.map((value, index) => (
                <td
                  key={index}
                  className={`px-3 py-1.5 text-right whitespace-nowrap ${row.best[index] ? 'font-semibold text-ink' : 'text-ink'}`}
                >
                  {value === undefined ? (
                    <span className="text-ink-muted">—</span>
                  ) : (
                    <>
                      {row.spec.format(value)}
                      {row.best[index] && (
                        <span className="ml-1.5 inline-flex items-center gap-0.5 rounded bg-accent/15 px-1 text-xs font-medium text-accent">
                          <Icon name="check" /> best
                        </span>
                      )}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
