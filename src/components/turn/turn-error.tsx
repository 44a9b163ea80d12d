// A turn's failure, in plain text: the HTTP status where there is one and the server's message.
import { Icon } from '@/components/icons';
import type { TurnFailure as TurnErrorData } from '@/components/turn/turn-shapes';

const headings: Record<TurnErrorData['kind'], string> = {
  http: 'The API answered with an error',
  network: 'Could not reach the API',
  stream: 'The stream reported an error',
  cut: 'The answer was cut off',
  aborted: 'Stopped',
};

export function TurnError({ error }: { error: TurnErrorData }) {
  return (
    <div
      role="alert"
      className="flex gap-2.5 rounded-xl border border-danger/30 bg-danger-surface px-3 py-2.5 text-sm text-ink"
    >
      <Icon name="alert" className="mt-0.5 shrink-0 text-danger" />
      <div className="min-w-0 space-y-0.5">
        <p className="font-semibold">
          {error.status !== undefined ? `HTTP ${error.status} · ` : ''}
          {headings[error.kind]}
        </p>
        <p className="break-words whitespace-pre-wrap">{error.message}</p>
      </div>
    </div>
  );
}
