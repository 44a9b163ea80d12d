// A value that changes now and then, and listeners told of each change. One who subscribes late
// still hears the latest value at once (unless it is null: nothing to report).
export interface LatestValueSignal<T> {
  subscribe(listener: (value: T) => void): () => void;
  publish(value: T): void;
}

export function createLatestValueSignal<T>(): LatestValueSignal<T> {
  const listeners = new Set<(value: T) => void>();
  let latest: T | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (latest !== null) listener(latest);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(value) {
      latest = value;
      for (const listener of listeners) listener(value);
    },
  };
}
