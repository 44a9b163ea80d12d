// A conversation → the JSON body of POST /chat/completions, by the rules of aiml-api.md.
import type { ChatSettings, Message, SamplingParams } from '@/domain/conversation';
import type { ModelId } from '@/domain/models';
import { getModel } from '@/domain/models';

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ImageUrlPart {
  type: 'image_url';
  /** An http(s) URL or a base64 data URL. */
  image_url: { url: string; detail?: 'low' | 'high' | 'auto' };
}

/** User content as parts, for the vision model. */
export type ContentPart = TextPart | ImageUrlPart;

export type RequestMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | ContentPart[] }
  | { role: 'assistant'; content: string };

/** Sampling parameters as the API names them; only the ones the user set are sent. */
export type RequestParams = { [Name in keyof SamplingParams]?: number };

export interface ChatRequestBody extends RequestParams {
  model: ModelId;
  messages: RequestMessage[];
  stream: boolean;
  stream_options?: { include_usage: boolean };
  /** qwen3-32b only; never `true` on a non-streaming call (the provider rejects it). */
  enable_thinking?: boolean;
}

export interface ParamLimit {
  min: number;
  max: number;
  integer?: boolean;
}

/** The API's accepted range for each parameter; a new parameter only needs a line here. */
export const PARAM_LIMITS = {
  temperature: { min: 0, max: 2 },
  top_p: { min: 0.01, max: 1 },
  max_tokens: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
} as const satisfies Record<keyof SamplingParams, ParamLimit>;

const PARAM_NAMES = Object.keys(PARAM_LIMITS) as (keyof SamplingParams)[];

/** The value to send for a parameter, clamped to its range; undefined when unset or not a number. */
export function clampParam(name: keyof SamplingParams, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const limit: ParamLimit = PARAM_LIMITS[name];
  const rounded = limit.integer ? Math.floor(value) : value;
  return Math.min(limit.max, Math.max(limit.min, rounded));
}

function toRequestMessage(message: Message): RequestMessage | undefined {
  if (message.role === 'user') return { role: 'user', content: message.text };
  // Only the answer goes back: earlier reasoning is not sent, and a failed turn (no answer) is skipped.
  if (!message.content.trim()) return undefined;
  return { role: 'assistant', content: message.content };
}

export function buildChatRequestBody(
  settings: ChatSettings,
  history: readonly Message[],
  opts: { stream: boolean },
): ChatRequestBody {
  const messages: RequestMessage[] = [];
  if (settings.systemPrompt.trim())
    messages.push({ role: 'system', content: settings.systemPrompt });
  for (const message of history) {
    const request = toRequestMessage(message);
    if (request) messages.push(request);
  }

  const body: ChatRequestBody = { model: settings.modelId, messages, stream: opts.stream };
  if (opts.stream) body.stream_options = { include_usage: true };
  // Always explicit for a thinking model (the provider's default is unclear), and never true
  // without streaming; the vision model has no such switch and must not get one.
  if (getModel(settings.modelId).canThink) body.enable_thinking = settings.thinking && opts.stream;
  for (const name of PARAM_NAMES) {
    const value = clampParam(name, settings.params[name]);
    if (value !== undefined) body[name] = value;
  }
  return body;
}
