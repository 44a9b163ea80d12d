// Which provider a request goes to: the live API with a key, the in-browser demo without one.
import type { DemoFetchOptions } from '@/api/demo-provider';
import { createRelayedFetch, openFetchRelayWorker, type RelayedFetch } from '@/api/relayed-fetch';
import { DEFAULT_BASE_URL } from '@/domain/defaults';

export interface Connection {
  apiKey: string;
  baseUrl: string;
  fetchImpl: typeof fetch;
  demo: boolean;
}

const DEMO_BASE_URL = 'https://demo.invalid/v1';
let demoFetch: typeof fetch | null = null;
let demoOptions: DemoFetchOptions = {};
let relayedFetch: RelayedFetch | null = null;

/**
 * Live answers stream through a worker, which spares the page a task per network chunk. The
 * fallback is called through a wrapper: a detached `window.fetch` throws "Illegal invocation".
 */
function liveFetch(): RelayedFetch {
  relayedFetch ??= createRelayedFetch(openFetchRelayWorker, (input, init) => fetch(input, init));
  return relayedFetch;
}

/** Starts the worker that runs live requests, so the first answer does not wait for it to load. */
export function warmLiveConnection(): void {
  liveFetch().warm();
}

/** Lets the app give the demo provider browser-side helpers (image facts) without a DOM here. */
export function configureDemoProvider(options: DemoFetchOptions): void {
  demoOptions = options;
  demoFetch = null;
}

/**
 * The demo provider (its answer texts are most of it) is a lazy chunk, loaded on the first demo
 * request rather than with the app.
 */
function lazyDemoFetch(options: DemoFetchOptions): typeof fetch {
  let pending: Promise<typeof fetch> | null = null;
  return async (input, init) => {
    pending ??= import('@/api/demo-provider').then(
      (module) => module.createDemoFetch(options),
      (error: unknown) => {
        pending = null; // the next request tries again
        throw error;
      },
    );
    const demo = await pending;
    return demo(input, init);
  };
}

export function resolveConnection(settings: { apiKey: string; baseUrl: string }): Connection {
  const apiKey = settings.apiKey.trim();
  if (!apiKey) {
    demoFetch ??= lazyDemoFetch(demoOptions);
    return { apiKey: '', baseUrl: DEMO_BASE_URL, fetchImpl: demoFetch, demo: true };
  }
  return {
    apiKey,
    baseUrl: settings.baseUrl.trim() || DEFAULT_BASE_URL,
    fetchImpl: liveFetch(),
    demo: false,
  };
}
