// GET {base}/key: the key's name, scopes and limits (needs the key). Used by Settings → Check key.
export interface KeyInfo {
  name?: string;
  scopes: string[];
}

export function keyInfoUrl(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/key`;
}

export function parseKeyInfo(json: unknown): KeyInfo {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  // Some answers wrap the facts in `data`.
  const source = typeof record.data === 'object' && record.data !== null ? (record.data as Record<string, unknown>) : record;
  const scopes = Array.isArray(source.scopes) ? source.scopes.filter((scope): scope is string => typeof scope === 'string') : [];
  return { name: typeof source.name === 'string' && source.name.trim() ? source.name : undefined, scopes };
}

export type KeyCheck = { ok: true; info: KeyInfo } | { ok: false; status?: number; message: string };

export async function checkKey(
  baseUrl: string,
  apiKey: string,
  { signal, fetchImpl = (input, init) => fetch(input, init) }: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<KeyCheck> {
  let response: Response;
  try {
    response = await fetchImpl(keyInfoUrl(baseUrl), {
      signal,
      headers: { Accept: 'application/json', Authorization: `Bearer ${apiKey.trim()}` },
    });
  } catch {
    return { ok: false, message: 'Could not reach the server (network or CORS).' };
  }
  if (response.status === 401 || response.status === 403)
    return { ok: false, status: response.status, message: `Key refused (HTTP ${response.status}).` };
  if (!response.ok) return { ok: false, status: response.status, message: `The server answered HTTP ${response.status}.` };
  try {
    return { ok: true, info: parseKeyInfo(await response.json()) };
  } catch {
    return { ok: false, status: response.status, message: 'The answer was not JSON.' };
  }
}
