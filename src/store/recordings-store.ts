// Recordings live in IndexedDB (their own database: a long answer has thousands of events), and
// a small Zustand store keeps their summaries for the lists that show them.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { create } from 'zustand';
import type { AssistantMessage } from '@/domain/conversation';
import {
  RECORDING_FORMAT,
  RECORDING_VERSION,
  summarizeRecording,
  type Recording,
  type RecordingSummary,
  type ReplaySpeed,
} from '@/domain/recording';
import { newId } from '@/lib/ids';
import type { TurnCapture } from '@/store/turn-captures';

let db: UseStore | null = null;
const recordingsDb = () => (db ??= createStore('qwen-playground-recordings', 'recordings'));

/**
 * A recording of a finished turn from its capture. No header is kept from the request (the
 * Authorization header, even masked, has no place in a file that travels).
 */
export function recordingFromCapture(
  capture: TurnCapture,
  message: AssistantMessage,
  prompt: string,
  now = Date.now(),
): Recording {
  const firstLine = prompt.trim().split('\n')[0] ?? '';
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    id: newId('rec'),
    title: (firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine) || 'Untitled turn',
    createdAt: now,
    modelId: message.modelId,
    thinking: message.thinking,
    prompt,
    demo: capture.demo,
    request: { url: capture.request.url, body: capture.request.body },
    response: {
      status: capture.response?.status ?? 200,
      contentType: capture.response?.headers['content-type'] ?? 'text/event-stream',
    },
    events: capture.events.map(({ data, event, at }) =>
      event ? { data, event, at } : { data, at },
    ),
  };
}

interface RecordingsState {
  summaries: RecordingSummary[];
  loaded: boolean;
  /** How replays run: the recorded pace, twice as fast, or all at once. */
  speed: ReplaySpeed;
  setSpeed(speed: ReplaySpeed): void;
  /** Reads the summaries once (later calls are no-ops). */
  load(): Promise<void>;
  save(recording: Recording): Promise<void>;
  remove(id: string): Promise<void>;
}

const newestFirst = (a: RecordingSummary, b: RecordingSummary) => b.createdAt - a.createdAt;

export const useRecordingsStore = create<RecordingsState>((setState, getState) => ({
  summaries: [],
  loaded: false,
  speed: 1,
  setSpeed: (speed) => setState({ speed }),
  async load() {
    if (getState().loaded) return;
    const ids = (await keys(recordingsDb())).filter(
      (key): key is string => typeof key === 'string',
    );
    const recordings = await Promise.all(ids.map((id) => get<Recording>(id, recordingsDb())));
    const found = recordings.filter((recording): recording is Recording => !!recording);
    setState((state) => {
      // Saved while loading: keep those too.
      const known = new Set(found.map((recording) => recording.id));
      const extra = state.summaries.filter((summary) => !known.has(summary.id));
      return {
        loaded: true,
        summaries: [...found.map(summarizeRecording), ...extra].sort(newestFirst),
      };
    });
  },
  async save(recording) {
    await set(recording.id, recording, recordingsDb());
    setState((state) => ({
      summaries: [
        summarizeRecording(recording),
        ...state.summaries.filter((s) => s.id !== recording.id),
      ].sort(newestFirst),
    }));
  },
  async remove(id) {
    await del(id, recordingsDb());
    setState((state) => ({ summaries: state.summaries.filter((summary) => summary.id !== id) }));
  },
}));

export async function getRecording(id: string): Promise<Recording | undefined> {
  return get<Recording>(id, recordingsDb());
}
