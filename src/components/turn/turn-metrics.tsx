// The figures under a finished turn: speed, tokens and cost when the provider reports it.
import type { TurnClock, TurnTokenUsage } from '@/components/turn/turn-shapes';
import { formatInteger, formatRate, formatSeconds, formatUsd } from '@/lib/format';
import { turnFigures } from '@/components/turn/turn-figures';

export function TurnMetrics({
  message,
}: {
  message: { timings: TurnClock; usage?: TurnTokenUsage; demo: boolean };
}) {
  const figures = turnFigures(message);
  const items: [label: string, value: string][] = [];
  if (figures.timeToFirstTokenMs !== undefined)
    items.push(['First token', formatSeconds(figures.timeToFirstTokenMs)]);
  if (figures.reasoningMs !== undefined)
    items.push(['Reasoning', formatSeconds(figures.reasoningMs)]);
  if (figures.totalMs !== undefined) items.push(['Total', formatSeconds(figures.totalMs)]);
  if (figures.tokensPerSecond !== undefined)
    items.push(['Speed', formatRate(figures.tokensPerSecond)]);
  if (figures.promptTokens !== undefined)
    items.push(['Prompt', `${formatInteger(figures.promptTokens)} tok`]);
  if (figures.completionTokens !== undefined)
    items.push(['Completion', `${formatInteger(figures.completionTokens)} tok`]);
  if (figures.reasoningTokens !== undefined)
    items.push(['Reasoning tokens', `${formatInteger(figures.reasoningTokens)} tok`]);
  if (figures.costUsd !== undefined) items.push(['Cost', formatUsd(figures.costUsd)]);
  if (items.length === 0) return null;

  return (
    <dl
      data-testid="metrics"
      // relative: keeps the sr-only label inside a scrolling column instead of widening the page.
      className="relative flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted tabular-nums"
    >
      {items.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt>{label}</dt>
          <dd className="font-medium text-ink">{value}</dd>
        </div>
      ))}
      {message.demo && (
        <div className="flex gap-1">
          <dt className="sr-only">Provider</dt>
          <dd>offline demo</dd>
        </div>
      )}
    </dl>
  );
}
