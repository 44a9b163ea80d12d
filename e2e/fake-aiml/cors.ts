// CORS as a browser needs it to call the API directly: any origin, the headers the app sends,
// and the response headers it may read.
export const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'x-inference-id, x-client-request-id, x-aimlapi-credits-used, x-aimlapi-usd-spent',
} as const;

export const preflightHeaders = {
  ...corsHeaders,
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-client-request-id, accept',
  'access-control-max-age': '600',
} as const;
