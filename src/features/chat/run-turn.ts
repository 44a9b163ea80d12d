// One chat turn: placeholder → stream (api/stream-turn) → batched deltas → finish or fail.
// Components only start and stop it; the store only receives its results.
import { resolveConnection } from '@/api/connection';
import { buildChatRequestBody } from '@/api/request-body';
import { streamTurn } from '@/api/load-stream-turn';
import { streamingAnswerTo } from '@/domain/conversation-helpers';
import { historyUpTo } from '@/domain/conversation-tree';
import { getModel } from '@/domain/models';
import { newId } from '@/lib/ids';
import { useChatStore } from '@/store/chat-store';
import { resolveImageDataUrls } from '@/store/image-data-urls';
import { useSettingsStore } from '@/store/settings-store';
import { captureHooks, useTurnCaptures } from '@/store/turn-captures';
import { beginTurn, endTurn } from '@/features/chat/active-turns';

/** Streams an answer to the prompt `promptId` (and the branch above it) as a new message. */
export async function runAssistantTurn(conversationId: string, promptId: string): Promise<void> {
  const store = useChatStore.getState();
  const conversation = store.conversations[conversationId];
  if (!conversation) return;

  const { settings } = conversation;
  const connection = resolveConnection(useSettingsStore.getState());
  const history = historyUpTo(conversation, promptId);
  const assistant = streamingAnswerTo(newId('m'), promptId, settings, connection.demo, Date.now());
  store.addAssistantMessage(conversationId, assistant);

  const controller = beginTurn(conversationId);
  const captures = useTurnCaptures.getState();
  try {
    // Image bytes → data URLs first (only for a model that sees), so the body builder stays pure.
    const imageUrls = getModel(settings.modelId).canSee
      ? await resolveImageDataUrls(history)
      : undefined;
    const body = buildChatRequestBody(settings, history, { stream: true, imageUrls });
    const outcome = await streamTurn({
      connection,
      body,
      signal: controller.signal,
      onDelta: (delta) => {
        useChatStore.getState().applyAssistantDelta(conversationId, assistant.id, delta);
        captures.publish(assistant.id);
      },
      ...captureHooks(assistant.id, connection.demo),
    });
    useChatStore.getState().finishAssistant(conversationId, assistant.id, outcome);
    captures.publish(assistant.id);
  } finally {
    endTurn(conversationId, controller);
  }
}
