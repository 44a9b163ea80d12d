// Starts the fake AI/ML API on the benchmarks' own port (FAKE_AIML_PORT, 4015 by default).
// eslint-disable-next-line no-restricted-imports -- the benchmarks reuse the e2e fake API (outside src/, no alias)
import { fakeHost, fakePort } from '../e2e/fake-aiml/config.ts';
// eslint-disable-next-line no-restricted-imports -- the benchmarks reuse the e2e fake API (outside src/, no alias)
import { startFakeAimlServer } from '../e2e/fake-aiml/server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startFakeAimlServer({ port: fakePort, host: fakeHost });
  console.log(`[bench] fake AI/ML API on ${server.baseUrl}`);
  return () => server.close();
}
