// A component whose code is a lazy chunk: it renders nothing until the chunk has arrived (it
// starts loading when it first mounts), then renders the real component with the same props. For
// dialogs and views a first visit does not need, so they stay out of the initial JS; unlike
// React.lazy it needs no Suspense boundary, so swapping an import for it changes nothing else.
// A `Fallback` (same props) is shown meanwhile instead of nothing. `lazyDialog` is for what is
// mounted closed: during start-up its chunk waits for idle time instead of competing with it.
import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { soonUnlessStartingUp } from '@/lib/after-first-render';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback?: ComponentType<P>,
  { idleDuringStartup = false }: { idleDuringStartup?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const start = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        pending = null; // a later render tries again
        console.warn('Could not load part of the app.', error);
      },
    );
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const getLoaded = () => loaded;

  function Lazy(props: P) {
    const Component = useSyncExternalStore(subscribe, getLoaded, getLoaded);
    useEffect(() => {
      if (idleDuringStartup) soonUnlessStartingUp(start);
      else start();
    }, []);
    if (Component) return <Component {...props} />;
    return Fallback ? <Fallback {...props} /> : null;
  }
  return Lazy;
}

/** A dialog (or panel) mounted closed: nothing on screen waits for its chunk at start-up. */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazyComponent(load, undefined, { idleDuringStartup: true });
}
