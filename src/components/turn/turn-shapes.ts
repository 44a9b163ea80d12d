// The shapes the turn pieces read. Structural on purpose: the design system knows nothing of the
// domain, yet a domain AssistantMessage fits these as it is (props in, markup out).

export interface TurnClock {
  startedAt: number;
  firstReasoningAt?: number;
  firstContentAt?: number;
  finishedAt?: number;
}

export interface TurnTokenUsage {
  promptTokens: number;
  completionTokens: number;
  reasoningTokens?: number;
  costUsd?: number;
}

/** `streaming` is the only status the pieces treat specially. */
export type TurnState = 'streaming' | 'done' | 'stopped' | 'error' | 'interrupted';

export interface TurnFailure {
  status?: number;
  kind: 'http' | 'network' | 'stream' | 'cut' | 'aborted';
  message: string;
}
