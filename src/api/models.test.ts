import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeModelFacts, fetchModelList, forgetModelListCache, parseModelList } from '@/api/models';

const list = {
  object: 'list',
  data: [
    { id: 'alibaba/qwen3-32b', type: 'chat-completion', info: { name: 'Qwen3-32B', contextLength: 131072, outputMax: 16384 } },
    { id: 'some/image-model', type: 'image' },
    { id: 'some/chat', type: 'chat-completion', pricing: { input: '0.5', output: 1.5 } },
    { type: 'chat-completion' },
    'junk',
  ],
};

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

describe('parseModelList', () => {
  it('reads facts tolerantly and marks chat models', () => {
    const models = parseModelList(list);
    expect(models.map((model) => [model.id, model.chat])).toEqual([
      ['alibaba/qwen3-32b', true],
      ['some/image-model', false],
      ['some/chat', true],
    ]);
    expect(models[0]).toMatchObject({ name: 'Qwen3-32B', contextLength: 131072, outputMax: 16384 });
    expect(models[2]?.pricing).toEqual({ input: 0.5, output: 1.5, unit: undefined });
    expect(parseModelList(null)).toEqual([]);
  });

  it('describes only what is known', () => {
    const [qwen, , chat] = parseModelList(list);
    expect(describeModelFacts(qwen)).toBe('131,072 context · 16,384 max output');
    expect(describeModelFacts(chat)).toBe('price 0.5 in / 1.5 out');
    expect(describeModelFacts(undefined)).toBe('');
  });
});

describe('fetchModelList and the ETag', () => {
  beforeEach(() => forgetModelListCache());

  it('sends the last ETag back and reuses the list on 304', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(respond(200, list, { etag: 'W/"v1"' }))
      .mockResolvedValueOnce(respond(304));
    const first = await fetchModelList('https://x.test/v1/', { fetchImpl });
    const second = await fetchModelList('https://x.test/v1', { fetchImpl });
    expect(second).toBe(first);
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('https://x.test/v1/models');
    expect(new Headers(fetchImpl.mock.calls[0]?.[1]?.headers).get('if-none-match')).toBeNull();
    expect(new Headers(fetchImpl.mock.calls[1]?.[1]?.headers).get('if-none-match')).toBe('W/"v1"');
  });

  it('asks without If-None-Match when the conditional request cannot be made (CORS)', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(respond(200, list, { etag: '"a"' }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(respond(200, { data: [{ id: 'new/model' }] }, { etag: '"b"' }))
      .mockResolvedValueOnce(respond(200, { data: [{ id: 'newer/model' }] }));
    await fetchModelList('https://x.test/v1', { fetchImpl });
    expect((await fetchModelList('https://x.test/v1', { fetchImpl })).map((model) => model.id)).toEqual(['new/model']);
    await fetchModelList('https://x.test/v1', { fetchImpl });
    expect(new Headers(fetchImpl.mock.calls[3]?.[1]?.headers).get('if-none-match')).toBeNull();
  });

  it('fails on an HTTP error', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(respond(500, { message: 'x' }));
    await expect(fetchModelList('https://x.test/v1', { fetchImpl })).rejects.toThrow('HTTP 500');
  });
});
