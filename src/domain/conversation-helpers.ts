// Pure helpers over conversations: titles, lookups, immutable message updates.
import type { AssistantMessage, ChatSettings, Conversation, Message } from '@/domain/conversation';
import { getModel } from '@/domain/models';

const TITLE_LENGTH = 60;

/** A title from the first prompt: one line, trimmed, cut at a word boundary. */
export function titleFromPrompt(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  if (!line) return 'New chat';
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 30 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function createConversation(id: string, settings: ChatSettings, now: number): Conversation {
  return {
    id,
    kind: 'chat',
    title: 'New chat',
    pinned: false,
    createdAt: now,
    updatedAt: now,
    settings,
    messages: [],
    selected: {},
  };
}

/** A new, empty assistant turn about to stream its answer (live, compare column or replay). */
export function createStreamingAnswer(
  id: string,
  answer: Pick<AssistantMessage, 'parentId' | 'modelId' | 'thinking' | 'demo' | 'replay'>,
  now: number,
): AssistantMessage {
  return {
    id,
    role: 'assistant',
    reasoning: '',
    content: '',
    status: 'streaming',
    timings: { startedAt: now },
    createdAt: now,
    ...answer,
  };
}

/** The empty answer about to stream to `promptId`: Thinking only where the model can think. */
export function streamingAnswerTo(
  id: string,
  promptId: string,
  settings: ChatSettings,
  demo: boolean,
  now: number,
): AssistantMessage {
  const thinking = settings.thinking && getModel(settings.modelId).canThink;
  return createStreamingAnswer(
    id,
    { parentId: promptId, modelId: settings.modelId, thinking, demo },
    now,
  );
}

export function updateMessage(
  conversation: Conversation,
  messageId: string,
  update: (message: Message) => Message,
): Conversation {
  const index = conversation.messages.findIndex((message) => message.id === messageId);
  if (index < 0) return conversation;
  const messages = conversation.messages.slice();
  messages[index] = update(messages[index]!);
  return { ...conversation, messages };
}

/** An answer still arriving. */
export function isStreamingMessage(message: Message): message is AssistantMessage {
  return message.role === 'assistant' && message.status === 'streaming';
}

export function isStreaming(conversation: Conversation | undefined): boolean {
  return !!conversation?.messages.some(isStreamingMessage);
}

/** Turns cut off by a reload or a closed tab can never finish: they become `interrupted`. */
export function markInterrupted(conversation: Conversation): Conversation {
  if (!isStreaming(conversation)) return conversation;
  return {
    ...conversation,
    messages: conversation.messages.map((message): Message =>
      isStreamingMessage(message)
        ? ({ ...message, status: 'interrupted' } satisfies AssistantMessage)
        : message,
    ),
  };
}
