import { describe, expect, it } from 'vitest';
import { parseRecordingFile } from '@/features/recordings/parse-recording';

const valid = {
  format: 'qwen-playground/recording',
  version: 1,
  id: 'rec-1',
  title: 'Hello',
  createdAt: 1,
  modelId: 'alibaba/qwen3-32b',
  thinking: false,
  prompt: 'Hi',
  demo: false,
  request: { url: 'https://x/v1/chat/completions', body: { model: 'alibaba/qwen3-32b' } },
  response: { status: 200, contentType: 'text/event-stream' },
  events: [{ data: '[DONE]', at: 3 }],
};

describe('parseRecordingFile', () => {
  it('accepts a recording and gives it a fresh id', async () => {
    const parsed = await parseRecordingFile(JSON.stringify(valid));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.recording.id).not.toBe('rec-1');
      expect(parsed.recording.events).toEqual(valid.events);
    }
  });

  it.each([
    ['not JSON', '{nope', /not JSON/],
    ['another format', JSON.stringify({ ...valid, format: 'other' }), /at format/],
    ['a future version', JSON.stringify({ ...valid, version: 2 }), /at version/],
    ['no events', JSON.stringify({ ...valid, events: [] }), /at events/],
    [
      'a negative time',
      JSON.stringify({ ...valid, events: [{ data: 'x', at: -1 }] }),
      /at events\.0\.at/,
    ],
    [
      'a non-string event',
      JSON.stringify({ ...valid, events: [{ data: 5, at: 1 }] }),
      /at events\.0\.data/,
    ],
  ])('refuses %s', async (_name, text, message) => {
    const parsed = await parseRecordingFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
