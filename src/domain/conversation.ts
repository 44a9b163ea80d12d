// Conversations and messages as the store keeps them. Plain data only: it is persisted and exported.
import type { ModelId } from '@/domain/models';

/** Parameters the user set for a conversation; unset ones are not sent. */
export interface SamplingParams {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
}

export interface ChatSettings {
  modelId: ModelId;
  /** Only honoured by models that can think. */
  thinking: boolean;
  systemPrompt: string;
  params: SamplingParams;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  reasoningTokens?: number;
  /** Cost in US dollars when the provider reports it. */
  costUsd?: number;
}

/** Clock readings of one turn, as `performance.now()`-independent epoch milliseconds. */
export interface TurnTimings {
  startedAt: number;
  firstReasoningAt?: number;
  firstContentAt?: number;
  finishedAt?: number;
}

export interface TurnError {
  /** HTTP status when there was a response. */
  status?: number;
  kind: 'http' | 'network' | 'stream' | 'cut' | 'aborted';
  message: string;
}

export interface UserMessage {
  id: string;
  /** The message this one follows; null for the first prompt. See conversation-tree.ts. */
  parentId: string | null;
  role: 'user';
  text: string;
  createdAt: number;
}

export type AssistantStatus = 'streaming' | 'done' | 'stopped' | 'error' | 'interrupted';

export interface AssistantMessage {
  id: string;
  parentId: string | null;
  role: 'assistant';
  modelId: ModelId;
  thinking: boolean;
  reasoning: string;
  content: string;
  status: AssistantStatus;
  error?: TurnError;
  finishReason?: string;
  usage?: Usage;
  timings: TurnTimings;
  /** Served by the offline demo provider rather than the live API. */
  demo: boolean;
  createdAt: number;
}

export type Message = UserMessage | AssistantMessage;

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  settings: ChatSettings;
  /** Every message of every branch, in creation order. */
  messages: Message[];
  /** Which child is shown under each parent id (`root` for first prompts). */
  selected: Record<string, string>;
}
