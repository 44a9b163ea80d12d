// The comparison as a Markdown report: setup, every round's prompt, figures, answers and vote,
// then the summary. Plain text in, plain text out; the key is never part of the state it reads.
import type { AssistantMessage, CompareSession, Conversation } from '@/domain/conversation';
import { getModel } from '@/domain/models';
import { answerFigures, figureRows } from '@/features/compare/compare-figures';
import { columnLetter, columnRounds, roundCount } from '@/features/compare/compare-rounds';
import { comparisonSummary } from '@/features/compare/compare-summary';

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function columnTitle(session: CompareSession, index: number): string {
  const column = session.columns[index]!;
  const model = getModel(column.settings.modelId);
  const thinking = model.canThink
    ? column.settings.thinking
      ? ', thinking on'
      : ', thinking off'
    : '';
  return `${columnLetter(index)}: ${column.settings.modelId}${thinking}`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function voteText(session: CompareSession, vote: string | undefined): string {
  if (vote === undefined) return 'no vote';
  if (vote === 'tie') return 'tie';
  const index = session.columns.findIndex((column) => column.id === vote);
  return index < 0 ? 'a removed column' : `${columnLetter(index)} better`;
}

function answerBlock(answer: AssistantMessage | undefined): string {
  if (!answer) return '_No answer._';
  const parts: string[] = [];
  if (answer.content.trim()) parts.push(answer.content.trim());
  if (answer.error)
    parts.push(
      `> Error${answer.error.status ? ` (HTTP ${answer.error.status})` : ''}: ${answer.error.message}`,
    );
  if (answer.status === 'stopped') parts.push('_Stopped._');
  if (answer.status === 'interrupted') parts.push('_Interrupted._');
  return parts.join('\n\n') || '_Empty answer._';
}

export function compareReport(conversation: Conversation, now = new Date()): string {
  const session = conversation.compare;
  if (!session) return '';
  const titles = session.columns.map((_, index) => columnTitle(session, index));
  const lines: string[] = [
    `# Comparison: ${conversation.title}`,
    '',
    `Exported ${now.toISOString()}.`,
    '',
    '## Columns',
    '',
  ];
  session.columns.forEach((column, index) => {
    const params = Object.entries(column.settings.params)
      .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      .join(', ');
    lines.push(`- **${titles[index]}**${params ? ` — ${params}` : ''}`);
    if (column.settings.systemPrompt.trim())
      lines.push(`  - System prompt: ${cell(column.settings.systemPrompt.trim())}`);
  });

  const summary = comparisonSummary(session);
  lines.push(
    '',
    '## Summary',
    '',
    `${summary.rounds} prompt${summary.rounds === 1 ? '' : 's'}.`,
    '',
  );
  lines.push(
    table(
      ['', ...titles],
      [
        ['Votes won', ...summary.wins.map(String)],
        ...summary.rows.map((row) => [
          row.spec.key === 'costUsd' ? `${row.spec.label} (total)` : `${row.spec.label} (mean)`,
          ...row.values.map((value, index) =>
            value === undefined
              ? '—'
              : `${row.spec.format(value)}${row.best[index] ? ' (best)' : ''}`,
          ),
        ]),
      ],
    ),
    '',
    `Ties: ${summary.ties}. Without a vote: ${summary.undecided}.`,
  );

  const rounds = session.columns.map(columnRounds);
  for (let round = 0; round < roundCount(session); round += 1) {
    const prompt = rounds.map((list) => list[round]?.prompt).find(Boolean);
    lines.push(
      '',
      `## Prompt ${round + 1}`,
      '',
      ...(prompt?.text ?? '').split('\n').map((line) => `> ${line}`),
    );
    const figures = rounds.map((list) => answerFigures(list[round]?.answer));
    const rows = figureRows(figures);
    if (rows.length) {
      lines.push(
        '',
        table(
          ['', ...titles],
          rows.map((row) => [
            row.spec.label,
            ...row.values.map((value, index) =>
              value === undefined
                ? '—'
                : `${row.spec.format(value)}${row.best[index] ? ' (best)' : ''}`,
            ),
          ]),
        ),
      );
    }
    lines.push('', `Vote: ${voteText(session, session.votes[String(round)])}.`);
    rounds.forEach((list, index) => {
      lines.push('', `### ${titles[index]}`, '', answerBlock(list[round]?.answer));
    });
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the report: the title's words, dashed. */
export function reportFileName(conversation: Conversation): string {
  const slug = conversation.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `comparison-${slug || 'report'}.md`;
}
