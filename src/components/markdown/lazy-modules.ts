// highlight.js and Temml (the math typesetter) are large and most answers need neither, so
// they are loaded with a dynamic import() the first time a block contains code or math. Until
// then blocks render plain (escaped) code and TeX; a block re-renders once when its module
// arrives.
import type { HLJSApi } from 'highlight.js';
import type temml from 'temml';
import { loadMathFont } from '@/components/markdown/math-font';

export type MathApi = typeof temml;

export interface LazyModule<T> {
  /** The module if it has loaded. */
  get(): T | null;
  /** Starts loading (once); resolves to the module, or null if it could not be loaded. */
  load(): Promise<T | null>;
  subscribe(listener: () => void): () => void;
}

function lazyModule<T>(label: string, importer: () => Promise<T>): LazyModule<T> {
  let value: T | null = null;
  let pending: Promise<T | null> | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    load() {
      pending ??= importer().then(
        (loaded) => {
          value = loaded;
          for (const listener of listeners) listener();
          return loaded;
        },
        (error: unknown) => {
          // Plain code and TeX stay readable; no retry loop on every render.
          console.warn(`Could not load ${label}; showing plain text instead.`, error);
          return null;
        },
      );
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const highlighterModule = lazyModule<HLJSApi>('the code highlighter', async () => {
  const module = await import('highlight.js/lib/common');
  return module.default;
});

export const mathModule = lazyModule<MathApi>('the math typesetter', async () => {
  const [module] = await Promise.all([
    import('temml'),
    import('temml/dist/Temml-Local.css'),
    import('@/components/markdown/math.css'),
  ]);
  await loadMathFont();
  return module.default;
});

/** Loads both modules, e.g. before an HTML export that should include highlighting and math. */
export async function preloadMarkdownModules(): Promise<void> {
  await Promise.all([highlighterModule.load(), mathModule.load()]);
}
