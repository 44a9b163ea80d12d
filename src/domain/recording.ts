// A recorded turn: what was asked and the raw SSE events that answered, with their timing, so it
// can be streamed again offline through the same parser. Plain data: stored, exported, imported.
import type { ModelId } from '@/domain/models';

export const RECORDING_FORMAT = 'qwen-playground/recording';
export const RECORDING_VERSION = 1;

export interface RecordedEvent {
  data: string;
  event?: string;
  /** Milliseconds after the request was sent. */
  at: number;
}

export interface Recording {
  format: typeof RECORDING_FORMAT;
  version: typeof RECORDING_VERSION;
  id: string;
  title: string;
  createdAt: number;
  modelId: ModelId;
  thinking: boolean;
  /** The prompt the answer replied to, as the user typed it. */
  prompt: string;
  /** Served by the offline demo provider when recorded. */
  demo: boolean;
  /** The request as sent, with no key: URL and JSON body only. */
  request: { url: string; body: unknown };
  response: { status: number; contentType: string };
  events: RecordedEvent[];
}

/** What a list shows without loading every event. */
export interface RecordingSummary {
  id: string;
  title: string;
  createdAt: number;
  modelId: ModelId;
  demo: boolean;
  eventCount: number;
  durationMs: number;
}

export function summarizeRecording(recording: Recording): RecordingSummary {
  const last = recording.events[recording.events.length - 1];
  return {
    id: recording.id,
    title: recording.title,
    createdAt: recording.createdAt,
    modelId: recording.modelId,
    demo: recording.demo,
    eventCount: recording.events.length,
    durationMs: last ? Math.round(last.at) : 0,
  };
}

export type ReplaySpeed = 1 | 2 | 'instant';
