// The body the next Send would produce: the active branch, then the draft as the last user turn.
// View code shows exactly this, so what works in the playground works in the pasted code.
import { buildChatRequestBody, type ChatRequestBody } from '@/api/request-body';
import { chatCompletionsUrl } from '@/api/chat-completions';
import type { Conversation, ImageRef, Message, UserMessage } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { DEFAULT_BASE_URL } from '@/domain/defaults';

/** Stands in for an empty draft, as in the provider's own examples. */
export const EMPTY_DRAFT_TEXT = 'Hello';

export interface NextRequest {
  /** What Send streams. */
  streaming: ChatRequestBody;
  /** The same turn without streaming (enable_thinking false, as the provider requires). */
  nonStreaming: ChatRequestBody;
  /** True when the draft was empty and `Hello` stands in for it. */
  placeholderPrompt: boolean;
}

export function nextRequestHistory(
  conversation: Conversation,
  draft: { text: string; images: readonly ImageRef[] },
): { history: Message[]; placeholderPrompt: boolean } {
  const path = activePath(conversation);
  const last = path[path.length - 1];
  const placeholderPrompt = !draft.text.trim() && draft.images.length === 0;
  const prompt: UserMessage = {
    id: 'next-prompt',
    parentId: last?.id ?? null,
    role: 'user',
    text: placeholderPrompt ? EMPTY_DRAFT_TEXT : draft.text,
    images: [...draft.images],
    createdAt: 0,
  };
  return { history: [...path, prompt], placeholderPrompt };
}

export function buildNextRequest(
  conversation: Conversation,
  draft: { text: string; images: readonly ImageRef[] },
  imageUrls?: ReadonlyMap<string, string>,
): NextRequest {
  const { history, placeholderPrompt } = nextRequestHistory(conversation, draft);
  const { settings } = conversation;
  return {
    streaming: buildChatRequestBody(settings, history, { stream: true, imageUrls }),
    nonStreaming: buildChatRequestBody(settings, history, { stream: false, imageUrls }),
    placeholderPrompt,
  };
}

/**
 * The URL pasted code should call. A same-origin proxy path (`/aiml-proxy/v1`) only exists next to
 * the dev server, so code outside the browser calls the provider itself.
 */
export function snippetUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim();
  return chatCompletionsUrl(/^https?:\/\//i.test(trimmed) ? trimmed : DEFAULT_BASE_URL);
}
