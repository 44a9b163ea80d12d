// `streamTurn` behind a dynamic import: the streaming client (fetch, SSE parsing, chunk mapping,
// error mapping) is not needed to paint the app, only to send, so it is a chunk of its own,
// fetched once the app has rendered. A turn started before it arrives waits for it.
import type * as streamTurnModule from '@/api/stream-turn';
import { afterFirstRender } from '@/lib/after-first-render';
import type { StreamTurnOptions, TurnOutcome } from '@/api/stream-turn';

type StreamTurnModule = typeof streamTurnModule;

let loaded: StreamTurnModule | null = null;
let pending: Promise<StreamTurnModule> | null = null;

function load(): Promise<StreamTurnModule> {
  pending ??= import('@/api/stream-turn').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null; // the next turn tries again
      throw error;
    },
  );
  return pending;
}

if (typeof window !== 'undefined') afterFirstRender(() => void load().catch(() => undefined));

/**
 * The same as `streamTurn` in api/stream-turn.ts. Once the module is there the call is direct,
 * so the request still leaves before the caller's UI update renders (time to first token).
 */
export function streamTurn(options: StreamTurnOptions): Promise<TurnOutcome> {
  if (loaded) return loaded.streamTurn(options);
  return load().then((module) => module.streamTurn(options));
}
