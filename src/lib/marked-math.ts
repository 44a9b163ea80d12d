// Tokenizers that teach `marked` about TeX math: `$…$`, `\(…\)` inline and `$$…$$`, `\[…\]` as
// blocks. Shared by the markdown renderer and the plain-text converter so both agree on what
// is math (and so `_` inside `$a_1$` is never read as emphasis).
import type { TokenizerExtension } from 'marked';

export interface MathToken {
  type: 'blockMath' | 'inlineMath';
  raw: string;
  /** The TeX source between the delimiters. */
  text: string;
  display: boolean;
  /** False for a block whose closing delimiter has not arrived (yet): it runs to the end. */
  closed: boolean;
  /** The opening delimiter, e.g. `$$`. */
  opener: string;
}

const blockOpener = /^ {0,3}(\$\$|\\\[)[ \t]*/;

/**
 * A display-math block at the start of `src`, or undefined. `$$ x $$` alone on a line, or `$$`
 * … `$$` over several lines where the closing delimiter ends its line. Without a closing
 * delimiter the block runs to the end of the text (like an unclosed code fence), so a streamed
 * formula stays one block while it grows.
 */
export function tokenizeBlockMath(src: string, allowUnclosed = true): MathToken | undefined {
  const open = blockOpener.exec(src);
  if (!open) return undefined;
  const opener = open[1] === '$$' ? '$$' : '\\[';
  const closer = opener === '$$' ? '$$' : '\\]';
  const contentStart = open[0].length;
  const firstLineEnd = src.indexOf('\n', contentStart);
  const firstLine = src.slice(contentStart, firstLineEnd === -1 ? src.length : firstLineEnd);

  const sameLine = firstLine.indexOf(closer);
  if (sameLine !== -1) {
    // `$$x$$ is the answer` is a paragraph with inline math, not a block.
    if (firstLine.slice(sameLine + closer.length).trim() !== '') return undefined;
    const end = firstLineEnd === -1 ? src.length : firstLineEnd + 1;
    const text = firstLine.slice(0, sameLine).trim();
    if (!text) return undefined;
    return { type: 'blockMath', raw: src.slice(0, end), text, display: true, closed: true, opener };
  }

  const close = src.indexOf(closer, contentStart);
  if (close === -1) {
    if (!allowUnclosed) return undefined;
    return {
      type: 'blockMath',
      raw: src,
      text: src.slice(contentStart),
      display: true,
      closed: false,
      opener,
    };
  }
  const closeLineEnd = src.indexOf('\n', close);
  const afterClose = src.slice(
    close + closer.length,
    closeLineEnd === -1 ? src.length : closeLineEnd,
  );
  if (afterClose.trim() !== '') return undefined;
  const end = closeLineEnd === -1 ? src.length : closeLineEnd + 1;
  const text = src.slice(contentStart, close).trim();
  return { type: 'blockMath', raw: src.slice(0, end), text, display: true, closed: true, opener };
}

const blockCandidate = /\n {0,3}(?:\$\$|\\\[)/g;

function blockMathTokenizer(allowUnclosed: boolean): TokenizerExtension {
  return {
    name: 'blockMath',
    level: 'block',
    // Lets a formula interrupt a paragraph. marked calls this with the rest of the whole text
    // for every paragraph, so only the paragraph itself (up to a blank line) is searched.
    start(src) {
      const blank = src.indexOf('\n\n');
      const region = blank === -1 ? src : src.slice(0, blank + 1);
      blockCandidate.lastIndex = 0;
      for (let match = blockCandidate.exec(region); match; match = blockCandidate.exec(region)) {
        if (tokenizeBlockMath(src.slice(match.index + 1), allowUnclosed)) return match.index + 1;
      }
      return undefined;
    },
    tokenizer(src) {
      return tokenizeBlockMath(src, allowUnclosed);
    },
  };
}

const inlinePatterns: { pattern: RegExp; display: boolean; opener: string }[] = [
  { pattern: /^\$\$(?!\$)((?:\\[\s\S]|[^\\$])+?)\$\$/, display: true, opener: '$$' },
  { pattern: /^\\\[([\s\S]+?)\\\]/, display: true, opener: '\\[' },
  { pattern: /^\\\(([\s\S]+?)\\\)/, display: false, opener: '\\(' },
  // `$x$`: no space just inside the dollars and no digit just after, so `$5 and $10` stays text.
  { pattern: /^\$(?![\s$])((?:\\[\s\S]|[^\\$\n])+?)(?<!\s)\$(?!\d)/, display: false, opener: '$' },
];

/** Inline math at the start of `src`, or undefined. */
export function tokenizeInlineMath(src: string): MathToken | undefined {
  const first = src.charCodeAt(0);
  if (first !== 36 /* $ */ && first !== 92 /* \ */) return undefined;
  for (const { pattern, display, opener } of inlinePatterns) {
    const match = pattern.exec(src);
    const text = match?.[1]?.trim();
    if (match && text) {
      return { type: 'inlineMath', raw: match[0], text, display, closed: true, opener };
    }
  }
  return undefined;
}

export const inlineMathTokenizer: TokenizerExtension = {
  name: 'inlineMath',
  level: 'inline',
  start(src) {
    const index = src.search(/\$|\\[([]/);
    return index === -1 ? undefined : index;
  },
  tokenizer(src) {
    return tokenizeInlineMath(src);
  },
};

/** For streamed text: a `$$` without its closing delimiter yet is a (pending) formula to the end. */
export const streamingMathTokenizers: TokenizerExtension[] = [
  blockMathTokenizer(true),
  inlineMathTokenizer,
];

/** For finished text: a `$$` that is never closed is just text. */
export const mathTokenizers: TokenizerExtension[] = [
  blockMathTokenizer(false),
  inlineMathTokenizer,
];
