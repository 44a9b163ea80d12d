// One comparison round: the same prompt to every column, each streamed on its own (api/stream-turn)
// and concurrently. A column that fails or is stopped ends alone; the others go on.
import { resolveConnection } from '@/api/connection';
import { streamTurn } from '@/api/load-stream-turn';
import { streamingAnswerTo } from '@/domain/conversation-helpers';
import { getModel } from '@/domain/models';
import { newId } from '@/lib/ids';
import { useChatStore } from '@/store/chat-store';
import { isComparisonStreaming } from '@/store/compare-slice';
import { storeImages } from '@/store/image-cache';
import { resolveImageDataUrls } from '@/store/image-data-urls';
import { useImageDrafts, type AttachedImage } from '@/store/image-drafts';
import { useSettingsStore } from '@/store/settings-store';
import { captureHooks, useTurnCaptures } from '@/store/turn-captures';
import { columnHistory, columnRequestBody } from '@/features/compare/column-request';
import { beginColumnTurn, endColumnTurn } from '@/features/compare/compare-turns';

/**
 * Sends the prompt (text and/or images) to every column. Every column's prompt keeps the images,
 * so the column shows what was attached; only columns whose model can see send them.
 * False when it cannot send now (nothing to send, or still streaming).
 */
export function sendCompareRound(
  conversationId: string,
  text: string,
  images: readonly AttachedImage[] = [],
): boolean {
  const store = useChatStore.getState();
  const conversation = store.conversations[conversationId];
  if (
    (!text.trim() && images.length === 0) ||
    !conversation?.compare ||
    isComparisonStreaming(conversation)
  )
    return false;
  const prompts = store.addCompareRound(
    conversationId,
    text,
    images.map((image) => image.ref),
  );
  store.setDraft(conversationId, '');
  // The refusals were about this draft's files; they would stay above the next one.
  useImageDrafts.getState().clearProblems(conversationId);
  if (images.length > 0) {
    useImageDrafts.getState().clearImages(conversationId);
    // In memory at once (the runner reads them from there), IndexedDB behind; a refused write is
    // shown, and the image still serves this session.
    void storeImages(images).then((failures) => {
      for (const failure of failures)
        useImageDrafts.getState().report(conversationId, failure.message);
    });
  }
  for (const [columnId, prompt] of Object.entries(prompts)) {
    void runColumnTurn(conversationId, columnId, prompt.id);
  }
  return true;
}

/** Streams one column's answer to its prompt `promptId` (Retry in a column uses it too). */
export async function runColumnTurn(
  conversationId: string,
  columnId: string,
  promptId: string,
): Promise<void> {
  const column = useChatStore
    .getState()
    .conversations[conversationId]?.compare?.columns.find((candidate) => candidate.id === columnId);
  if (!column) return;

  const { settings } = column;
  const connection = resolveConnection(useSettingsStore.getState());
  const assistant = streamingAnswerTo(newId('m'), promptId, settings, connection.demo, Date.now());
  useChatStore.getState().addColumnAssistant(conversationId, columnId, assistant);

  const controller = beginColumnTurn(conversationId, columnId);
  const captures = useTurnCaptures.getState();
  try {
    // Image bytes → data URLs first, for a column whose model sees them (the others get none).
    const imageUrls = getModel(settings.modelId).canSee
      ? await resolveImageDataUrls(columnHistory(column, promptId)).catch(() => undefined)
      : undefined;
    const body = columnRequestBody(column, promptId, imageUrls);
    const outcome = await streamTurn({
      connection,
      body,
      signal: controller.signal,
      onDelta: (delta) => {
        useChatStore.getState().applyColumnDelta(conversationId, columnId, assistant.id, delta);
        captures.publish(assistant.id);
      },
      ...captureHooks(assistant.id, connection.demo),
    });
    useChatStore.getState().finishColumnAssistant(conversationId, columnId, assistant.id, outcome);
    captures.publish(assistant.id);
  } finally {
    endColumnTurn(conversationId, columnId, controller);
  }
}
