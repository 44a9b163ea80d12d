// Starts the fake AI/ML API for the whole run and returns its teardown. When the port is taken
// by a fake server left from an earlier local run (or started by hand), that one is reused.
import type { FullConfig } from '@playwright/test';
import { fakeHost, fakeOrigin, fakePort, fakeServerName } from './fake-aiml/config.ts';
import { startFakeAimlServer } from './fake-aiml/server.ts';

async function answersAsFake(): Promise<boolean> {
  try {
    const response = await fetch(`${fakeOrigin}/__fake/health`, {
      signal: AbortSignal.timeout(2_000),
    });
    if (!response.ok) return false;
    const health = (await response.json()) as { name?: unknown };
    return health.name === fakeServerName;
  } catch {
    return false;
  }
}

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  try {
    const server = await startFakeAimlServer({ port: fakePort, host: fakeHost });
    console.log(`[fake-aiml] listening on ${server.baseUrl}`);
    return () => server.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (await answersAsFake()) {
      console.log(`[fake-aiml] port ${fakePort} already serves a fake AI/ML API: reusing it`);
      return () => Promise.resolve();
    }
    throw new Error(
      `Port ${fakePort} is busy and does not answer GET /__fake/health as the fake AI/ML API. ` +
        'Free the port or set FAKE_AIML_PORT to another one.',
    );
  }
}
