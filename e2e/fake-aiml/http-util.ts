// Small helpers over node:http: read a body, send JSON or text with CORS headers.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { corsHeaders } from './cors.ts';
import { providerErrorBody } from './errors.ts';

const maxBodyBytes = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    ...corsHeaders,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  sendText(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/** The provider's `{message, path, requestId, statusCode, timestamp}` error. */
export function sendProviderError(
  res: ServerResponse,
  status: number,
  path: string,
  message?: string,
  headers: OutgoingHttpHeaders = {},
): void {
  sendJson(res, status, providerErrorBody(status, path, message), headers);
}

export function hasBearerKey(req: IncomingMessage): boolean {
  return /^Bearer\s+\S+/.test(req.headers.authorization ?? '');
}
