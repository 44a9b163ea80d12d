// The whole comparison at a glance: votes per column, and each column's mean figures over rounds.
import type { CompareSession } from '@/domain/conversation';
import {
  answerFigures,
  bestCells,
  mean,
  type FigureSpec,
  FIGURE_SPECS,
} from '@/features/compare/compare-figures';
import { columnRounds, roundCount } from '@/features/compare/compare-rounds';

export interface SummaryRow {
  spec: FigureSpec;
  /** Per column: the mean over its finished rounds (the sum, for cost). */
  values: (number | undefined)[];
  best: boolean[];
}

export interface ComparisonSummary {
  rounds: number;
  /** Per column, in column order. */
  wins: number[];
  ties: number;
  undecided: number;
  rows: SummaryRow[];
}

export function comparisonSummary(session: CompareSession): ComparisonSummary {
  const rounds = roundCount(session);
  const wins = session.columns.map(
    (column) => Object.values(session.votes).filter((vote) => vote === column.id).length,
  );
  const ties = Object.values(session.votes).filter((vote) => vote === 'tie').length;
  const decided = wins.reduce((sum, count) => sum + count, 0) + ties;

  const perColumn = session.columns.map((column) =>
    columnRounds(column).map((round) =>
      answerFigures(round.answer?.status === 'done' ? round.answer : undefined),
    ),
  );
  const rows = FIGURE_SPECS.map((spec): SummaryRow => {
    const values = perColumn.map((figures) => {
      const known = figures.map((entry) => entry?.[spec.key]);
      if (spec.key !== 'costUsd') return mean(known);
      const costs = known.filter((value): value is number => value !== undefined);
      return costs.length ? costs.reduce((sum, value) => sum + value, 0) : undefined;
    });
    return { spec, values, best: bestCells(values, spec.better, spec.zeroIsAbsent) };
  }).filter((row) => row.values.some((value) => value !== undefined));

  return { rounds, wins, ties, undecided: Math.max(0, rounds - decided), rows };
}
