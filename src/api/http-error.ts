// Failed requests → one plain-text message a person can act on. Handles the three error bodies
// of aiml-api.md (the provider's own, OpenAI-like, a gateway's HTML page) and never lets the API
// key into a message: every text built here goes through `redactSecrets`.
import { messageText } from '@/api/chat-chunk';

export type ApiErrorKind = 'http' | 'network';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly requestId?: string;

  constructor(
    message: string,
    init: { kind: ApiErrorKind; status?: number; requestId?: string; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    if (init.status !== undefined) this.status = init.status;
    if (init.requestId !== undefined) this.requestId = init.requestId;
  }
}

const REDACTED = '[redacted]';
/** How much of an error body is shown. */
const MAX_DETAIL = 300;
export const PROXY_BASE_URL = '/aiml-proxy/v1';
const PROXY_HINT = `set Base URL to ${PROXY_BASE_URL} while running npm run dev or npm run preview`;

/** Replaces every secret (and any long bearer token) in a text with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    const trimmed = secret.trim();
    if (trimmed) out = out.split(trimmed).join(REDACTED);
  }
  // A key the caller did not know about, echoed in an `Authorization` header dump.
  return out.replace(/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi, `$1${REDACTED}`);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cap(text: string, max = MAX_DETAIL): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The readable text of an HTML page: its title when it has one, else the body text. */
export function htmlToText(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const titleText = title ? collapse(decodeEntities(title.replace(/<[^>]*>/g, ' '))) : '';
  if (titleText) return titleText;
  const body = html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return collapse(decodeEntities(body));
}

interface BodyDetail {
  detail?: string;
  requestId?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an error body says, whichever of the three shapes it has. */
function readErrorBody(text: string, contentType: string): BodyDetail {
  const trimmed = text.trim();
  if (!trimmed) return {};
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const json: unknown = JSON.parse(trimmed);
      if (isObject(json)) {
        const requestId =
          typeof json.requestId === 'string'
            ? json.requestId
            : typeof json.request_id === 'string'
              ? json.request_id
              : undefined;
        const { error } = json;
        const detail = isObject(error)
          ? messageText(error.message)
          : (messageText(error) ?? messageText(json.message) ?? messageText(json.detail));
        return { detail: detail === undefined ? undefined : collapse(detail), requestId };
      }
    } catch {
      // Not JSON after all: shown as text below.
    }
  }
  if (contentType.includes('html') || /^<(!doctype|html|head|body)/i.test(trimmed)) {
    return { detail: htmlToText(trimmed) || undefined };
  }
  return { detail: collapse(trimmed) };
}

/** Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function formatWait(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  return `${Math.ceil(seconds / 60)} min`;
}

/** A short, actionable hint for an HTTP status. */
export function statusHint(status: number, retryAfter?: number): string {
  if (status === 400 || status === 422) {
    return 'The provider rejected the request: check the model parameters and the message.';
  }
  if (status === 401) return 'Check the API key in Settings.';
  if (status === 402 || status === 403) {
    return 'The account may be out of credits, or the key lacks access to this model.';
  }
  if (status === 404) return 'Check the Base URL in Settings (it normally ends in /v1).';
  if (status === 413)
    return 'The request is too large: remove an image or shorten the conversation.';
  if (status === 429) {
    return retryAfter === undefined
      ? 'Rate limit reached: wait a moment and retry.'
      : `Rate limit reached: wait ${formatWait(retryAfter)} and retry.`;
  }
  if (status === 504) {
    return 'The generation timed out at the provider: try again, or ask for a shorter answer.';
  }
  if (status === 502 || status === 503) {
    return 'The provider or the model is unavailable right now (maybe under maintenance): try again shortly.';
  }
  if (status >= 500) {
    return 'The provider had trouble, or the model is under maintenance: try again later.';
  }
  return '';
}

function sentence(text: string): string {
  return /[.!?…:]$/.test(text) ? text : `${text}.`;
}

/** The ApiError for a non-OK response. Pass the request's API key so it is never shown. */
export async function errorFromResponse(
  res: Response,
  secrets: readonly string[] = [],
): Promise<ApiError> {
  let text = '';
  try {
    text = await res.text();
  } catch {
    // The body could not be read: the status still says enough.
  }
  const { detail, requestId: bodyRequestId } = readErrorBody(
    text,
    res.headers.get('content-type') ?? '',
  );
  const status = res.status;
  const fallback = res.statusText.trim() || 'Request failed';
  const hint = statusHint(status, retryAfterSeconds(res.headers.get('retry-after')));
  const message = [`HTTP ${status}: ${sentence(cap(detail || fallback))}`, hint]
    .filter(Boolean)
    .join(' ');
  const requestId =
    bodyRequestId ??
    res.headers.get('x-request-id') ??
    res.headers.get('x-inference-id') ??
    res.headers.get('x-client-request-id') ??
    undefined;
  return new ApiError(redactSecrets(message, secrets), {
    kind: 'http',
    status,
    requestId: requestId === undefined ? undefined : redactSecrets(requestId, secrets),
  });
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}

/** The ApiError for a fetch that never got a response (a TypeError such as "Failed to fetch"). */
export function networkError(
  baseUrl: string,
  cause: unknown,
  secrets: readonly string[] = [],
): ApiError {
  const sameOrigin = baseUrl.startsWith('/');
  const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  const message = sameOrigin
    ? `The request could not reach ${baseUrl}${reason}. That path is the same-origin dev proxy, ` +
      `which only exists while running npm run dev or npm run preview; otherwise the network is down.`
    : `The request could not reach ${hostOf(baseUrl)}${reason}. The browser may have refused it (CORS), ` +
      `or the network is down. If the browser refuses it, ${PROXY_HINT}.`;
  return new ApiError(redactSecrets(message, secrets), { kind: 'network', cause });
}
