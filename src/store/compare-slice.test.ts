import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { AssistantMessage, Conversation } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { createConversationsSlice, type ConversationsSlice } from '@/store/conversations-slice';
import {
  columnTree,
  createCompareSlice,
  isComparisonStreaming,
  MAX_COLUMNS,
  settleComparison,
  type CompareSlice,
} from '@/store/compare-slice';

type State = ConversationsSlice & CompareSlice;
const makeStore = () =>
  create<State>()((...args) => ({
    ...createConversationsSlice(...args),
    ...createCompareSlice(...args),
  }));
let store: ReturnType<typeof makeStore>;

const answer = (id: string, parentId: string, modelId = 'alibaba/qwen3-32b'): AssistantMessage => ({
  id,
  parentId,
  role: 'assistant',
  modelId,
  thinking: false,
  reasoning: '',
  content: '',
  status: 'streaming',
  timings: { startedAt: 1000 },
  demo: false,
  createdAt: 1000,
});

const comparison = (id: string): Conversation => store.getState().conversations[id]!;
const columns = (id: string) => comparison(id).compare!.columns;

beforeEach(() => {
  store = makeStore();
});

describe('compare slice', () => {
  it('creates an open comparison with Qwen3 32B (thinking) and Qwen3 VL side by side', () => {
    const id = store.getState().newComparison();
    expect(store.getState().activeId).toBe(id);
    expect(comparison(id).kind).toBe('compare');
    expect(comparison(id).messages).toEqual([]);
    expect(
      columns(id).map((column) => [column.settings.modelId, column.settings.thinking]),
    ).toEqual([
      ['alibaba/qwen3-32b', true],
      ['alibaba/qwen3-vl-32b-instruct', false],
    ]);
    expect(comparison(id).compare!.votes).toEqual({});
  });

  it('adds columns up to four, the third being thinking off, and keeps at least one', () => {
    const id = store.getState().newComparison();
    for (let i = 0; i < 5; i += 1) store.getState().addCompareColumn(id);
    expect(columns(id)).toHaveLength(MAX_COLUMNS);
    expect(columns(id)[2]!.settings).toMatchObject({
      modelId: 'alibaba/qwen3-32b',
      thinking: false,
    });
    for (const column of columns(id).slice()) store.getState().removeCompareColumn(id, column.id);
    expect(columns(id)).toHaveLength(1);
  });

  it('sends one prompt to every column, each after its own history', () => {
    const id = store.getState().newComparison();
    const [a, b] = columns(id).map((column) => column.id) as [string, string];
    const first = store.getState().addCompareRound(id, 'First question');
    expect(Object.keys(first).sort()).toEqual([a, b].sort());
    expect(comparison(id).title).toBe('First question');
    store.getState().addColumnAssistant(id, a, answer('ans-a', first[a]!.id));
    store
      .getState()
      .addColumnAssistant(id, b, answer('ans-b', first[b]!.id, 'alibaba/qwen3-vl-32b-instruct'));
    const second = store.getState().addCompareRound(id, 'Second');
    expect(second[a]!.parentId).toBe('ans-a');
    expect(second[b]!.parentId).toBe('ans-b');
    expect(comparison(id).title).toBe('First question');
    expect(activePath(columnTree(columns(id)[0]!)).map((message) => message.id)).toEqual([
      first[a]!.id,
      'ans-a',
      second[a]!.id,
    ]);
  });

  it('streams into one column without touching another', () => {
    const id = store.getState().newComparison();
    const [a, b] = columns(id).map((column) => column.id) as [string, string];
    const prompts = store.getState().addCompareRound(id, 'Hi');
    store.getState().addColumnAssistant(id, a, answer('ans-a', prompts[a]!.id));
    store.getState().addColumnAssistant(id, b, answer('ans-b', prompts[b]!.id));
    const before = columns(id)[1];
    store
      .getState()
      .applyColumnDelta(id, a, 'ans-a', { reasoning: 'hm', content: 'Hel', firstContentAt: 1200 });
    store.getState().applyColumnDelta(id, a, 'ans-a', { content: 'lo', firstContentAt: 1300 });
    expect(columns(id)[1]).toBe(before);
    store.getState().finishColumnAssistant(id, a, 'ans-a', {
      status: 'error',
      error: { kind: 'http', status: 500, message: 'boom' },
      finishedAt: 2000,
    });
    const done = columns(id)[0]!.messages.find(
      (message) => message.id === 'ans-a',
    ) as AssistantMessage;
    expect(done).toMatchObject({ content: 'Hello', reasoning: 'hm', status: 'error' });
    expect(done.timings).toEqual({ startedAt: 1000, firstContentAt: 1200, finishedAt: 2000 });
    expect(isComparisonStreaming(comparison(id))).toBe(true);
    store.getState().finishColumnAssistant(id, b, 'ans-b', { status: 'done', finishedAt: 2100 });
    expect(isComparisonStreaming(comparison(id))).toBe(false);
  });

  it('stores votes per round, clears them, and drops those of a removed column', () => {
    const id = store.getState().newComparison();
    const [a, b] = columns(id).map((column) => column.id) as [string, string];
    store.getState().setCompareVote(id, 0, a);
    store.getState().setCompareVote(id, 1, 'tie');
    store.getState().setCompareVote(id, 2, b);
    expect(comparison(id).compare!.votes).toEqual({ 0: a, 1: 'tie', 2: b });
    // Two tabs merging the comparison keep the newer votes: the change is dated.
    expect(comparison(id).revisedAt).toBeGreaterThanOrEqual(comparison(id).createdAt);
    store.getState().setCompareVote(id, 1, null);
    store.getState().removeCompareColumn(id, b);
    expect(comparison(id).compare!.votes).toEqual({ 0: a });
  });

  it('updates one column’s settings only', () => {
    const id = store.getState().newComparison();
    const [a] = columns(id).map((column) => column.id) as [string];
    const lastSettings = store.getState().lastSettings;
    store.getState().updateColumnSettings(id, a, { thinking: false, systemPrompt: 'Be terse.' });
    expect(columns(id)[0]!.settings).toMatchObject({ thinking: false, systemPrompt: 'Be terse.' });
    expect(columns(id)[1]!.settings.systemPrompt).toBe('');
    // The chat's "new chat starts like the last one" is not moved by a column.
    expect(store.getState().lastSettings).toBe(lastSettings);
  });

  it('marks column turns cut off by a reload as interrupted', () => {
    const id = store.getState().newComparison();
    const [a] = columns(id).map((column) => column.id) as [string];
    const prompts = store.getState().addCompareRound(id, 'Hi');
    store.getState().addColumnAssistant(id, a, answer('ans-a', prompts[a]!.id));
    const settled = settleComparison(comparison(id));
    const message = settled.compare!.columns[0]!.messages.find(
      (candidate) => candidate.id === 'ans-a',
    );
    expect(message).toMatchObject({ status: 'interrupted' });
    expect(settleComparison(settled)).toBe(settled);
  });
});
