// One assistant turn: reasoning above, the answer, an error if any, figures and actions.
import { Icon } from '@/components/icons';
import { Button } from '@/components/button';
import type { AssistantMessage } from '@/domain/conversation';
import { getModel } from '@/domain/models';
import { ReasoningPanel } from '@/components/turn/reasoning-panel';
import { TurnAnswer } from '@/components/turn/turn-answer';
import { TurnMetrics } from '@/components/turn/turn-metrics';
import { ClipboardButton } from '@/components/clipboard-button';
import { markdownToPlainTextLater } from '@/lib/load-markdown-plain-text';
import { SaveRecordingButton } from '@/features/chat/save-recording-button';
import { regenerate } from '@/features/chat/chat-actions';
import { VersionSwitcher } from '@/features/chat/version-switcher';
import { useChatExtensions } from '@/features/chat/chat-extensions';

export function AssistantTurn({
  conversationId,
  message,
}: {
  conversationId: string;
  message: AssistantMessage;
}) {
  const streaming = message.status === 'streaming';
  const showReasoning = message.thinking || message.reasoning !== '';
  const canRetry = message.status === 'error' || message.status === 'interrupted';
  const { TurnTools } = useChatExtensions();

  return (
    <article
      aria-label={`Assistant, ${message.modelId}`}
      aria-busy={streaming}
      className="group/turn flex flex-col gap-2"
    >
      <header className="flex items-center gap-2 text-xs text-ink-muted">
        <span className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-accent/15 text-accent">
          <Icon name="sparkles" />
        </span>
        <span className="font-medium text-ink">{getModel(message.modelId).label}</span>
        <span className="hidden font-mono sm:inline">{message.modelId}</span>
        {message.demo && (
          <span className="rounded bg-amber-400/15 px-1.5 py-px text-amber-800 dark:text-amber-200">
            demo
          </span>
        )}
        {message.replay && (
          <span className="rounded bg-accent/10 px-1.5 py-px text-accent">replay</span>
        )}
        {TurnTools && (
          <span className="ml-auto">
            <TurnTools conversationId={conversationId} messageId={message.id} />
          </span>
        )}
      </header>

      {showReasoning && (message.reasoning || streaming) && <ReasoningPanel message={message} />}

      <TurnAnswer message={message} />

      {!streaming && (
        <footer className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <TurnMetrics message={message} />
          <div className="ml-auto flex items-center gap-1">
            <VersionSwitcher conversationId={conversationId} messageId={message.id} />
            {canRetry && (
              <Button size="sm" variant="primary" onClick={() => regenerate(conversationId, message)}>
                <Icon name="refresh" /> Retry
              </Button>
            )}
            <SaveRecordingButton conversationId={conversationId} message={message} />
            <ClipboardButton
              text={message.content}
              label="Copy"
              title="Copy the answer as markdown"
            />
            <ClipboardButton
              text={() => markdownToPlainTextLater(message.content)}
              label="Plain text to clipboard"
            >
              <span className="text-xs">Text</span>
            </ClipboardButton>
            <Button
              size="sm"
              variant="ghost"
              aria-label="Regenerate"
              title="Regenerate this answer"
              onClick={() => regenerate(conversationId, message)}
            >
              <Icon name="refresh" />
            </Button>
          </div>
        </footer>
      )}
    </article>
  );
}
