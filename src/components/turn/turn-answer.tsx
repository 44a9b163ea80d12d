// The body of an assistant turn, shared by the chat and the compare columns: the answer (or a
// waiting hint before the first token), then the error and the notes on how the turn ended.
import { Markdown } from '@/components/markdown/deferred-markdown';
import { TurnError } from '@/components/turn/turn-error';
import type { TurnFailure, TurnState } from '@/components/turn/turn-shapes';

/** What the body reads of a turn; an AssistantMessage fits as it is. */
export interface TurnAnswerSource {
  status: TurnState;
  reasoning: string;
  content: string;
  error?: TurnFailure;
  finishReason?: string;
}

const statusNote: Partial<Record<TurnState, string>> = {
  stopped: 'Stopped. What arrived is kept.',
  interrupted: 'Interrupted: the page closed before this answer finished.',
};

export function TurnAnswer({ message }: { message: TurnAnswerSource }) {
  const streaming = message.status === 'streaming';
  const waiting = streaming && !message.reasoning && !message.content;
  const note = statusNote[message.status];
  return (
    <>
      <div data-testid="answer" className="min-w-0">
        {waiting ? (
          <p className="flex items-center gap-2 text-sm text-ink-muted" role="status">
            <span className="inline-flex gap-1" aria-hidden="true">
              <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-ink-muted [animation-delay:-0.3s]" />
              <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-ink-muted [animation-delay:-0.15s]" />
              <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-ink-muted" />
            </span>
            Waiting for the model…
          </p>
        ) : (
          <Markdown text={message.content} streaming={streaming} variant="answer" />
        )}
      </div>
      {message.error && <TurnError error={message.error} />}
      {note && <p className="text-xs text-ink-muted italic">{note}</p>}
      {message.finishReason === 'length' && (
        <p className="text-xs text-ink-muted italic">
          The answer hit the token limit (max tokens) and was cut short.
        </p>
      )}
    </>
  );
}
