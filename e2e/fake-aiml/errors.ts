// The three error shapes a client of the AI/ML API meets: the provider's own body, OpenAI's
// body passed through from an upstream host, and a gateway's HTML page.
import { randomUUID } from 'node:crypto';

/** `{message, path, requestId, statusCode, timestamp}`: what the provider answers on HTTP errors. */
export interface ProviderErrorBody {
  message: string;
  path: string;
  requestId: string;
  statusCode: number;
  timestamp: string;
}

/** A realistic message per status. Specs import this table to assert what the app shows. */
export const providerMessages: Record<number, string> = {
  400: 'Invalid payload provided',
  401: 'Unauthorized',
  403: 'Insufficient credits. Top up your balance at https://aimlapi.com/app/billing to continue.',
  404: 'Model not found or no longer available',
  429: 'Too many requests. Rate limit reached for this API key, retry after 2 seconds.',
  500: 'Internal server error: the model is under maintenance, please try again later.',
  502: 'Bad gateway: the upstream provider returned an invalid response.',
  503: 'Service unavailable: the model is overloaded, please try again later.',
  504: 'Generation timeout: the model did not finish in time.',
};

export function providerMessage(status: number): string {
  return providerMessages[status] ?? `Request failed with status ${status}`;
}

export function providerErrorBody(status: number, path: string, message = providerMessage(status)) {
  return {
    message,
    path,
    requestId: randomUUID(),
    statusCode: status,
    timestamp: new Date().toISOString(),
  } satisfies ProviderErrorBody;
}

/** OpenAI's error shape, as passed through from an upstream host. */
export const openAiErrorMessage =
  'The server had an error while processing your request. Sorry about that!';

export function openAiErrorBody(status: number) {
  return {
    error: {
      message: status === 500 ? openAiErrorMessage : `Upstream error ${status}`,
      type: status >= 500 ? 'server_error' : 'invalid_request_error',
      code: status >= 500 ? 'internal_error' : null,
    },
  };
}

const reasonPhrases: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** A gateway's HTML error page (nginx style). */
export function htmlErrorPage(status: number): string {
  const phrase = reasonPhrases[status] ?? 'Error';
  return [
    '<html>',
    `<head><title>${status} ${phrase}</title></head>`,
    '<body>',
    `<center><h1>${status} ${phrase}</h1></center>`,
    '<hr><center>nginx</center>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

/** The message of the error chunk sent by `[[fake:stream-error]]`. */
export const streamErrorMessage = 'Upstream model crashed';
