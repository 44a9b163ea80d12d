// The typed events a chat stream becomes, whatever produced its bytes (live API or demo provider).
import type { Usage } from '@/domain/conversation';

export interface StreamErrorInfo {
  /** `provider`: an error object inside the stream; `cut`: the stream ended before the answer did. */
  kind: 'provider' | 'cut';
  message: string;
  /** HTTP-like status carried by the error object, when it has one. */
  status?: number;
  code?: string;
}

export type ChatEvent =
  | { type: 'reasoning'; text: string }
  | { type: 'content'; text: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; reason: string }
  /** Something was skipped but the stream goes on (a malformed chunk). */
  | { type: 'notice'; message: string }
  /** The stream failed; no further events follow. */
  | { type: 'error'; error: StreamErrorInfo };

/** One raw SSE event as received, for the inspector and for recordings. */
export interface RawSseEvent {
  data: string;
  event?: string;
  /** Milliseconds since the request was sent. */
  at: number;
}
