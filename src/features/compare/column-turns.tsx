// The turns of one column: each prompt (marked when this model got its text only) and the answer,
// built from the shared turn pieces (components/turn), so they read like the chat's turns.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ReasoningPanel } from '@/components/turn/reasoning-panel';
import { TurnAnswer } from '@/components/turn/turn-answer';
import { TurnMetrics } from '@/components/turn/turn-metrics';
import type { AssistantMessage, UserMessage } from '@/domain/conversation';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { useCompareExtensions } from '@/features/compare/compare-extensions';
import { runColumnTurn } from '@/features/compare/run-compare-round';
import {
  useColumnMessage,
  useColumnMessageIds,
  useComparisonStreaming,
} from '@/features/compare/use-compare';

function ColumnPrompt({ message, modelId }: { message: UserMessage; modelId: string }) {
  const { UserTurnImages } = useCompareExtensions();
  const hasImages = message.images.length > 0;
  const textOnly = hasImages && !getModel(modelId).canSee;
  return (
    <article
      aria-label="You"
      data-round-prompt=""
      className="flex max-w-full flex-col items-end gap-1.5 self-end"
    >
      {hasImages && !textOnly && UserTurnImages && <UserTurnImages images={message.images} />}
      {message.text && (
        <p className="rounded-2xl rounded-br-md bg-surface-3 px-3 py-2 text-sm break-words whitespace-pre-wrap">
          {message.text}
        </p>
      )}
      {textOnly && (
        <p className="text-xs text-ink-muted italic">text only: this model cannot see images</p>
      )}
      {hasImages && !textOnly && !UserTurnImages && (
        <p className="text-xs text-ink-muted">{`${message.images.length} image${message.images.length === 1 ? '' : 's'} attached`}</p>
      )}
    </article>
  );
}

function ColumnAnswer({
  conversationId,
  columnId,
  message,
}: {
  conversationId: string;
  columnId: string;
  message: AssistantMessage;
}) {
  const busy = useComparisonStreaming(conversationId);
  const streaming = message.status === 'streaming';
  const showReasoning =
    (message.thinking || message.reasoning !== '') && (message.reasoning || streaming);
  const canRetry = !busy && (message.status === 'error' || message.status === 'interrupted');

  return (
    <article
      aria-label={`Assistant, ${message.modelId}`}
      aria-busy={streaming}
      className="flex min-w-0 flex-col gap-2"
    >
      {showReasoning && <ReasoningPanel message={message} />}
      <TurnAnswer message={message} />
      {!streaming && (
        <footer className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <TurnMetrics message={message} />
          {canRetry && message.parentId && (
            <Button
              size="sm"
              variant="primary"
              className="ml-auto"
              onClick={() => void runColumnTurn(conversationId, columnId, message.parentId!)}
            >
              <Icon name="refresh" /> Retry
            </Button>
          )}
        </footer>
      )}
    </article>
  );
}

function ColumnTurn({
  conversationId,
  columnId,
  messageId,
}: {
  conversationId: string;
  columnId: string;
  messageId: string;
}) {
  const message = useColumnMessage(conversationId, columnId, messageId);
  const modelId = useChatStore(
    (state) =>
      state.conversations[conversationId]?.compare?.columns.find((column) => column.id === columnId)
        ?.settings.modelId,
  );
  if (!message) return null;
  return message.role === 'user' ? (
    <ColumnPrompt message={message} modelId={modelId ?? ''} />
  ) : (
    <ColumnAnswer conversationId={conversationId} columnId={columnId} message={message} />
  );
}

export function ColumnTurns({
  conversationId,
  columnId,
}: {
  conversationId: string;
  columnId: string;
}) {
  const ids = useColumnMessageIds(conversationId, columnId);
  if (ids.length === 0) {
    return (
      <p className="py-6 text-center text-sm text-ink-muted">
        Answers to your prompts appear here.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {ids.map((id) => (
        <ColumnTurn key={id} conversationId={conversationId} columnId={columnId} messageId={id} />
      ))}
    </div>
  );
}
