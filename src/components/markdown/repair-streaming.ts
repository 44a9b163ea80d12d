// Makes the last, still-growing block of a streamed answer render sensibly: half-typed markdown
// would otherwise flicker between shapes (a raw `**`, a link's half URL, a table header shown as
// a paragraph of pipes). Only ever applied to the last block while streaming.
import { tokenizeBlockMath } from '@/lib/marked-math';

interface Fence {
  indent: string;
  marker: string;
}

const fenceOpen = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const fenceClose = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;

/** The fence still open at the end of `source`, if any. */
function openFence(lines: readonly string[]): Fence | null {
  let open: Fence | null = null;
  for (const line of lines) {
    if (open) {
      const close = fenceClose.exec(line);
      const marker = close?.[1];
      if (marker && marker[0] === open.marker[0] && marker.length >= open.marker.length)
        open = null;
      continue;
    }
    const start = fenceOpen.exec(line);
    if (start?.[2] && !(start[2][0] === '`' && start[3]?.includes('`'))) {
      open = { indent: start[1] ?? '', marker: start[2] };
    }
  }
  return open;
}

const tableStart = /^ {0,3}\|/;
const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const delimiterPrefix = /^ {0,3}[|:\- \t]*$/;

/** Hides a table until its delimiter row is complete, and hides a half-received row. */
function repairTable(source: string): string | null {
  const lines = source.split('\n');
  const complete = lines.slice(0, -1); // the last entry is the partial line ('' after a newline)
  const partial = lines[lines.length - 1] ?? '';
  const header = complete[0];
  const delimiter = complete[1];
  if (header === undefined) return '';
  if (delimiter === undefined) return delimiterPrefix.test(partial) ? '' : null;
  if (!delimiterRow.test(delimiter)) return null;
  return complete.join('\n') + '\n';
}

// A line that is only the start of something: a list marker, `#`, `>`, the first characters of
// a fence or of `$$`, or `---` that would briefly turn the paragraph above into a heading.
const incompleteLine =
  /^[ \t]*(?:[-=]+|[*+]|\*{2,3}|_{2,3}|\d{1,9}[.)]|#{1,6}|>|`{1,2}|~{1,2}|\$|\\)[ \t]*$/;
const linePrefix =
  /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}[ \t]+)?/;

/** `[text](http://exa` shows as `text`; a half image `![alt](ht` or `![al` is hidden. */
function repairIncompleteLink(content: string): string {
  const imageStart = content.lastIndexOf('![');
  if (imageStart !== -1 && !content.includes(']', imageStart)) return content.slice(0, imageStart);
  const target = content.lastIndexOf('](');
  if (target === -1 || content.includes(')', target)) return content;
  const open = content.lastIndexOf('[', target);
  if (open === -1) return content;
  const isImage = open > 0 && content[open - 1] === '!';
  const text = isImage ? '' : content.slice(open + 1, target);
  return content.slice(0, isImage ? open - 1 : open) + text;
}

type Delimiter = '**' | '__' | '*' | '_' | '~~';

const maxClosers = 16;

interface Opener {
  delimiter: Delimiter;
  at: number;
}

const inlineMath = /^\$\$[\s\S]+?\$\$|^\$(?![\s$])(?:\\[\s\S]|[^\\$\n])+?(?<!\s)\$(?!\d)/;
const bareUrl = /^(?:https?:\/\/|www\.)\S*/i;
const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/;

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end++;
  return end - at;
}

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findBacktickRun(text: string, from: number, length: number): number {
  for (let at = text.indexOf('`', from); at !== -1; at = text.indexOf('`', at)) {
    const run = runLength(text, at, '`');
    if (run === length) return at;
    at += run;
  }
  return -1;
}

function splitRun(char: '*' | '_' | '~', run: number): Delimiter[] {
  if (char === '~') return ['~~'];
  const double = (char + char) as Delimiter;
  const single = char as Delimiter;
  if (run === 1) return [single];
  if (run === 2) return [double];
  return [double, single];
}

/**
 * Closes what a line left open: an inline code span, `**`, `__`, `*`, `_`, `~~` — or hides the
 * delimiter when nothing follows it yet. A simplified CommonMark delimiter scan: an opener needs
 * a non-space after it and no letter before it (so `2*3` and `snake_case` stay text).
 */
