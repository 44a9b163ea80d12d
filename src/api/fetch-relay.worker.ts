// The dedicated worker that runs live chat requests for the page (see fetch-relay.ts).
import { createFetchRelay, type RelayMessage, type RelayReply } from '@/api/fetch-relay';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

const relay = createFetchRelay({
  // Called through a wrapper: a detached `fetch` throws "Illegal invocation".
  fetch: (input, init) => fetch(input, init),
  post: (reply, transfer) => self.postMessage(reply, { transfer }),
  intervalMs: streamUpdateIntervalMs,
});
self.addEventListener('message', (event: MessageEvent<RelayMessage>) => relay.handle(event.data));
self.postMessage({ type: 'ready' } satisfies RelayReply);
