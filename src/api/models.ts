// GET {base}/models: the provider's model list, for the model picker's facts (context length,
// max output, pricing) and for models beyond the built-in two. No key needed; the app only asks
// with a key (the demo makes no network request). The ETag is honoured: the last ETag and list
// are kept, sent back as If-None-Match, and a 304 reuses the list.
import { queryOptions } from '@tanstack/react-query';

export interface ModelPricing {
  input?: number;
  output?: number;
  /** Whatever unit the provider states, when it does. */
  unit?: string;
}

export interface ModelFacts {
  id: string;
  type?: string;
  name?: string;
  developer?: string;
  contextLength?: number;
  outputMax?: number;
  pricing?: ModelPricing;
  /** Usable with /chat/completions (its type says so, or it has no type). */
  chat: boolean;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function readPricing(value: unknown): ModelPricing | undefined {
  if (!isRecord(value)) return undefined;
  const input = num(value.input) ?? num(value.input_tokens) ?? num(value.prompt);
  const output = num(value.output) ?? num(value.output_tokens) ?? num(value.completion);
  if (input === undefined && output === undefined) return undefined;
  return { input, output, unit: str(value.unit) };
}

/** Reads the list tolerantly: entries without a string id are skipped, unknown fields ignored. */
export function parseModelList(json: unknown): ModelFacts[] {
  const data: unknown[] = isRecord(json) && Array.isArray(json.data) ? json.data : Array.isArray(json) ? json : [];
  const models: ModelFacts[] = [];
  for (const entry of data) {
    if (!isRecord(entry) || !str(entry.id)) continue;
    const info = isRecord(entry.info) ? entry.info : {};
    const type = str(entry.type);
    models.push({
      id: entry.id as string,
      type,
      name: str(info.name),
      developer: str(info.developer),
      contextLength: num(info.contextLength) ?? num(entry.context_length),
      outputMax: num(info.outputMax) ?? num(info.maxTokens),
      pricing: readPricing(entry.pricing),
      chat: type === undefined || /chat/i.test(type),
    });
  }
  return models;
}

export function modelsUrl(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/models`;
}

interface Remembered {
  etag: string;
  models: ModelFacts[];
}

/** The last ETag and list per URL, for If-None-Match. */
const remembered = new Map<string, Remembered>();
/** URLs whose CORS policy refused the If-None-Match header: asked plainly from then on. */
const noConditional = new Set<string>();

export function forgetModelListCache(): void {
  remembered.clear();
  noConditional.clear();
}

export async function fetchModelList(
  baseUrl: string,
  { signal, fetchImpl = (input, init) => fetch(input, init) }: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<ModelFacts[]> {
  const url = modelsUrl(baseUrl);
  const last = remembered.get(url);
  const plain = () => fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
  let response: Response;
  if (last && !noConditional.has(url)) {
    try {
      response = await fetchImpl(url, { signal, headers: { Accept: 'application/json', 'If-None-Match': last.etag } });
    } catch (error) {
      if (signal?.aborted) throw error;
      // A cross-origin server may refuse the header in its CORS preflight: ask without it.
      noConditional.add(url);
      response = await plain();
    }
  } else {
    response = await plain();
  }
  if (response.status === 304 && last) return last.models;
  if (!response.ok) throw new Error(`GET /models answered HTTP ${response.status}`);
  const models = parseModelList(await response.json());
  const etag = response.headers.get('etag');
  if (etag) remembered.set(url, { etag, models });
  return models;
}

export function modelListQueryOptions(baseUrl: string, enabled: boolean) {
  return queryOptions({
    queryKey: ['models', modelsUrl(baseUrl)],
    queryFn: ({ signal }) => fetchModelList(baseUrl, { signal }),
    enabled,
    staleTime: 60 * 60_000,
    retry: 1,
  });
}

/** "131,072 context · 16,384 max output · $0.1 in / $0.3 out" — what is known, nothing else. */
export function describeModelFacts(facts: ModelFacts | undefined): string {
  if (!facts) return '';
  const parts: string[] = [];
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  if (facts.contextLength) parts.push(`${n(facts.contextLength)} context`);
  if (facts.outputMax) parts.push(`${n(facts.outputMax)} max output`);
  const { pricing } = facts;
  if (pricing) {
    const price = [
      pricing.input !== undefined ? `${pricing.input} in` : '',
      pricing.output !== undefined ? `${pricing.output} out` : '',
    ].filter(Boolean);
    parts.push(`price ${price.join(' / ')}${pricing.unit ? ` ${pricing.unit}` : ''}`);
  }
  return parts.join(' · ');
}
