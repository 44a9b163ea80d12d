import { describe, expect, it, vi } from 'vitest';
import { balanceQueryOptions, billingUrl, fetchBalance, keyTag, parseBalance } from '@/api/billing';
import { checkKey, parseKeyInfo } from '@/api/key-info';

describe('billing', () => {
  it('derives /v2/billing from the Base URL', () => {
    expect(billingUrl('https://api.aimlapi.com/v1')).toBe('https://api.aimlapi.com/v2/billing');
    expect(billingUrl('http://127.0.0.1:4010/v1/')).toBe('http://127.0.0.1:4010/v2/billing');
    expect(billingUrl('/aiml-proxy/v1')).toBe('/aiml-proxy/v2/billing');
    expect(billingUrl('https://other.host/openai')).toBe('https://other.host/v2/billing');
  });

  it('reads the balance and sends the key only as a header', async () => {
    expect(parseBalance({ current_balance: 12.5, currency: 'USD' })).toEqual({ amount: 12.5, currency: 'USD' });
    expect(() => parseBalance({})).toThrow();
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response('{"current_balance":1}', { status: 200 }));
    await fetchBalance('https://a.test/v1', 'sk-secret', { fetchImpl });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://a.test/v2/billing');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer sk-secret');
  });

  it('never puts the key in the cache key or an error', async () => {
    expect(JSON.stringify(balanceQueryOptions('https://a.test/v1', 'sk-secret').queryKey)).not.toContain('sk-secret');
    expect(keyTag('a')).not.toBe(keyTag('b'));
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response('{"message":"bad key sk-secret"}', { status: 401 }));
    await expect(fetchBalance('https://a.test/v1', 'sk-secret', { fetchImpl })).rejects.toThrow(/^GET \/v2\/billing answered HTTP 401$/);
  });
});

describe('key info', () => {
  it('reads name and scopes, also wrapped in data', () => {
    expect(parseKeyInfo({ name: 'k', scopes: ['chat', 1] })).toEqual({ name: 'k', scopes: ['chat'] });
    expect(parseKeyInfo({ data: { name: 'w', scopes: [] } })).toEqual({ name: 'w', scopes: [] });
  });

  it('reports a refused key without echoing anything', async () => {
    const refused = vi.fn<typeof fetch>().mockResolvedValue(new Response('{"message":"sk-secret is bad"}', { status: 401 }));
    const result = await checkKey('https://a.test/v1', 'sk-secret', { fetchImpl: refused });
    expect(result).toEqual({ ok: false, status: 401, message: 'Key refused (HTTP 401).' });
    const down = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed'));
    expect((await checkKey('https://a.test/v1', 'k', { fetchImpl: down })).ok).toBe(false);
    const fine = vi.fn<typeof fetch>().mockResolvedValue(new Response('{"name":"n","scopes":["chat"]}', { status: 200 }));
    expect(await checkKey('https://a.test/v1/', 'k', { fetchImpl: fine })).toEqual({ ok: true, info: { name: 'n', scopes: ['chat'] } });
    expect(fine.mock.calls[0]?.[0]).toBe('https://a.test/v1/key');
  });
});
