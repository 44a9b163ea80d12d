// Conversations and messages as the store keeps them. Plain data only: it is persisted and exported.
import type { ModelId } from '@/domain/models';

/** `response_format` as the API takes it; `schema` is the user's JSON Schema, as parsed. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: { name: string; schema: unknown; strict?: boolean } };

/**
 * Parameters the user set for a conversation; unset ones are not sent. Every field is optional,
 * so conversations saved before a field existed read the same (no data-model version change).
 */
export interface SamplingParams {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  /** Counts reasoning tokens too. */
  max_completion_tokens?: number;
  /** Up to 4 sequences. */
  stop?: string[];
  presence_penalty?: number;
  frequency_penalty?: number;
  repetition_penalty?: number;
  seed?: number;
  response_format?: ResponseFormat;
  /** qwen3-32b with thinking on only. */
  thinking_budget?: number;
  /** qwen3-32b only. */
  logprobs?: boolean;
  top_logprobs?: number;
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

/** The image types the API takes (and an import or a saved draft may hold). */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** An image attached to a prompt. Its bytes are a Blob in IndexedDB under `id`, never in the state. */
export interface ImageRef {
  id: string;
  name: string;
  mimeType: ImageMimeType;
  /** What is sent: size after any downscaling. */
  width: number;
  height: number;
  bytes: number;
  /** The file as the user gave it, when it was shrunk or re-encoded before sending. */
  original?: { width: number; height: number; bytes: number; mimeType: string };
}

export interface UserMessage {
  id: string;
  /** The message this one follows; null for the first prompt. See conversation-tree.ts. */
  parentId: string | null;
  role: 'user';
  text: string;
  images: ImageRef[];
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
  /** Streamed again from a saved recording, not asked anew (optional: added after v3). */
  replay?: true;
  createdAt: number;
}

export type Message = UserMessage | AssistantMessage;

/** One column of a comparison: its own settings and its own history (a tree, like a chat). */
export interface CompareColumn {
  id: string;
  settings: ChatSettings;
  messages: Message[];
  selected: Record<string, string>;
}

export interface CompareSession {
  columns: CompareColumn[];
  /** Per prompt round (its index, as a string): the winning column id, or `tie`. */
  votes: Record<string, string>;
}

export interface Conversation {
  id: string;
  kind: 'chat' | 'compare';
  title: string;
  pinned: boolean;
  createdAt: number;
  updatedAt: number;
  /**
   * When the title, pin, settings or shown branch last changed (optional: added after v3; absent
   * means `updatedAt`). Two tabs merging one conversation keep the newer of these (conversation-merge.ts).
   */
  revisedAt?: number;
  settings: ChatSettings;
  /** Every message of every branch, in creation order. */
  messages: Message[];
  /** Which child is shown under each parent id (`root` for first prompts). */
  selected: Record<string, string>;
  /** Present when `kind` is `compare`. */
  compare?: CompareSession;
}
