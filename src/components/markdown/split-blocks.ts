// Splits markdown into top-level blocks so each can be rendered (and memoized) on its own.
// Streaming appends text, so only the last block can change: the splitter keeps the blocks
// before it and re-lexes from the last block's start. Code fences and `$$` formulas without a
// closing delimiter run to the end, so a growing fence or formula stays one block.
import { Lexer, Marked } from 'marked';
import type { MarkedOptions } from 'marked';
import { streamingMathTokenizers } from '@/lib/marked-math';
import { isTooDeeplyNested } from '@/components/markdown/nesting-guard';

export interface MarkdownBlockSource {
  /** The block's markdown, including the blank lines after it. */
  readonly source: string;
  /** marked's token type of the block (`paragraph`, `code`, `blockMath`, `def`…). */
  readonly kind: string;
  /** Could contain a reference link (`[text][ref]`), so it needs the document's definitions. */
  readonly mayReference: boolean;
}

export interface BlockSplit {
  /** The text that was split, with line endings normalised to `\n`. */
  readonly text: string;
  readonly blocks: readonly MarkdownBlockSource[];
  /** Where the last block starts in `text`. */
  readonly lastStart: number;
  /** Link reference definitions (`[ref]: https://…`) of every block but the last. */
  readonly stableDefinitions: string;
  /** Link reference definitions of all blocks. */
  readonly definitions: string;
}

const lexerOptions: MarkedOptions = new Marked({ gfm: true, extensions: streamingMathTokenizers })
  .defaults;

function toBlock(source: string, kind: string): MarkdownBlockSource {
  return { source, kind, mayReference: source.includes('[') };
}

/** Top-level blocks of `src`, with blank lines folded into the block before them. */
function lexBlocks(src: string): MarkdownBlockSource[] {
  if (!src) return [];
  // Lexing pathological nesting takes seconds; such text becomes one block, shown as text.
  if (isTooDeeplyNested(src)) return [toBlock(src, 'paragraph')];
  const tokens = new Lexer(lexerOptions).blockTokens(src, []);
  const blocks: MarkdownBlockSource[] = [];
  let leading = '';
  let consumed = 0;
  for (const token of tokens) {
    consumed += token.raw.length;
    const previous = blocks[blocks.length - 1];
    if (token.type === 'space') {
      if (previous) blocks[blocks.length - 1] = toBlock(previous.source + token.raw, previous.kind);
      else leading += token.raw;
      continue;
    }
    blocks.push(toBlock(leading + token.raw, token.type));
    leading = '';
  }
  // marked's raw strings add up to the input; if they ever do not, one block is still correct.
  if (consumed !== src.length || blocks.length === 0)
    return [toBlock(src, blocks[0]?.kind ?? 'paragraph')];
  return blocks;
}

function definitionsOf(blocks: readonly MarkdownBlockSource[]): string {
  let out = '';
  for (const block of blocks) if (block.kind === 'def') out += block.source.trimEnd() + '\n';
  return out;
}

const empty: BlockSplit = {
  text: '',
  blocks: [],
  lastStart: 0,
  stableDefinitions: '',
  definitions: '',
};

/**
 * Splits `text`, reusing `previous` when `text` only appends to it: then only the last block
 * and what follows is lexed again, so the cost per update depends on the last block, not on
 * the length of the whole answer.
 */
export function splitMarkdownBlocks(text: string, previous: BlockSplit | null = null): BlockSplit {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (!normalized) return empty;
  if (previous && normalized === previous.text) return previous;

  const appendOnly =
    previous !== null &&
    previous.blocks.length > 0 &&
    normalized.length > previous.text.length &&
    normalized.startsWith(previous.text);

  const kept = appendOnly ? previous.blocks.slice(0, -1) : [];
  const keptDefinitions = appendOnly ? previous.stableDefinitions : '';
  const tailStart = appendOnly ? previous.lastStart : 0;
  const tail = lexBlocks(normalized.slice(tailStart));

  const blocks = kept.concat(tail);
  const last = tail[tail.length - 1];
  const lastStart = normalized.length - (last?.source.length ?? 0);
  const stableDefinitions = keptDefinitions + definitionsOf(tail.slice(0, -1));
  const definitions =
    last?.kind === 'def' ? stableDefinitions + definitionsOf([last]) : stableDefinitions;
  return { text: normalized, blocks, lastStart, stableDefinitions, definitions };
}

/** A splitter that remembers its last result (one per rendered message). */
export function createBlockSplitter(): { split(text: string): BlockSplit } {
  let previous: BlockSplit | null = null;
  return {
    split(text) {
      previous = splitMarkdownBlocks(text, previous);
      return previous;
    },
  };
}
