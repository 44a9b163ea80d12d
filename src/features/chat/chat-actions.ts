// What the chat's buttons do: plain functions over the store and the turn runner.
import type { AssistantMessage } from '@/domain/conversation';
import { isStreaming } from '@/domain/conversation-helpers';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { storeImages } from '@/store/image-cache';
import { useImageDrafts, type AttachedImage } from '@/store/image-drafts';
import { stopTurn } from '@/features/chat/active-turns';
import { runAssistantTurn } from '@/features/chat/run-turn';

function idle(conversationId: string) {
  const conversation = useChatStore.getState().conversations[conversationId];
  return conversation && !isStreaming(conversation) ? conversation : undefined;
}

/**
 * Sends the prompt (text and/or images) as a user turn and streams the answer. False when it
 * cannot send now, or when images would go to a model that cannot see them.
 */
export function sendPrompt(
  conversationId: string,
  text: string,
  images: readonly AttachedImage[] = [],
): boolean {
  const conversation = idle(conversationId);
  if (!conversation || (!text.trim() && images.length === 0)) return false;
  if (images.length > 0 && !getModel(conversation.settings.modelId).canSee) return false;
  const store = useChatStore.getState();
  const prompt = store.addUserMessage(conversationId, text, undefined, images.map((image) => image.ref));
  store.setDraft(conversationId, '');
  // The refusals were about this draft's files; they would stay above the next one.
  useImageDrafts.getState().clearProblems(conversationId);
  if (images.length > 0) {
    useImageDrafts.getState().clearImages(conversationId);
    // In memory at once (the runner reads them from there), IndexedDB behind; a refused write is
    // shown, and the image still serves this session.
    void storeImages(images).then((failures) => {
      for (const failure of failures) useImageDrafts.getState().report(conversationId, failure.message);
    });
  }
  void runAssistantTurn(conversationId, prompt.id);
  return true;
}

/**
 * Answers the same prompt again as a new version beside the old one: Regenerate, and Retry
 * for a failed or cut-off turn. The earlier answer stays reachable ("1 / 2").
 */
export function regenerate(conversationId: string, answer: AssistantMessage): void {
  if (!idle(conversationId) || !answer.parentId) return;
  void runAssistantTurn(conversationId, answer.parentId);
}

/** Sends an edited prompt as a new branch beside the original one. */
export function resendEdited(conversationId: string, promptId: string, text: string): boolean {
  const conversation = idle(conversationId);
  const original = conversation?.messages.find((message) => message.id === promptId);
  if (!original || !text.trim()) return false;
  // The edited branch keeps the original prompt's images.
  const images = original.role === 'user' ? original.images : [];
  const prompt = useChatStore.getState().addUserMessage(conversationId, text, original.parentId, images);
  void runAssistantTurn(conversationId, prompt.id);
  return true;
}

export function stop(conversationId: string): void {
  stopTurn(conversationId);
}
