// A message channel between the tabs of this origin: BroadcastChannel where there is one,
// otherwise `storage` events of a localStorage key (every other tab gets each write).
export interface TabChannel<M> {
  post(message: M): void;
  close(): void;
}

export function openTabChannel<M>(name: string, onMessage: (message: M) => void): TabChannel<M> {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<M>) => onMessage(event.data);
    return {
      post: (message) => {
        try {
          channel.postMessage(message);
        } catch (error) {
          console.warn('Could not tell the other tabs about a change.', error);
        }
      },
      close: () => channel.close(),
    };
  }

  const key = `${name}:message`;
  const listener = (event: StorageEvent) => {
    if (event.key !== key || !event.newValue) return;
    try {
      onMessage((JSON.parse(event.newValue) as { message: M }).message);
    } catch {
      // Not ours, or damaged: ignore.
    }
  };
  window.addEventListener('storage', listener);
  return {
    post: (message) => {
      try {
        // A nonce makes every write a change, so two equal messages both arrive.
        localStorage.setItem(key, JSON.stringify({ nonce: Math.random(), message }));
        localStorage.removeItem(key);
      } catch (error) {
        console.warn('Could not tell the other tabs about a change.', error);
      }
    },
    close: () => window.removeEventListener('storage', listener),
  };
}
