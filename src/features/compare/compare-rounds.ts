// A comparison read as rounds: the nth prompt of every column and each column's answer to it.
import type {
  AssistantMessage,
  CompareColumn,
  CompareSession,
  UserMessage,
} from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { columnTree } from '@/store/compare-slice';

export interface ColumnRound {
  prompt: UserMessage;
  /** The answer shown under the prompt; absent until one was started. */
  answer?: AssistantMessage;
}

/** The shown branch of a column as (prompt, answer) pairs, oldest first. */
export function columnRounds(column: CompareColumn): ColumnRound[] {
  const rounds: ColumnRound[] = [];
  for (const message of activePath(columnTree(column))) {
    if (message.role === 'user') rounds.push({ prompt: message });
    else {
      const last = rounds[rounds.length - 1];
      if (last) last.answer = message;
    }
  }
  return rounds;
}

/** Rounds of the whole comparison: the most any column has (a column added later has fewer). */
export function roundCount(session: CompareSession): number {
  return Math.max(0, ...session.columns.map((column) => columnRounds(column).length));
}

/** Column letters, A to D, by position. */
export function columnLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * A column's region name: its model id, exactly, when no other column has that model; otherwise
 * the model id followed by what tells them apart, so a name search by model id finds all of them
 * and the default two-column case stays unambiguous.
 */
export function columnName(session: CompareSession, index: number): string {
  const column = session.columns[index];
  if (!column) return '';
  const { modelId, thinking } = column.settings;
  const shared = session.columns.filter((other) => other.settings.modelId === modelId).length > 1;
  if (!shared) return modelId;
  return `${modelId} (column ${columnLetter(index)}, thinking ${thinking ? 'on' : 'off'})`;
}
