// A fake AI/ML API on plain node:http for the end-to-end tests: the provider's wire format,
// ragged network writes, scenario directives in the prompt, request recording for assertions.
// Imports nothing from src/. Started by e2e/global-setup.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleBilling, handleKey, handleModels } from './catalog.ts';
import { handleChatCompletions } from './chat-completions.ts';
import { fakeHost, fakePort, fakeServerName } from './config.ts';
import { preflightHeaders } from './cors.ts';
import { parseJson, readBody, sendJson, sendProviderError } from './http-util.ts';
import { RequestLog } from './recorder.ts';

export interface FakeAimlServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `http://127.0.0.1:<port>/v1`: what the app's Base URL is set to. */
  baseUrl: string;
  port: number;
  log: RequestLog;
  close(): Promise<void>;
}

export interface FakeAimlOptions {
  port?: number;
  host?: string;
}

const chatPath = '/v1/chat/completions';

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  startedAt: number,
) {
  const url = new URL(req.url ?? '/', 'http://fake.local');
  const method = req.method ?? 'GET';
  const path = url.pathname;

  if (path === chatPath) {
    const rawBody = await readBody(req);
    const parsed = parseJson(rawBody);
    const entry = log.add({
      time: Date.now(),
      method,
      path,
      query: url.search,
      headers: req.headers,
      rawBody,
      body: parsed.ok ? parsed.value : null,
    });
    if (method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders);
      res.end();
      return;
    }
    if (method !== 'POST') return sendProviderError(res, 404, path, `Cannot ${method} ${path}`);
    if (!parsed.ok && rawBody.trim() !== '') {
      entry.response = { status: 400, stream: false, outcome: 'http-error' };
      return sendProviderError(res, 400, path, 'Invalid payload provided: body is not valid JSON');
    }
    return handleChatCompletions(req, res, entry);
  }

  if (method === 'OPTIONS') {
    res.writeHead(204, preflightHeaders);
    res.end();
    return;
  }

  if (path === '/__fake/health' && method === 'GET') {
    return sendJson(res, 200, { ok: true, name: fakeServerName, startedAt, recorded: log.size });
  }
  if (path === '/__fake/requests') {
    if (method === 'DELETE') {
      log.clear();
      return sendJson(res, 200, { ok: true });
    }
    if (method === 'GET') return sendJson(res, 200, log.find(url.searchParams.get('contains')));
  }
  if (method === 'GET' && path === '/v1/models') return handleModels(req, res);
  if (method === 'GET' && path === '/v1/key') return handleKey(req, res, path);
  if (method === 'GET' && path === '/v2/billing') return handleBilling(req, res, path);

  // Drain whatever was sent, then answer like the provider's router does.
  await readBody(req);
  sendProviderError(res, 404, path, `Cannot ${method} ${path}`);
}

export function startFakeAimlServer(options: FakeAimlOptions = {}): Promise<FakeAimlServer> {
  const host = options.host ?? fakeHost;
  const log = new RequestLog();
  const startedAt = Date.now();
  const server: Server = createServer((req, res) => {
    route(req, res, log, startedAt).catch((error: unknown) => {
      console.error('[fake-aiml] handler failed:', error);
      if (!res.headersSent) sendProviderError(res, 500, req.url ?? '/', 'Fake server failure');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? fakePort, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const origin = `http://${host}:${port}`;
      resolve({
        origin,
        baseUrl: `${origin}/v1`,
        port,
        log,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
