// Groups XSS payloads into messages of several dozen, separated by blank lines, without one
// payload hiding the next from the parser: a payload that leaves a block open (an unclosed fence,
// `<!--`, `<script`, `$$` …) swallows whatever follows it, so it only ever ends a message; two
// payloads defining the same link label never share one (the first definition would win).
import { Lexer } from 'marked';

const sentinel = 'xss-batch-sentinel';
// The app's display math runs to the end of the text when its closer never comes.
const mathOpener = /^ {0,3}(\$\$|\\\[)/gm;

function opensMathToTheEnd(payload: string): boolean {
  for (const match of payload.matchAll(mathOpener)) {
    const closer = match[1] === '$$' ? '$$' : '\\]';
    if (!payload.includes(closer, match.index + match[0].length)) return true;
  }
  return false;
}

/** True when text after the payload (past a blank line) would not be a paragraph of its own. */
export function leavesBlockOpen(payload: string): boolean {
  const tokens = new Lexer({ gfm: true }).lex(`${payload}\n\n${sentinel}`);
  const last = tokens.filter((token) => token.type !== 'space').at(-1);
  const closed = last?.type === 'paragraph' && last.raw.trim() === sentinel;
  return !closed || opensMathToTheEnd(payload);
}

function referenceLabels(payload: string): string[] {
  return Object.keys(new Lexer({ gfm: true }).lex(payload).links);
}

/** The text of one message: the payloads, a blank line between each two. */
export function messageOf(payloads: readonly string[]): string {
  return payloads.join('\n\n');
}

/**
 * Payloads in groups of at most `size`, in corpus order as far as labels allow; each payload that
 * leaves a block open ends a group (one per group, so none loses its tail to another).
 */
export function batchPayloads(payloads: readonly string[], size: number): string[][] {
  const openEnded = new Set(payloads.filter(leavesBlockOpen));
  const groups: { payloads: string[]; labels: Set<string> }[] = [];
  for (const payload of payloads) {
    if (openEnded.has(payload)) continue;
    const own = referenceLabels(payload);
    const fits = (group: (typeof groups)[number]) =>
      group.payloads.length < size - 1 && !own.some((label) => group.labels.has(label));
    let group = groups.find(fits);
    if (!group) {
      group = { payloads: [], labels: new Set() };
      groups.push(group);
    }
    group.payloads.push(payload);
    for (const label of own) group.labels.add(label);
  }
  const batches = groups.map((group) => group.payloads);
  // One open-ended payload at the end of each group; any left over go alone.
  [...openEnded].forEach((payload, index) => {
    const target = batches[index];
    if (target) target.push(payload);
    else batches.push([payload]);
  });
  return batches;
}
