// Where the fake AI/ML API listens. One place, read by global setup, fixtures and specs alike
// (workers inherit the runner's environment, so FAKE_AIML_PORT reaches them too).
export const fakePort = Number(process.env.FAKE_AIML_PORT ?? 4010);
export const fakeHost = '127.0.0.1';
export const fakeOrigin = `http://${fakeHost}:${fakePort}`;
/** What the app's `Base URL` field is set to in tests. */
export const fakeBaseUrl = `${fakeOrigin}/v1`;
/** The name `GET /__fake/health` answers with, so a re-run can recognise a server it may reuse. */
export const fakeServerName = 'fake-aiml';
