// The deterministic text of a fake turn: reasoning and answer both include the user's prompt
// (directives removed), so a test can assert exactly what it should see.

/** Splits text into token-like pieces (a word with its trailing whitespace); joins back exactly. */
export function toPieces(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\s)(?=\S)/);
}

export function reasoningText(prompt: string, model: string): string {
  return [
    `Let me think about “${prompt}”.`,
    'The user wants a short, deterministic reply… so I’ll echo the prompt back in bold —',
    `then say which model answered (${model}). 🤔 Keep it plain; that should do.`,
  ].join(' ');
}

/** The sentence every fake answer ends with; specs assert it to know the answer is complete. */
export function answerEnding(model: string): string {
  return `This is the fake answer from ${model}.`;
}

export interface AnswerOptions {
  prompt: string;
  model: string;
  longWords?: number;
  /** The request body without `messages`, for `[[fake:echo-body]]`. */
  echoBody?: unknown;
  /** For `[[fake:echo-prompt]]`: the user's text as sent, shown instead of the echo line. */
  verbatim?: string;
}

export function answerText({
  prompt,
  model,
  longWords,
  echoBody,
  verbatim,
}: AnswerOptions): string {
  const parts = [verbatim ?? `**Echo:** ${prompt === '' ? '(empty prompt)' : prompt}`];
  if (echoBody !== undefined) parts.push('```json\n' + JSON.stringify(echoBody, null, 2) + '\n```');
  if (longWords !== undefined && longWords > 0) parts.push(longMarkdown(longWords));
  parts.push(`${answerEnding(model)} Unicode check: «ünïcødé» ✓ 🙂`);
  return parts.join('\n\n');
}

const fillerWords = (
  'the quick model streams tokens while the parser keeps every partial line until its blank ' +
  'line arrives and the view renders only the last block again so long answers stay smooth'
).split(' ');

function sentence(start: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i += 1)
    words.push(fillerWords[(start + i) % fillerWords.length] ?? 'word');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** About `words` words of markdown: headings, lists, code fences, math and tables, in turn. */
export function longMarkdown(words: number): string {
  const blocks: string[] = [];
  let count = 0;
  for (let section = 1; count < words; section += 1) {
    const blockList = [
      `## Section ${section}: streaming notes`,
      `${sentence(section, 14)} ${sentence(section + 3, 11)}`,
      [
        `- ${sentence(section + 1, 5)}`,
        `- ${sentence(section + 2, 6)}`,
        `- **Item ${section}** with \`inline code\``,
      ].join('\n'),
      [`1. First step of part ${section}`, '2. Second step, with *emphasis*', '3. Third step'].join(
        '\n',
      ),
      [
        '```ts',
        `function part${section}(input: string): number {`,
        '  return input.length * 2;',
        '}',
        '```',
      ].join('\n'),
      `Part ${section} adds $\\sum_{k=1}^{${section}} k = \\frac{${section}(${section}+1)}{2}$ to the total, as $x^2 \\ge 0$ says.`,
      ['$$', `\\int_0^{${section}} x\\,dx = \\frac{{${section}}^2}{2}`, '$$'].join('\n'),
      [
        '| Column | Value | Note |',
        '| --- | ---: | --- |',
        `| alpha | ${section} | first row |`,
        `| beta | ${section * 2} | second row |`,
      ].join('\n'),
    ];
    for (const block of blockList) {
      blocks.push(block);
      count += block.split(/\s+/).filter(Boolean).length;
      if (count >= words) break;
    }
  }
  // Whole blocks only, so no fence or table is left open before the ending sentence.
  return blocks.join('\n\n');
}
