import { Lexer } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlockSplitter, splitMarkdownBlocks } from '@/components/markdown/split-blocks';

const documents = [
  '# Title\n\nA paragraph with **bold** and a [link](https://example.com).\n\n- one\n- two\n\n  nested para\n\n- three\n\n1. first\n2. second\n',
  'Intro\n\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\n\nAfter the code.\n\n~~~\nraw ~~~ inside\n~~~\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nText after table.\n\n> quote\n> more\n\n---\n\nSetext\n===\n',
  'Math:\n\n$$\n\\begin{aligned}\na &= b \\\\\n\nc &= d\n\\end{aligned}\n$$\n\nInline $x$ and \\(y\\).\n\n\\[\nz\n\\]\nDone.',
  'Use [the docs][d].\n\n[d]: https://example.com "Docs"\n\nMore.\n\n    indented code\n    line 2\n\nEnd',
  '\n\n\nLeading blank lines\r\nwith CRLF\r\n\r\nand more\r\n',
  '<div>\nraw html block\n</div>\n\nPara <b>inline</b>.\n\n- [ ] task\n- [x] done\n',
  'Para\n$$\nx^2\n$$\nstill para?\n\n$$ a $$\n\n$$x$$ is inline here',
];

function chunkings(text: string): string[][] {
  const bySize = (size: number) => {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    return chunks;
  };
  return [bySize(1), bySize(3), bySize(7), bySize(50)];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('splitMarkdownBlocks', () => {
  it('returns blocks that add up to the (normalised) text', () => {
    for (const text of documents) {
      const split = splitMarkdownBlocks(text);
      expect(split.blocks.map((block) => block.source).join('')).toBe(text.replace(/\r\n?/g, '\n'));
    }
  });

  it('splits into top-level blocks with blank lines folded into the block before', () => {
    const split = splitMarkdownBlocks('# H\n\npara\n\n- a\n- b\n\n```js\nx\n```\n');
    expect(split.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'code',
    ]);
    expect(split.blocks[1]?.source).toBe('para\n\n');
  });

  it('gives the same blocks when fed incrementally as when split at once', () => {
    for (const text of documents) {
      const expected = splitMarkdownBlocks(text).blocks.map((block) => block.source);
      for (const chunks of chunkings(text)) {
        const splitter = createBlockSplitter();
        let sofar = '';
        for (const chunk of chunks) {
          sofar += chunk;
          const incremental = splitter.split(sofar);
          expect(incremental.blocks.map((block) => block.source)).toEqual(
            splitMarkdownBlocks(sofar).blocks.map((block) => block.source),
          );
        }
        expect(splitter.split(text).blocks.map((block) => block.source)).toEqual(expected);
      }
    }
  });

  it('keeps an unclosed code fence as one growing block', () => {
    const split = splitMarkdownBlocks('Intro\n\n```py\ndef f():\n\n\n    return 1\n');
    expect(split.blocks.map((block) => block.kind)).toEqual(['paragraph', 'code']);
  });

  it('keeps an unclosed $$ formula as one growing block, even across blank lines', () => {
    const split = splitMarkdownBlocks('Intro\n\n$$\na = b\n\nc = d\n');
    expect(split.blocks.map((block) => block.kind)).toEqual(['paragraph', 'blockMath']);
  });

  it('lets a $$ line interrupt a paragraph but leaves inline $$x$$ alone', () => {
    expect(splitMarkdownBlocks('Text\n$$\nx\n$$\n').blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'blockMath',
    ]);
    expect(splitMarkdownBlocks('Text\n$$x$$ is inline').blocks.map((block) => block.kind)).toEqual([
      'paragraph',
    ]);
  });

  it('reuses the block objects before the last one', () => {
    const splitter = createBlockSplitter();
    const first = splitter.split('one\n\ntwo\n\nthr');
    const second = splitter.split('one\n\ntwo\n\nthree');
    expect(second.blocks[0]).toBe(first.blocks[0]);
    expect(second.blocks[1]).toBe(first.blocks[1]);
    expect(second.blocks[2]?.source).toBe('three');
    expect(splitter.split('one\n\ntwo\n\nthree')).toBe(second);
  });

  it('starts over when the text is replaced rather than appended', () => {
    const splitter = createBlockSplitter();
    splitter.split('alpha\n\nbeta');
    expect(splitter.split('gamma').blocks.map((block) => block.source)).toEqual(['gamma']);
  });

  it('collects link definitions, keeping the growing last one apart', () => {
    const split = splitMarkdownBlocks('[a]: https://a.example\n\ntext\n\n[b]: https://b.exa');
    expect(split.stableDefinitions).toBe('[a]: https://a.example\n');
    expect(split.definitions).toBe('[a]: https://a.example\n[b]: https://b.exa\n');
  });

  it('lexes only the last block on each append, so the cost per token stays flat', () => {
    const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8);
    const splitter = createBlockSplitter();
    const spy = vi.spyOn(Lexer.prototype, 'blockTokens');
    let text = '';
    let longestLexed = 0;
    for (let block = 0; block < 200; block++) {
      for (let i = 0; i < paragraph.length; i += 16) {
        text += paragraph.slice(i, i + 16);
        spy.mockClear();
        splitter.split(text);
        const lexed = spy.mock.calls.reduce((sum, call) => sum + call[0].length, 0);
        longestLexed = Math.max(longestLexed, lexed);
      }
      text += '\n\n';
    }
    expect(text.length).toBeGreaterThan(90_000);
    expect(splitter.split(text).blocks).toHaveLength(200);
    // Never more than the last block plus the new chunk, however long the answer is.
    expect(longestLexed).toBeLessThanOrEqual(2 * paragraph.length + 32);
  });
});
