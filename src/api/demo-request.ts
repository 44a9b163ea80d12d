// Reads an OpenAI / AI-ML shaped chat request body into what the demo provider needs, and rejects
// the bodies the real provider rejects, with messages in the same spirit.
import { getModel, isKnownModelId, type ModelId } from '@/domain/models';

export interface DemoMessage {
  role: string;
  /** The text parts joined; empty for image-only or tool messages. */
  text: string;
  imageUrls: string[];
}

export interface DemoRequest {
  modelId: ModelId;
  /** The model as the provider echoes it: without the `alibaba/` prefix. */
  responseModel: string;
  stream: boolean;
  /** Reasoning is streamed only when the model can think and `enable_thinking` is true. */
  thinking: boolean;
  thinkingBudget?: number;
  /** `max_completion_tokens` or `max_tokens`; counts reasoning tokens too. */
  maxTokens?: number;
  messages: DemoMessage[];
}

export type DemoRequestResult =
  { ok: true; request: DemoRequest } | { ok: false; status: number; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1
    ? Math.floor(value)
    : undefined;
}

function readContent(content: unknown): { text: string; imageUrls: string[] } {
  if (typeof content === 'string') return { text: content, imageUrls: [] };
  if (!Array.isArray(content)) return { text: '', imageUrls: [] };
  const texts: string[] = [];
  const imageUrls: string[] = [];
  for (const part of content) {
    if (!isRecord(part)) continue;
    if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
    if (part.type === 'image_url') {
      // `image_url` is `{url, detail}` in the schema; a bare string is tolerated.
      const image = part.image_url;
      const url = typeof image === 'string' ? image : isRecord(image) ? image.url : undefined;
      if (typeof url === 'string') imageUrls.push(url);
    }
  }
  return { text: texts.join('\n'), imageUrls };
}

function toModelId(model: string): ModelId | undefined {
  const id = model.startsWith('alibaba/') ? model : `alibaba/${model}`;
  return isKnownModelId(id) ? id : undefined;
}

export function parseDemoRequest(body: unknown): DemoRequestResult {
  const fail = (message: string, status = 400): DemoRequestResult => ({
    ok: false,
    status,
    message,
  });
  if (!isRecord(body))
    return fail(`Body validation error: expected object, received ${describeType(body)}`);

  if (typeof body.model !== 'string') {
    return fail(
      `Body validation error: model: expected string, received ${describeType(body.model)}`,
    );
  }
  const modelId = toModelId(body.model);
  if (!modelId)
    return fail(
      `Invalid model: ${body.model}. The offline demo serves Qwen3 32B and Qwen3 VL 32B Instruct.`,
    );

  if (!Array.isArray(body.messages)) {
    return fail(
      `Body validation error: messages: expected array, received ${describeType(body.messages)}`,
    );
  }
  const messages: DemoMessage[] = body.messages.filter(isRecord).map((message) => ({
    role: typeof message.role === 'string' ? message.role : 'user',
    ...readContent(message.content),
  }));
  if (!messages.some((message) => message.role === 'user')) {
    return fail(
      'Body validation error: messages: expected at least one message with role "user", received none',
    );
  }

  const stream = body.stream === true;
  const canThink = getModel(modelId).canThink;
  const thinking = canThink && body.enable_thinking === true;
  // The provider refuses thinking without streaming (aiml-api.md); the demo does the same so
  // the app meets that error offline first.
  if (thinking && !stream) {
    return fail('parameter.enable_thinking must be set to false for non-streaming calls');
  }

  return {
    ok: true,
    request: {
      modelId,
      responseModel: modelId.replace(/^alibaba\//, ''),
      stream,
      thinking,
      thinkingBudget: thinking ? positiveInteger(body.thinking_budget) : undefined,
      maxTokens: positiveInteger(body.max_completion_tokens) ?? positiveInteger(body.max_tokens),
      messages,
    },
  };
}
