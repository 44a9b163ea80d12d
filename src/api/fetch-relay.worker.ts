// The dedicated worker that runs live chat requests for the page (see fetch-relay.ts).
import { createFetchRelay, type RelayMessage, type RelayReply } from '@/api/fetch-relay';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

/** What this file uses of `DedicatedWorkerGlobalScope` (the project's types are the page's, where `self` is a window). */
interface RelayScope {
  postMessage(message: RelayReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RelayMessage>) => void): void;
}
const scope = self as unknown as RelayScope;

const relay = createFetchRelay({
  // Called through a wrapper: a detached `fetch` throws "Illegal invocation".
  fetch: (input, init) => fetch(input, init),
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  intervalMs: streamUpdateIntervalMs,
});
scope.addEventListener('message', (event) => relay.handle(event.data));
scope.postMessage({ type: 'ready' }, []);