export function closeInlineDelimiters(content: string): string {
  const stack: Opener[] = [];
  let codeAt = -1;
  let codeRun = 0;
  let trailingCut = -1;
  let i = 0;
  while (i < content.length) {
    const char = content[i] ?? '';
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = runLength(content, i, '`');
      const close = findBacktickRun(content, i + run, run);
      if (close === -1) {
        codeAt = i;
        codeRun = run;
        break;
      }
      i = close + run;
      continue;
    }
    if (char === '$') {
      const math = inlineMath.exec(content.slice(i));
      i += math ? math[0].length : 1;
      continue;
    }
    if ((char === 'h' || char === 'w') && (i === 0 || !wordChar.test(content[i - 1] ?? ''))) {
      const url = bareUrl.exec(content.slice(i, i + 2048));
      if (url) {
        i += url[0].length;
        continue;
      }
    }
    if (char === '*' || char === '_' || char === '~') {
      const run = runLength(content, i, char);
      if (char === '~' && run !== 2) {
        i += run;
        continue;
      }
      const before = i > 0 ? (content[i - 1] ?? '') : '';
      const after = content[i + run] ?? '';
      const canOpen = after !== '' && !space.test(after) && !wordChar.test(before);
      const canClose =
        before !== '' && !space.test(before) && !(char === '_' && wordChar.test(after));
      const delimiters = run > 3 ? [] : splitRun(char, run);
      let closed = false;
      if (canClose) {
        // Close the innermost first: `***` after `**a *b` closes `*` then `**`.
        for (const delimiter of [...delimiters].reverse()) {
          const index = stack.map((open) => open.delimiter).lastIndexOf(delimiter);
          if (index !== -1) {
            stack.splice(index);
            closed = true;
          }
        }
      }
      if (!closed && canOpen) {
        let at = i;
        for (const delimiter of delimiters) {
          stack.push({ delimiter, at });
          at += delimiter.length;
        }
      }
      if (!closed && !canOpen && i + run === content.length) trailingCut = i;
      i += run;
      continue;
    }
    i++;
  }

  let body = content;
  let closers = '';
  if (codeAt !== -1) {
    if (content.slice(codeAt + codeRun).trim() === '') body = content.slice(0, codeAt);
    else closers = '`'.repeat(codeRun);
  } else if (trailingCut !== -1) {
    body = content.slice(0, trailingCut);
  }
  // Pathological nesting: closing hundreds of openers would only feed the parser's recursion.
  if (stack.length > maxClosers) return body;
  // An opener with nothing after it yet is hidden; the others get their closer.
  while (stack.length > 0 && !closers) {
    const top = stack[stack.length - 1];
    if (!top || body.slice(top.at + top.delimiter.length).trim() !== '') break;
    body = body.slice(0, top.at);
    stack.pop();
  }
  for (let index = stack.length - 1; index >= 0; index--) closers += stack[index]?.delimiter ?? '';
  if (!closers) return body;
  const trimmed = body.replace(/\s+$/, '');
  return trimmed + closers + body.slice(trimmed.length);
}

function repairLastLine(source: string): string {
  const lineStart = source.lastIndexOf('\n') + 1;
  const line = source.slice(lineStart);
  if (!line) return source;
  const head = source.slice(0, lineStart);
  if (incompleteLine.test(line)) return head;
  const prefix = linePrefix.exec(line)?.[0] ?? '';
  const content = line.slice(prefix.length);
  return head + prefix + closeInlineDelimiters(repairIncompleteLink(content));
}

/** The last block of a streaming answer, made safe to show half-finished. */
export function repairStreamingMarkdown(source: string): string {
  if (!source) return source;
  const lines = source.split('\n');
  const partial = lines[lines.length - 1] ?? '';
  const fence = openFence(lines);
  if (fence) {
    const withoutPartial = source.slice(0, source.length - partial.length);
    // The opening line itself is still arriving (its language name may be cut): wait for it.
    if (partial && openFence(lines.slice(0, -1)) === null) return withoutPartial;
    // A closing fence being typed (`` ` `` or ``` `` ```) would flash as code: drop it, then close.
    const body = partial && /^[ \t]*(?:`+|~+)[ \t]*$/.test(partial) ? withoutPartial : source;
    return `${body}${body.endsWith('\n') ? '' : '\n'}${fence.indent}${fence.marker}`;
  }
  const math = tokenizeBlockMath(source);
  if (math) return source; // an unclosed formula renders as "pending"; a closed one is complete
  if (tableStart.test(source)) {
    const table = repairTable(source);
    if (table !== null) return table;
  }
  return repairLastLine(source);
}
