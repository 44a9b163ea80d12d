// What went over the wire for recent turns: request, response head, raw SSE events with times.
// Memory only (a long answer has thousands of events); the Inspector and recordings read it.
import { create } from 'zustand';

/** One raw SSE event as received (the same shape as api's CapturedEvent; store/ may not import api/). */
export interface CapturedEvent {
  data: string;
  event?: string;
  /** Milliseconds since the request was sent. */
  at: number;
}

export interface TurnCapture {
  messageId: string;
  request: { url: string; method: 'POST'; headers: Record<string, string>; body: unknown };
  /** Epoch ms when the request was sent. */
  sentAt: number;
  response?: { status: number; headers: Record<string, string> };
  /** Appended in place as events arrive; `revision` changes when watchers should look again. */
  events: CapturedEvent[];
  revision: number;
  demo: boolean;
}

const KEEP = 60;

interface TurnCapturesState {
  captures: Record<string, TurnCapture>;
  order: string[];
  begin(capture: TurnCapture): void;
  setResponse(messageId: string, response: TurnCapture['response']): void;
  /** Appends without notifying: events arrive per network chunk; `publish` notifies per frame. */
  addEvent(messageId: string, event: CapturedEvent): void;
  publish(messageId: string): void;
}

export const useTurnCaptures = create<TurnCapturesState>((set, get) => ({
  captures: {},
  order: [],
  begin(capture) {
    set((state) => {
      const order = [...state.order, capture.messageId];
      const captures = { ...state.captures, [capture.messageId]: capture };
      while (order.length > KEEP) delete captures[order.shift()!];
      return { captures, order };
    });
  },
  setResponse(messageId, response) {
    const capture = get().captures[messageId];
    if (capture) set({ captures: { ...get().captures, [messageId]: { ...capture, response } } });
  },
  addEvent(messageId, event) {
    get().captures[messageId]?.events.push(event);
  },
  publish(messageId) {
    const capture = get().captures[messageId];
    if (!capture) return;
    set({
      captures: { ...get().captures, [messageId]: { ...capture, revision: capture.revision + 1 } },
    });
  },
}));

/**
 * The `streamTurn` hooks that record one turn (request, response head, raw events), shared by
 * chat turns, replays and compare columns. Typed structurally: the store may not import api/.
 */
export function captureHooks(messageId: string, demo: boolean) {
  const captures = useTurnCaptures.getState();
  return {
    onRequest: (request: Omit<TurnCapture['request'], 'method'>) =>
      captures.begin({
        messageId,
        request: { ...request, method: 'POST' },
        sentAt: Date.now(),
        events: [],
        revision: 0,
        demo,
      }),
    onResponse: (response: { status: number; headers: Record<string, string> }) =>
      captures.setResponse(messageId, { status: response.status, headers: response.headers }),
    onRawEvent: (event: CapturedEvent) => captures.addEvent(messageId, event),
    onNotice: (message: string) => console.warn(message),
  };
}
