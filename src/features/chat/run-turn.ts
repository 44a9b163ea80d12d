// One assistant turn as a plain async function: placeholder → stream → batched deltas →
// finish or fail. Components only start it and stop it; the store only receives its results.
import { startChatCompletion } from '@/api/chat-completions';
import { ApiError } from '@/api/http-error';
import { buildChatRequestBody } from '@/api/request-body';
import type { AssistantMessage, TurnError, Usage } from '@/domain/conversation';
import { historyUpTo } from '@/domain/conversation-tree';
import { getModel } from '@/domain/models';
import { createFrameScheduler } from '@/lib/frame-scheduler';
import { newId } from '@/lib/ids';
import { useChatStore } from '@/store/chat-store';
import { beginTurn, endTurn } from '@/features/chat/active-turns';
import { currentConnection } from '@/features/chat/turn-connection';

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function toTurnError(error: unknown): TurnError {
  if (error instanceof ApiError) {
    return { kind: error.kind, status: error.status, message: error.message };
  }
  return { kind: 'stream', message: error instanceof Error ? error.message : String(error) };
}

/** Streams an answer to the prompt `promptId` (and the branch above it) as a new message. */
export async function runAssistantTurn(conversationId: string, promptId: string): Promise<void> {
  const store = useChatStore.getState();
  const conversation = store.conversations[conversationId];
  if (!conversation) return;

  const { settings } = conversation;
  const connection = currentConnection();
  const history = historyUpTo(conversation, promptId);
  const body = buildChatRequestBody(settings, history, { stream: true });
  const assistant: AssistantMessage = {
    id: newId('m'),
    parentId: promptId,
    role: 'assistant',
    modelId: settings.modelId,
    thinking: settings.thinking && getModel(settings.modelId).canThink,
    reasoning: '',
    content: '',
    status: 'streaming',
    timings: { startedAt: Date.now() },
    demo: connection.demo,
    createdAt: Date.now(),
  };
  store.addAssistantMessage(conversationId, assistant);

  // Deltas are gathered here and handed to the store at most once per frame.
  let pendingReasoning = '';
  let pendingContent = '';
  let firstReasoningAt: number | undefined;
  let firstContentAt: number | undefined;
  const scheduler = createFrameScheduler(() => {
    if (!pendingReasoning && !pendingContent) return;
    useChatStore.getState().applyAssistantDelta(conversationId, assistant.id, {
      reasoning: pendingReasoning,
      content: pendingContent,
      firstReasoningAt,
      firstContentAt,
    });
    pendingReasoning = '';
    pendingContent = '';
  });

  const controller = beginTurn(conversationId);
  let usage: Usage | undefined;
  let finishReason: string | undefined;
  let failure: TurnError | undefined;
  let status: AssistantMessage['status'] = 'done';

  try {
    const response = await startChatCompletion({
      baseUrl: connection.baseUrl,
      apiKey: connection.apiKey,
      body,
      signal: controller.signal,
      fetchImpl: connection.fetchImpl,
    });
    for await (const event of response.events) {
      switch (event.type) {
        case 'reasoning':
          firstReasoningAt ??= Date.now();
          pendingReasoning += event.text;
          scheduler.schedule();
          break;
        case 'content':
          firstContentAt ??= Date.now();
          pendingContent += event.text;
          scheduler.schedule();
          break;
        case 'usage':
          usage = event.usage;
          break;
        case 'finish':
          finishReason = event.reason;
          break;
        case 'notice':
          console.warn(event.message);
          break;
        case 'error':
          failure = {
            kind: event.error.kind === 'cut' ? 'cut' : 'stream',
            status: event.error.status,
            message: event.error.message,
          };
          break;
      }
    }
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) status = 'stopped';
    else failure = toTurnError(error);
  } finally {
    endTurn(conversationId, controller);
    scheduler.flush();
    scheduler.cancel();
  }

  if (failure) status = 'error';
  useChatStore.getState().finishAssistant(conversationId, assistant.id, {
    status,
    error: failure,
    finishReason,
    usage,
    finishedAt: Date.now(),
  });
}
