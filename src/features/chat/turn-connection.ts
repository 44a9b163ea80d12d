// Which provider a turn goes to: the live API with a key, the in-browser demo without one.
import { createDemoFetch } from '@/api/demo-provider';
import { effectiveBaseUrl, useSettingsStore } from '@/store/settings-store';

export interface TurnConnection {
  apiKey: string;
  baseUrl: string;
  fetchImpl: typeof fetch;
  demo: boolean;
}

const DEMO_BASE_URL = 'https://demo.invalid/v1';
let demoFetch: typeof fetch | null = null;

export function currentConnection(): TurnConnection {
  const { apiKey, baseUrl } = useSettingsStore.getState();
  if (!apiKey) {
    demoFetch ??= createDemoFetch();
    return { apiKey: '', baseUrl: DEMO_BASE_URL, fetchImpl: demoFetch, demo: true };
  }
  return {
    apiKey,
    baseUrl: effectiveBaseUrl(baseUrl),
    // Called through a wrapper: a detached `window.fetch` throws "Illegal invocation".
    fetchImpl: (input, init) => fetch(input, init),
    demo: false,
  };
}
