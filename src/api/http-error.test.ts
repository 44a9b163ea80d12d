import { describe, expect, it } from 'vitest';
import {
  ApiError,
  errorFromResponse,
  htmlToText,
  networkError,
  redactSecrets,
  retryAfterSeconds,
  statusHint,
} from '@/api/http-error';

const KEY = 'b72af53a19ea41caaf5a74ba1f6fc62b';

function jsonResponse(
  body: unknown,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('errorFromResponse', () => {
  it('reads the provider’s shape, with statusCode as a string', async () => {
    const error = await errorFromResponse(
      jsonResponse(
        {
          message: 'Invalid API key',
          path: '/v1/chat/completions',
          requestId: 'req-123',
          statusCode: '401',
          timestamp: '2025-01-01T00:00:00.000Z',
        },
        401,
      ),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(401);
    expect(error.requestId).toBe('req-123');
    expect(error.message).toBe('HTTP 401: Invalid API key. Check the API key in Settings.');
  });

  it('lists validation messages that come as an array', async () => {
    const error = await errorFromResponse(
      jsonResponse(
        {
          message: ['temperature must not be greater than 2', 'model is required'],
          statusCode: 400,
        },
        400,
      ),
    );
    expect(error.message).toContain('temperature must not be greater than 2; model is required.');
    expect(error.message).toContain('check the model parameters');
  });

  it('reads the OpenAI-like shape', async () => {
    const error = await errorFromResponse(
      jsonResponse(
        { error: { message: 'Insufficient credits', type: 'billing', code: 'no_credits' } },
        403,
      ),
    );
    expect(error.message).toBe(
      'HTTP 403: Insufficient credits. The account may be out of credits, or the key lacks access to this model.',
    );
  });

  it('reads a gateway’s HTML page: its title, else its text, capped', async () => {
    const nginx =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';
    const error = await errorFromResponse(
      new Response(nginx, {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html' },
      }),
    );
    expect(error.message).toMatch(
      /^HTTP 502: 502 Bad Gateway\. The provider or the model is unavailable/,
    );

    const untitled = `<!DOCTYPE html><html><body><script>var x = 1;</script><style>p{}</style><h1>Upstream &amp; timeout</h1>\n\n<p>${'Please try again. '.repeat(40)}</p></body></html>`;
    const long = await errorFromResponse(new Response(untitled, { status: 504 }));
    const detail = long.message.slice(
      'HTTP 504: '.length,
      long.message.indexOf(' The generation timed out'),
    );
    expect(detail.startsWith('Upstream & timeout Please try again.')).toBe(true);
    expect(detail).not.toMatch(/[<>]|var x|p\{\}/);
    expect(detail.length).toBeLessThanOrEqual(300);
    expect(detail.endsWith('…')).toBe(true);
  });

  it('falls back to the status text, then to a generic text', async () => {
    expect(
      (
        await errorFromResponse(
          new Response('', { status: 500, statusText: 'Internal Server Error' }),
        )
      ).message,
    ).toBe(
      'HTTP 500: Internal Server Error. The provider had trouble, or the model is under maintenance: try again later.',
    );
    expect((await errorFromResponse(new Response(null, { status: 404 }))).message).toBe(
      'HTTP 404: Request failed. Check the Base URL in Settings (it normally ends in /v1).',
    );
  });

  it('shows plain text bodies collapsed', async () => {
    const error = await errorFromResponse(
      new Response('  upstream\n\n timed   out ', { status: 504 }),
    );
    expect(error.message).toMatch(/^HTTP 504: upstream timed out\. The generation timed out/);
  });

  it('honours Retry-After on 429, in seconds or as a date', async () => {
    const seconds = await errorFromResponse(
      jsonResponse({ message: 'Too Many Requests' }, 429, { 'retry-after': '20' }),
    );
    expect(seconds.message).toBe(
      'HTTP 429: Too Many Requests. Rate limit reached: wait 20 s and retry.',
    );
    const date = new Date(Date.now() + 180_000).toUTCString();
    const later = await errorFromResponse(
      jsonResponse({ message: 'slow down' }, 429, { 'retry-after': date }),
    );
    expect(later.message).toMatch(/wait [34] min and retry\.$/);
    const plain = await errorFromResponse(jsonResponse({ message: 'slow down' }, 429));
    expect(plain.message).toContain('wait a moment and retry');
  });

  it('takes the request id from a header when the body has none', async () => {
    const error = await errorFromResponse(
      jsonResponse({ message: 'x' }, 500, { 'x-inference-id': 'inf-9' }),
    );
    expect(error.requestId).toBe('inf-9');
  });

  it('never shows the API key, whatever the body echoes', async () => {
    const bodies = [
      jsonResponse({ message: `Invalid key ${KEY}`, statusCode: 401 }, 401),
      jsonResponse({ error: { message: `Authorization: Bearer ${KEY} rejected` } }, 401),
      new Response(`<html><body>key=${KEY}</body></html>`, {
        status: 403,
        headers: { 'content-type': 'text/html' },
      }),
      jsonResponse({ message: 'x', requestId: KEY }, 400),
    ];
    for (const res of bodies) {
      const error = await errorFromResponse(res, [KEY]);
      expect(error.message).not.toContain(KEY);
      expect(error.requestId ?? '').not.toContain(KEY);
      expect(`${error.message} ${error.requestId ?? ''}`).toContain('[redacted]');
    }
  });
});

describe('statusHint', () => {
  it.each([
    [401, 'API key in Settings'],
    [403, 'out of credits'],
    [404, 'Base URL'],
    [429, 'Rate limit'],
    [500, 'under maintenance'],
    [503, 'unavailable'],
    [504, 'timed out'],
  ])('has a hint for %i', (status, text) => {
    expect(statusHint(status)).toContain(text);
  });

  it('says nothing for statuses it knows nothing about', () => {
    expect(statusHint(418)).toBe('');
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and dates, and ignores junk', () => {
    expect(retryAfterSeconds('5')).toBe(5);
    expect(
      retryAfterSeconds('Wed, 21 Oct 2015 07:28:10 GMT', Date.UTC(2015, 9, 21, 7, 28, 0)),
    ).toBe(10);
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });
});

describe('redactSecrets', () => {
  it('replaces every occurrence of each secret, and long bearer tokens', () => {
    expect(redactSecrets(`a ${KEY} b ${KEY}`, [KEY])).toBe('a [redacted] b [redacted]');
    expect(redactSecrets(`Authorization: Bearer sk-${'x'.repeat(30)}`, [])).toBe(
      'Authorization: Bearer [redacted]',
    );
    expect(redactSecrets('Missing Bearer token', [])).toBe('Missing Bearer token');
    expect(redactSecrets('nothing to hide', ['', '  '])).toBe('nothing to hide');
    expect(redactSecrets(`key ${KEY}`, [`  ${KEY}\n`])).toBe('key [redacted]');
  });
});

describe('htmlToText', () => {
  it('decodes entities and drops comments', () => {
    expect(htmlToText('<p>a &lt;b&gt; &#39;c&#x27; <!-- hidden --> d&nbsp;e</p>')).toBe(
      "a <b> 'c' d e",
    );
  });
});

describe('networkError', () => {
  it('explains an unreachable host and points to the dev proxy', () => {
    const error = networkError('https://api.aimlapi.com/v1', new TypeError('Failed to fetch'), [
      KEY,
    ]);
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('could not reach api.aimlapi.com (Failed to fetch)');
    expect(error.message).toContain('CORS');
    expect(error.message).toContain('network is down');
    expect(error.message).toContain(
      'set Base URL to /aiml-proxy/v1 while running npm run dev or npm run preview',
    );
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('says that the proxy path only works under the dev or preview server', () => {
    const error = networkError('/aiml-proxy/v1', new TypeError('Failed to fetch'));
    expect(error.message).toContain('/aiml-proxy/v1');
    expect(error.message).toContain('npm run dev or npm run preview');
  });

  it('redacts the key from the cause', () => {
    const error = networkError('https://example.test/v1', new TypeError(`bad header ${KEY}`), [
      KEY,
    ]);
    expect(error.message).not.toContain(KEY);
  });
});
