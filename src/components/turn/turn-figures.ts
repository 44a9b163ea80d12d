// The figures of a finished turn, derived from its timings and usage.
import type { TurnClock, TurnTokenUsage } from '@/components/turn/turn-shapes';

export interface TurnFigures {
  timeToFirstTokenMs?: number;
  /** Time to the first reasoning token, and to the first answer token, measured apart. */
  timeToFirstReasoningMs?: number;
  timeToFirstAnswerMs?: number;
  reasoningMs?: number;
  totalMs?: number;
  tokensPerSecond?: number;
  promptTokens?: number;
  completionTokens?: number;
  reasoningTokens?: number;
  costUsd?: number;
}

export function turnFigures(message: { timings: TurnClock; usage?: TurnTokenUsage }): TurnFigures {
  const { startedAt, firstReasoningAt, firstContentAt, finishedAt } = message.timings;
  const firstTokenAt = firstReasoningAt ?? firstContentAt;
  const figures: TurnFigures = {
    promptTokens: message.usage?.promptTokens,
    completionTokens: message.usage?.completionTokens,
    reasoningTokens: message.usage?.reasoningTokens,
    costUsd: message.usage?.costUsd,
  };
  if (firstTokenAt !== undefined) figures.timeToFirstTokenMs = firstTokenAt - startedAt;
  if (firstReasoningAt !== undefined) figures.timeToFirstReasoningMs = firstReasoningAt - startedAt;
  if (firstContentAt !== undefined) figures.timeToFirstAnswerMs = firstContentAt - startedAt;
  if (firstReasoningAt !== undefined) {
    figures.reasoningMs = (firstContentAt ?? finishedAt ?? firstReasoningAt) - firstReasoningAt;
  }
  if (finishedAt !== undefined) figures.totalMs = finishedAt - startedAt;
  const generatingMs =
    finishedAt !== undefined && firstTokenAt !== undefined ? finishedAt - firstTokenAt : 0;
  if (message.usage && generatingMs > 0) {
    figures.tokensPerSecond = message.usage.completionTokens / (generatingMs / 1000);
  }
  return figures;
}
