// The figures table of a round: one row per figure, one cell per column, the better value marked.
import { turnFigures, type TurnFigures } from '@/components/turn/turn-figures';
import type { AssistantMessage } from '@/domain/conversation';
import { formatInteger, formatRate, formatSeconds, formatUsd } from '@/lib/format';

export type Better = 'lower' | 'higher';

export interface FigureSpec {
  key: keyof TurnFigures;
  label: string;
  better: Better;
  format: (value: number) => string;
  /** Zero means "did not happen" (no reasoning), not "best": such cells are not marked. */
  zeroIsAbsent?: boolean;
}

const tokens = (value: number) => `${formatInteger(value)} tok`;

export const FIGURE_SPECS: FigureSpec[] = [
  {
    key: 'timeToFirstReasoningMs',
    label: 'First reasoning token',
    better: 'lower',
    format: formatSeconds,
  },
  {
    key: 'timeToFirstAnswerMs',
    label: 'First answer token',
    better: 'lower',
    format: formatSeconds,
  },
  { key: 'reasoningMs', label: 'Reasoning time', better: 'lower', format: formatSeconds },
  { key: 'totalMs', label: 'Total time', better: 'lower', format: formatSeconds },
  { key: 'tokensPerSecond', label: 'Speed', better: 'higher', format: formatRate },
  { key: 'promptTokens', label: 'Prompt tokens', better: 'lower', format: tokens },
  { key: 'completionTokens', label: 'Completion tokens', better: 'lower', format: tokens },
  {
    key: 'reasoningTokens',
    label: 'Reasoning tokens',
    better: 'lower',
    format: tokens,
    zeroIsAbsent: true,
  },
  { key: 'costUsd', label: 'Cost', better: 'lower', format: formatUsd },
];

/**
 * Which cells hold the better value: the lowest or highest among the known ones. Nothing is marked
 * with fewer than two values or when all are equal; equal best values are all marked.
 */
export function bestCells(
  values: readonly (number | undefined)[],
  better: Better,
  zeroIsAbsent = false,
): boolean[] {
  if (zeroIsAbsent)
    return bestCells(
      values.map((value) => (value === 0 ? undefined : value)),
      better,
    );
  const known = values.filter(
    (value): value is number => value !== undefined && Number.isFinite(value),
  );
  if (known.length < 2) return values.map(() => false);
  const best = better === 'lower' ? Math.min(...known) : Math.max(...known);
  if (known.every((value) => value === best)) return values.map(() => false);
  return values.map((value) => value === best);
}

/** Figures of a finished answer; a running or missing one has none yet. */
export function answerFigures(answer: AssistantMessage | undefined): TurnFigures | undefined {
  if (!answer || answer.status === 'streaming') return undefined;
  return turnFigures(answer);
}

export interface FigureRow {
  spec: FigureSpec;
  values: (number | undefined)[];
  best: boolean[];
}

/** The rows that have at least one value, for these columns' figures. */
export function figureRows(columns: readonly (TurnFigures | undefined)[]): FigureRow[] {
  return FIGURE_SPECS.map((spec) => {
    const values = columns.map((figures) => figures?.[spec.key]);
    return { spec, values, best: bestCells(values, spec.better, spec.zeroIsAbsent) };
  }).filter((row) => row.values.some((value) => value !== undefined));
}

/** The mean of the known values, or undefined when there is none. */
export function mean(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter(
    (value): value is number => value !== undefined && Number.isFinite(value),
  );
  return known.length ? known.reduce((sum, value) => sum + value, 0) / known.length : undefined;
}
