import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AssistantMessage } from '@/domain/conversation';
import { getRecording, recordingFromCapture, useRecordingsStore } from '@/store/recordings-store';
import type { TurnCapture } from '@/store/turn-captures';

const capture: TurnCapture = {
  messageId: 'a1',
  request: {
    url: 'https://api.aimlapi.com/v1/chat/completions',
    method: 'POST',
    headers: { Authorization: 'Bearer <YOUR_AIMLAPI_KEY>', 'Content-Type': 'application/json' },
    body: { model: 'alibaba/qwen3-32b', messages: [{ role: 'user', content: 'hi' }] },
  },
  sentAt: 1,
  response: { status: 200, headers: { 'content-type': 'text/event-stream', 'x-request-id': 'r1' } },
  events: [
    { data: '{"choices":[{"delta":{"content":"Hi"}}]}', at: 120.5 },
    { data: '[DONE]', event: 'end', at: 300 },
  ],
  revision: 3,
  demo: false,
};

const message = {
  id: 'a1',
  modelId: 'alibaba/qwen3-32b',
  thinking: true,
} as AssistantMessage;

describe('recordings', () => {
  it('keeps the body, the events and their timing, and no request header', () => {
    const recording = recordingFromCapture(capture, message, 'Say hi\nplease', 5);
    expect(recording).toMatchObject({
      format: 'qwen-playground/recording',
      version: 1,
      title: 'Say hi',
      modelId: 'alibaba/qwen3-32b',
      thinking: true,
      prompt: 'Say hi\nplease',
      response: { status: 200, contentType: 'text/event-stream' },
      request: { url: capture.request.url, body: capture.request.body },
    });
    expect(recording.events).toEqual([
      { data: capture.events[0]!.data, at: 120.5 },
      { data: '[DONE]', event: 'end', at: 300 },
    ]);
    expect(JSON.stringify(recording)).not.toMatch(/authorization|bearer/i);
  });

  it('saves, lists newest first, reads back and removes', async () => {
    const store = useRecordingsStore.getState();
    const older = recordingFromCapture(capture, message, 'older', 1);
    const newer = recordingFromCapture(capture, message, 'newer', 2);
    await store.save(older);
    await store.save(newer);
    expect(useRecordingsStore.getState().summaries.map((s) => s.title)).toEqual(['newer', 'older']);
    expect(useRecordingsStore.getState().summaries[0]).toMatchObject({
      eventCount: 2,
      durationMs: 300,
    });
    expect((await getRecording(older.id))?.prompt).toBe('older');
    await store.remove(older.id);
    expect(await getRecording(older.id)).toBeUndefined();
    expect(useRecordingsStore.getState().summaries.map((s) => s.title)).toEqual(['newer']);
  });
});
