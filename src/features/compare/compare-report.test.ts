import { describe, expect, it } from 'vitest';
import type { AssistantMessage, Conversation, UserMessage } from '@/domain/conversation';
import { createComparison } from '@/store/compare-slice';
import { compareReport, reportFileName } from '@/features/compare/compare-report';
import { columnName } from '@/features/compare/compare-rounds';
import { comparisonSummary } from '@/features/compare/compare-summary';

function withRound(conversation: Conversation, round: number, contents: string[]): Conversation {
  const columns = conversation.compare!.columns.map((column, index) => {
    const parent = column.messages[column.messages.length - 1]?.id ?? null;
    const prompt: UserMessage = {
      id: `u${round}${index}`,
      parentId: parent,
      role: 'user',
      text: `Prompt | ${round}`,
      images: [],
      createdAt: 1,
    };
    const answer: AssistantMessage = {
      id: `a${round}${index}`,
      parentId: prompt.id,
      role: 'assistant',
      modelId: column.settings.modelId,
      thinking: false,
      reasoning: '',
      content: contents[index]!,
      status: 'done',
      timings: { startedAt: 0, firstContentAt: 100 * (index + 1), finishedAt: 1000 * (index + 1) },
      usage: {
        promptTokens: 10,
        completionTokens: 20 * (index + 1),
        totalTokens: 10 + 20 * (index + 1),
      },
      demo: false,
      createdAt: 1,
    };
    return { ...column, messages: [...column.messages, prompt, answer] };
  });
  return { ...conversation, compare: { ...conversation.compare!, columns } };
}

describe('comparison summary and report', () => {
  const base = { ...createComparison('c_1', 0), title: 'Sky colour' };
  const [a] = base.compare!.columns;
  let conversation = withRound(withRound(base, 0, ['Blue.', 'Blue sky.']), 1, [
    'Rayleigh.',
    'Scattering.',
  ]);
  conversation = {
    ...conversation,
    compare: { ...conversation.compare!, votes: { 0: a!.id, 1: 'tie' } },
  };

  it('counts votes and means over the rounds', () => {
    const summary = comparisonSummary(conversation.compare!);
    expect(summary).toMatchObject({ rounds: 2, wins: [1, 0], ties: 1, undecided: 0 });
    const total = summary.rows.find((row) => row.spec.key === 'totalMs')!;
    expect(total.values).toEqual([1000, 2000]);
    expect(total.best).toEqual([true, false]);
  });

  it('writes a Markdown report with the setup, each prompt, its figures, vote and answers', () => {
    const report = compareReport(conversation, new Date('2026-11-22T00:00:00Z'));
    expect(report).toContain('# Comparison: Sky colour');
    expect(report).toContain('- **A: alibaba/qwen3-32b, thinking on**');
    expect(report).toContain('- **B: alibaba/qwen3-vl-32b-instruct**');
    expect(report).toContain('| Votes won | 1 | 0 |');
    expect(report).toContain('| Total time (mean) | 1.0 s (best) | 2.0 s |');
    expect(report).toContain('## Prompt 2');
    expect(report).toContain('> Prompt | 1');
    expect(report).toContain('| Completion tokens | 20 tok (best) | 40 tok |');
    expect(report).toContain('Vote: A better.');
    expect(report).toContain('Vote: tie.');
    expect(report).toContain('Scattering.');
    expect(reportFileName(conversation)).toBe('comparison-sky-colour.md');
  });
});

describe('columnName', () => {
  it('is the bare model id when the model is in one column only', () => {
    const session = createComparison('c', 0).compare!;
    expect([0, 1].map((index) => columnName(session, index))).toEqual([
      'alibaba/qwen3-32b',
      'alibaba/qwen3-vl-32b-instruct',
    ]);
  });

  it('starts with the model id and tells columns of one model apart', () => {
    const session = createComparison('c', 0).compare!;
    const twin = {
      ...session.columns[0]!,
      id: 'col_x',
      settings: { ...session.columns[0]!.settings, thinking: false },
    };
    const shared = { ...session, columns: [...session.columns, twin] };
    expect(columnName(shared, 0)).toBe('alibaba/qwen3-32b (column A, thinking on)');
    expect(columnName(shared, 2)).toBe('alibaba/qwen3-32b (column C, thinking off)');
    expect(columnName(shared, 1)).toBe('alibaba/qwen3-vl-32b-instruct');
  });
});
