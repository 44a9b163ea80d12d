// Subscribes a block to a lazily loaded module. A block that does not want the module reads
// null both before and after it loads, so only blocks with code or math re-render when it arrives.
import { useSyncExternalStore } from 'react';
import type { LazyModule } from '@/components/markdown/lazy-modules';

export function useLazyModule<T>(module: LazyModule<T>, wanted: boolean): T | null {
  return useSyncExternalStore(
    module.subscribe,
    () => (wanted ? module.get() : null),
    () => null,
  );
}
