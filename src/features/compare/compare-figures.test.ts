import { describe, expect, it } from 'vitest';
import type { AssistantMessage } from '@/domain/conversation';
import { answerFigures, bestCells, figureRows, mean } from '@/features/compare/compare-figures';

function answer(patch: Partial<AssistantMessage>): AssistantMessage {
  return {
    id: 'a',
    parentId: 'u',
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: false,
    reasoning: '',
    content: 'x',
    status: 'done',
    timings: { startedAt: 1000, firstContentAt: 1200, finishedAt: 3000 },
    demo: false,
    createdAt: 1000,
    ...patch,
  };
}

describe('bestCells', () => {
  it('marks the lowest value where lower is better, the highest where higher is', () => {
    expect(bestCells([3, 1, 2], 'lower')).toEqual([false, true, false]);
    expect(bestCells([3, 1, 2], 'higher')).toEqual([true, false, false]);
  });

  it('marks every cell sharing the best value', () => {
    expect(bestCells([1, 1, 2], 'lower')).toEqual([true, true, false]);
  });

  it('marks nothing when all known values are equal or fewer than two are known', () => {
    expect(bestCells([5, 5], 'lower')).toEqual([false, false]);
    expect(bestCells([5, undefined], 'lower')).toEqual([false, false]);
    expect(bestCells([undefined, undefined], 'higher')).toEqual([false, false]);
  });

  it('skips unknown values', () => {
    expect(bestCells([undefined, 4, 2], 'lower')).toEqual([false, false, true]);
  });

  it('does not call "no reasoning at all" the best reasoning when zero means absent', () => {
    expect(bestCells([41, 0, 0], 'lower', true)).toEqual([false, false, false]);
    expect(bestCells([41, 0, 30], 'lower', true)).toEqual([false, false, true]);
    expect(bestCells([41, 0], 'lower')).toEqual([false, true]);
  });
});

describe('figureRows', () => {
  it('gives the figures of finished answers, times apart for reasoning and answer', () => {
    const thinking = answer({
      thinking: true,
      timings: { startedAt: 1000, firstReasoningAt: 1100, firstContentAt: 2100, finishedAt: 3100 },
      usage: {
        promptTokens: 20,
        completionTokens: 100,
        totalTokens: 120,
        reasoningTokens: 60,
        costUsd: 0.002,
      },
    });
    const plain = answer({
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      usage: {
        promptTokens: 20,
        completionTokens: 40,
        totalTokens: 60,
        reasoningTokens: 0,
        costUsd: 0.001,
      },
    });
    const rows = figureRows([answerFigures(thinking), answerFigures(plain)]);
    const row = (key: string) => rows.find((candidate) => candidate.spec.key === key)!;
    expect(row('timeToFirstReasoningMs').values).toEqual([100, undefined]);
    expect(row('timeToFirstAnswerMs').values).toEqual([1100, 200]);
    expect(row('timeToFirstAnswerMs').best).toEqual([false, true]);
    expect(row('reasoningMs').values).toEqual([1000, undefined]);
    expect(row('totalMs').values).toEqual([2100, 2000]);
    // 100 tokens over 2 s of generation vs 40 over 1.8 s: the first is faster.
    expect(row('tokensPerSecond').best).toEqual([true, false]);
    expect(row('promptTokens').best).toEqual([false, false]);
    expect(row('costUsd').best).toEqual([false, true]);
    expect(row('reasoningTokens').best).toEqual([false, false]);
  });

  it('leaves out rows nobody has and answers still streaming', () => {
    const rows = figureRows([
      answerFigures(answer({ status: 'streaming' })),
      answerFigures(undefined),
    ]);
    expect(rows).toEqual([]);
  });
});

describe('mean', () => {
  it('averages the known values only', () => {
    expect(mean([1, undefined, 3])).toBe(2);
    expect(mean([undefined])).toBeUndefined();
  });
});
