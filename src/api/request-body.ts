// A conversation → the JSON body of POST /chat/completions, by the rules of aiml-api.md.
import type { ChatSettings, Message, ResponseFormat, SamplingParams } from '@/domain/conversation';
import type { ModelId } from '@/domain/models';
import { getModel } from '@/domain/models';
import { userContent, type ImageDataUrls } from '@/api/user-content';

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
export type RequestParams = SamplingParams;

/** The parameters whose value is one number, each with a range in PARAM_LIMITS. */
export type NumericParam =
  | 'temperature'
  | 'top_p'
  | 'max_tokens'
  | 'max_completion_tokens'
  | 'presence_penalty'
  | 'frequency_penalty'
  | 'repetition_penalty'
  | 'seed'
  | 'thinking_budget'
  | 'top_logprobs';

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
  max_completion_tokens: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  presence_penalty: { min: -2, max: 2 },
  frequency_penalty: { min: -2, max: 2 },
  // The schema only says "number"; vLLM-style servers need it above 0, and 1 means off.
  repetition_penalty: { min: 0.01, max: 2 },
  seed: { min: 1, max: 2_147_483_647, integer: true },
  thinking_budget: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  top_logprobs: { min: 0, max: 20, integer: true },
} as const satisfies Record<NumericParam, ParamLimit>;

const PARAM_NAMES = Object.keys(PARAM_LIMITS) as NumericParam[];

/** At most this many stop sequences (aiml-api.md). */
export const MAX_STOP_SEQUENCES = 4;

/**
 * Whether a parameter may go into a request for these settings: thinking_budget only with
 * thinking on (and so streaming), logprobs only for the model that takes them.
 */
export function isParamApplicable(
  name: keyof SamplingParams,
  settings: Pick<ChatSettings, 'modelId' | 'thinking'>,
  stream = true,
): boolean {
  const model = getModel(settings.modelId);
  switch (name) {
    case 'thinking_budget':
      return model.canThink && settings.thinking && stream;
    case 'logprobs':
    case 'top_logprobs':
      return model.canLogprobs;
    default:
      return true;
  }
}

/** Non-empty sequences, without repeats, at most four; undefined when none is left. */
export function cleanStop(stop: unknown): string[] | undefined {
  if (!Array.isArray(stop)) return undefined;
  const kept = [...new Set(stop.filter((item): item is string => typeof item === 'string' && item !== ''))];
  return kept.length > 0 ? kept.slice(0, MAX_STOP_SEQUENCES) : undefined;
}

function cleanResponseFormat(format: ResponseFormat | undefined): ResponseFormat | undefined {
  if (!format) return undefined;
  if (format.type !== 'json_schema') return { type: format.type };
  const { name, schema, strict } = format.json_schema;
  return {
    type: 'json_schema',
    json_schema: {
      name: name.trim() || 'response',
      schema,
      ...(strict === undefined ? {} : { strict }),
    },
  };
}

/** The value to send for a parameter, clamped to its range; undefined when unset or not a number. */
export function clampParam(name: NumericParam, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const limit: ParamLimit = PARAM_LIMITS[name];
  const rounded = limit.integer ? Math.floor(value) : value;
  return Math.min(limit.max, Math.max(limit.min, rounded));
}

function toRequestMessage(
  message: Message,
  images: { canSee: boolean; imageUrls?: ImageDataUrls },
): RequestMessage | undefined {
  if (message.role === 'user') return { role: 'user', content: userContent(message, images) };
  // Only the answer goes back: earlier reasoning is not sent, and a failed turn (no answer) is skipped.
  if (!message.content.trim()) return undefined;
  return { role: 'assistant', content: message.content };
}

export function buildChatRequestBody(
  settings: ChatSettings,
  history: readonly Message[],
  /** `imageUrls`: data URLs of the history's images by ImageRef id, resolved by the caller. */
  opts: { stream: boolean; imageUrls?: ImageDataUrls },
): ChatRequestBody {
  const messages: RequestMessage[] = [];
  const images = { canSee: getModel(settings.modelId).canSee, imageUrls: opts.imageUrls };
  if (settings.systemPrompt.trim())
    messages.push({ role: 'system', content: settings.systemPrompt });
  for (const message of history) {
    const request = toRequestMessage(message, images);
    if (request) messages.push(request);
  }

  const body: ChatRequestBody = { model: settings.modelId, messages, stream: opts.stream };
  if (opts.stream) body.stream_options = { include_usage: true };
  // Always explicit for a thinking model (the provider's default is unclear), and never true
  // without streaming; the vision model has no such switch and must not get one.
  if (getModel(settings.modelId).canThink) body.enable_thinking = settings.thinking && opts.stream;
  const { params } = settings;
  const applies = (name: keyof SamplingParams) => isParamApplicable(name, settings, opts.stream);
  for (const name of PARAM_NAMES) {
    if (!applies(name)) continue;
    // top_logprobs means nothing unless logprobs is on.
    if (name === 'top_logprobs' && params.logprobs !== true) continue;
    const value = clampParam(name, params[name]);
    if (value !== undefined) body[name] = value;
  }
  const stop = cleanStop(params.stop);
  if (stop) body.stop = stop;
  const responseFormat = cleanResponseFormat(params.response_format);
  if (responseFormat) body.response_format = responseFormat;
  if (applies('logprobs') && typeof params.logprobs === 'boolean') body.logprobs = params.logprobs;
  return body;
}
