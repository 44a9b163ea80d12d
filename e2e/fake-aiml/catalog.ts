// The read-only endpoints: the model list (no key, ETag / 304), the balance and the key's info.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { corsHeaders } from './cors.ts';
import { hasBearerKey, sendJson, sendProviderError } from './http-util.ts';

export const fakeModels = [
  {
    id: 'alibaba/qwen3-32b',
    type: 'chat-completion',
    info: {
      name: 'Qwen3-32B',
      developer: 'Alibaba Cloud',
      description: 'Hybrid thinking model: reasoning on demand, fast answers otherwise.',
      contextLength: 131_072,
      outputMax: 16_384,
    },
    modalities: { input: ['text'], output: ['text'] },
    capabilities: { reasoning: true, vision: false, streaming: true },
  },
  {
    id: 'alibaba/qwen3-vl-32b-instruct',
    type: 'chat-completion',
    info: {
      name: 'Qwen3-VL-32B Instruct',
      developer: 'Alibaba Cloud',
      description: 'Vision-language model: text and images in, text out.',
      contextLength: 131_072,
      outputMax: 32_768,
    },
    modalities: { input: ['text', 'image'], output: ['text'] },
    capabilities: { reasoning: false, vision: true, streaming: true },
  },
] as const;

export const knownModelIds: readonly string[] = fakeModels.map((model) => model.id);

const modelsBody = JSON.stringify({ object: 'list', data: fakeModels });
const modelsEtag = `W/"${createHash('sha1').update(modelsBody).digest('hex').slice(0, 16)}"`;

export function handleModels(req: IncomingMessage, res: ServerResponse): void {
  const cacheHeaders = { etag: modelsEtag, 'cache-control': 'public, max-age=60' };
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === modelsEtag)) {
    res.writeHead(304, { ...corsHeaders, ...cacheHeaders });
    res.end();
    return;
  }
  res.writeHead(200, {
    ...corsHeaders,
    ...cacheHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(modelsBody),
  });
  res.end(modelsBody);
}

export function handleBilling(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (!hasBearerKey(req)) return sendProviderError(res, 401, path);
  sendJson(res, 200, { current_balance: 123.45, currency: 'USD' });
}

export function handleKey(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (!hasBearerKey(req)) return sendProviderError(res, 401, path);
  sendJson(res, 200, {
    name: 'fake test key',
    scopes: ['chat', 'models'],
    limits: { monthly_usd: 50, requests_per_minute: 60 },
    usage: { monthly_usd: 1.23, monthly_requests: 42 },
    created_at: '2025-01-01T00:00:00.000Z',
  });
}
