import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/markdown-plain-text';

describe('markdownToPlainText', () => {
  it('strips inline formatting', () => {
    expect(markdownToPlainText('**Bold**, _it_, ~~gone~~ and `code`.')).toBe(
      'Bold, it, gone and code.',
    );
  });

  it('keeps headings and paragraphs as separate blocks', () => {
    expect(markdownToPlainText('# Title\n\nFirst para.\n\nSecond para.')).toBe(
      'Title\n\nFirst para.\n\nSecond para.',
    );
  });

  it('keeps list markers and nesting', () => {
    expect(markdownToPlainText('- one\n- two\n  - nested\n\n1. first\n2. second')).toBe(
      '- one\n- two\n  - nested\n\n1. first\n2. second',
    );
  });

  it('keeps task states', () => {
    expect(markdownToPlainText('- [x] done\n- [ ] todo')).toBe('- [x] done\n- [ ] todo');
  });

  it('keeps link addresses and image alt text', () => {
    expect(markdownToPlainText('See [docs](https://example.com) or https://qwen.ai.')).toBe(
      'See docs (https://example.com) or https://qwen.ai.',
    );
    expect(markdownToPlainText('![a cat](https://img.example/cat.png)')).toBe('a cat');
  });

  it('keeps code blocks verbatim', () => {
    expect(markdownToPlainText('Run:\n\n```sh\nnpm  install **x**\n```')).toBe(
      'Run:\n\nnpm  install **x**',
    );
  });

  it('turns tables into tab-separated rows', () => {
    expect(markdownToPlainText('| a | b |\n|---|---|\n| 1 | **2** |')).toBe('a\tb\n1\t2');
  });

  it('keeps math source intact (no emphasis inside)', () => {
    expect(markdownToPlainText('Let $a_1 + b_1$ be.\n\n$$\nx_i^2\n$$')).toBe(
      'Let $a_1 + b_1$ be.\n\n$$\nx_i^2\n$$',
    );
  });

  it('decodes entities and keeps escaped characters', () => {
    expect(markdownToPlainText('Tom &amp; Jerry \\*not em\\*')).toBe('Tom & Jerry *not em*');
  });

  it('flattens quotes and keeps raw HTML as text', () => {
    expect(markdownToPlainText('> quoted **text**\n\n<b>hi</b>')).toBe('quoted text\n\n<b>hi</b>');
  });

  it('handles empty input and CRLF', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('a\r\n\r\nb')).toBe('a\n\nb');
  });
});
