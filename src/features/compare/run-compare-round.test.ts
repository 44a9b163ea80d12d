// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistantMessage } from '@/domain/conversation';
import { useChatStore } from '@/store/chat-store';
import { useSettingsStore } from '@/store/settings-store';
import { useTurnCaptures } from '@/store/turn-captures';
import { stopColumnTurn } from '@/features/compare/compare-turns';
import { sendCompareRound } from '@/features/compare/run-compare-round';

const encoder = new TextEncoder();

function sse(chunks: unknown[], { endless = false } = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
      if (!endless) {
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
      }
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

const delta = (content: string) => ({
  choices: [{ index: 0, delta: { content }, finish_reason: null }],
});
const usage = { choices: [], usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 } };

type Plan = (body: { model: string; enable_thinking?: boolean }) => Response;

function stubFetch(plan: Plan) {
  const bodies: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { model: string };
      bodies.push(body);
      return Promise.resolve(plan(body));
    }),
  );
  return bodies;
}

const answers = (id: string) =>
  useChatStore
    .getState()
    .conversations[id]!.compare!.columns.map(
      (column) =>
        column.messages.find((message) => message.role === 'assistant') as AssistantMessage,
    );

const settled = (id: string) =>
  vi.waitFor(() =>
    expect(answers(id).every((answer) => answer && answer.status !== 'streaming')).toBe(true),
  );

beforeEach(() => {
  useSettingsStore.setState({ apiKey: 'sk-test', baseUrl: 'https://fake.test/v1' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sendCompareRound', () => {
  it('sends one request per column with its own model and thinking; a failure stays in its column', async () => {
    const bodies = stubFetch((body) =>
      body.model === 'alibaba/qwen3-vl-32b-instruct'
        ? new Response(JSON.stringify({ message: 'Model under maintenance', statusCode: 500 }), {
            status: 500,
          })
        : sse([delta('Hello'), delta(' there'), usage]),
    );
    const id = useChatStore.getState().newComparison();
    expect(sendCompareRound(id, 'Hi both')).toBe(true);
    await settled(id);

    expect(bodies.map((body) => body.model).sort()).toEqual([
      'alibaba/qwen3-32b',
      'alibaba/qwen3-vl-32b-instruct',
    ]);
    expect(bodies.find((body) => body.model === 'alibaba/qwen3-32b')).toMatchObject({
      enable_thinking: true,
      stream: true,
    });
    expect(
      bodies.find((body) => body.model === 'alibaba/qwen3-vl-32b-instruct'),
    ).not.toHaveProperty('enable_thinking');

    const [text, vision] = answers(id);
    expect(text).toMatchObject({
      status: 'done',
      content: 'Hello there',
      modelId: 'alibaba/qwen3-32b',
    });
    expect(text!.usage).toMatchObject({ promptTokens: 7, completionTokens: 3 });
    expect(vision).toMatchObject({
      status: 'error',
      content: '',
      modelId: 'alibaba/qwen3-vl-32b-instruct',
    });
    expect(vision!.error).toMatchObject({ kind: 'http', status: 500 });
    // Each turn is captured for the Inspector, with the key masked.
    const capture = useTurnCaptures.getState().captures[text!.id];
    expect(capture?.request.headers.Authorization).toBe('Bearer <YOUR_AIMLAPI_KEY>');
    expect(JSON.stringify(capture)).not.toContain('sk-test');
  });

  it('halting one column leaves the other streaming to its end', async () => {
    stubFetch((body) =>
      body.model === 'alibaba/qwen3-32b'
        ? sse([delta('Partial')], { endless: true })
        : sse([delta('Complete'), usage]),
    );
    const id = useChatStore.getState().newComparison();
    const [textColumn] = useChatStore.getState().conversations[id]!.compare!.columns;
    sendCompareRound(id, 'Go');
    await vi.waitFor(() => expect(answers(id)[0]?.content).toBe('Partial'));
    expect(sendCompareRound(id, 'Not while streaming')).toBe(false);
    stopColumnTurn(id, textColumn!.id);
    await settled(id);
    expect(answers(id).map((answer) => [answer.status, answer.content])).toEqual([
      ['stopped', 'Partial'],
      ['done', 'Complete'],
    ]);
  });

  it('refuses an empty prompt', () => {
    const id = useChatStore.getState().newComparison();
    expect(sendCompareRound(id, '   ')).toBe(false);
  });
});
