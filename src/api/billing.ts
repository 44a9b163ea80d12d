// GET /v2/billing: the account's balance (needs the key). Derived from the Base URL: its
// `/v1` becomes `/v2/billing`, so the dev proxy path (`/aiml-proxy/v1`) works too.
import { queryOptions } from '@tanstack/react-query';

export interface Balance {
  amount: number;
  currency: string;
}

export function billingUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (/\/v1$/.test(trimmed)) return trimmed.replace(/\/v1$/, '/v2/billing');
  try {
    return `${new URL(trimmed).origin}/v2/billing`;
  } catch {
    return `${trimmed}/v2/billing`;
  }
}

export function parseBalance(json: unknown): Balance {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const amount = Number(record.current_balance ?? record.balance);
  if (!Number.isFinite(amount)) throw new Error('The billing answer has no balance');
  return { amount, currency: typeof record.currency === 'string' ? record.currency : 'USD' };
}

export async function fetchBalance(
  baseUrl: string,
  apiKey: string,
  { signal, fetchImpl = (input, init) => fetch(input, init) }: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<Balance> {
  const response = await fetchImpl(billingUrl(baseUrl), {
    signal,
    headers: { Accept: 'application/json', Authorization: `Bearer ${apiKey.trim()}` },
  });
  // The status only: an error body could echo what was sent.
  if (!response.ok) throw new Error(`GET /v2/billing answered HTTP ${response.status}`);
  return parseBalance(await response.json());
}

/** A short, non-reversible tag of the key, so a new key gets its own cache entry (never the key). */
export function keyTag(apiKey: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < apiKey.length; i += 1) hash = Math.imul(hash ^ apiKey.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export function balanceQueryOptions(baseUrl: string, apiKey: string) {
  return queryOptions({
    queryKey: ['balance', billingUrl(baseUrl), keyTag(apiKey.trim())],
    queryFn: ({ signal }) => fetchBalance(baseUrl, apiKey, { signal }),
    enabled: apiKey.trim() !== '',
    staleTime: 60_000,
    retry: false,
  });
}
