// What the chat's buttons do: plain functions over the store and the turn runner.
import type { AssistantMessage } from '@/domain/conversation';
import { isStreaming } from '@/domain/conversation-helpers';
import { useChatStore } from '@/store/chat-store';
import { stopTurn } from '@/features/chat/active-turns';
import { runAssistantTurn } from '@/features/chat/run-turn';

function idle(conversationId: string) {
  const conversation = useChatStore.getState().conversations[conversationId];
  return conversation && !isStreaming(conversation) ? conversation : undefined;
}

/** Sends the prompt as a user turn and streams the answer. False when it cannot send now. */
export function sendPrompt(conversationId: string, text: string): boolean {
  if (!text.trim() || !idle(conversationId)) return false;
  const store = useChatStore.getState();
  const prompt = store.addUserMessage(conversationId, text);
  store.setDraft(conversationId, '');
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
  const prompt = useChatStore.getState().addUserMessage(conversationId, text, original.parentId);
  void runAssistantTurn(conversationId, prompt.id);
  return true;
}

export function stop(conversationId: string): void {
  stopTurn(conversationId);
}
