import { describe, expect, it } from 'vitest';
import {
  closeInlineDelimiters,
  repairStreamingMarkdown,
} from '@/components/markdown/repair-streaming';

const repair = repairStreamingMarkdown;

describe('code fences', () => {
  it('closes an open fence', () => {
    expect(repair('```js\nconst a = 1;')).toBe('```js\nconst a = 1;\n```');
    expect(repair('```js\nconst a = 1;\n')).toBe('```js\nconst a = 1;\n```');
    expect(repair('~~~~\nx')).toBe('~~~~\nx\n~~~~');
  });

  it('keeps the indentation of a fence inside a list item', () => {
    expect(repair('1. Run:\n   ```bash\n   npm i')).toBe('1. Run:\n   ```bash\n   npm i\n   ```');
  });

  it('hides an opening line whose language name is still arriving', () => {
    expect(repair('```pyth')).toBe('');
    expect(repair('- item\n  ```ja')).toBe('- item\n');
  });

  it('drops a half-typed closing fence before closing', () => {
    expect(repair('```js\nx\n``')).toBe('```js\nx\n```');
  });

  it('does not touch markdown-looking text inside the fence', () => {
    expect(repair('```md\n**not bold [x](htt')).toBe('```md\n**not bold [x](htt\n```');
  });

  it('leaves a closed fence alone', () => {
    expect(repair('```js\nx\n```\n')).toBe('```js\nx\n```\n');
  });
});

describe('emphasis and code spans', () => {
  it('closes a lone ** / * / _ / ~~ that has text after it', () => {
    expect(repair('This is **bold')).toBe('This is **bold**');
    expect(repair('This is *it')).toBe('This is *it*');
    expect(repair('This is _it')).toBe('This is _it_');
    expect(repair('This is __strong')).toBe('This is __strong__');
    expect(repair('This is ~~gone')).toBe('This is ~~gone~~');
    expect(repair('***both')).toBe('***both***');
  });

  it('closes nested emphasis innermost first', () => {
    expect(repair('**bold _and it')).toBe('**bold _and it_**');
  });

  it('puts the closer before trailing spaces', () => {
    expect(repair('**bold ')).toBe('**bold** ');
  });

  it('hides a delimiter with nothing after it yet', () => {
    expect(repair('Some text **')).toBe('Some text ');
    expect(repair('Some text *')).toBe('Some text ');
    expect(repair('Some text ~~')).toBe('Some text ');
    expect(repair('Some text `')).toBe('Some text ');
    expect(repair('**bold** and **')).toBe('**bold** and ');
  });

  it('closes an open inline code span', () => {
    expect(repair('Run `npm ins')).toBe('Run `npm ins`');
    expect(repair('Run ``a ` b')).toBe('Run ``a ` b``');
  });

  it('leaves complete markup alone', () => {
    expect(repair('**a** and *b* and `c` and ~~d~~')).toBe('**a** and *b* and `c` and ~~d~~');
  });

  it('does not treat arithmetic, snake_case, URLs or math as emphasis', () => {
    expect(repair('2*3 = 6')).toBe('2*3 = 6');
    expect(repair('5 * 3')).toBe('5 * 3');
    expect(repair('call my_var_name')).toBe('call my_var_name');
    expect(repair('see https://x.example/_private')).toBe('see https://x.example/_private');
    expect(repair('where $a_1 * b$ holds')).toBe('where $a_1 * b$ holds');
    expect(repair('about ~5 minutes')).toBe('about ~5 minutes');
  });

  it('ignores emphasis inside a closed code span', () => {
    expect(repair('use `**kwargs` here')).toBe('use `**kwargs` here');
  });

  it('repairs list items, quotes and headings after their marker', () => {
    expect(repair('- **Note')).toBe('- **Note**');
    expect(repair('> _quoted')).toBe('> _quoted_');
    expect(repair('## **Title')).toBe('## **Title**');
    expect(repair('1. [ ] **task')).toBe('1. [ ] **task**');
  });

  it('works on the last line only', () => {
    expect(repair('first **line\nsecond *line')).toBe('first **line\nsecond *line*');
  });
});

describe('links and images', () => {
  it('shows an incomplete link as its text', () => {
    expect(repair('See [the docs](htt')).toBe('See the docs');
    expect(repair('See [the docs](')).toBe('See the docs');
    expect(repair('See [the docs](https://example.com/a "Ti')).toBe('See the docs');
  });

  it('keeps complete links', () => {
    expect(repair('See [docs](https://example.com).')).toBe('See [docs](https://example.com).');
  });

  it('hides a half image', () => {
    expect(repair('Look: ![a cat](https://img.ex')).toBe('Look: ');
    expect(repair('Look: ![a ca')).toBe('Look: ');
  });

  it('then closes emphasis around the link text', () => {
    expect(repair('**See [docs](htt')).toBe('**See docs**');
  });
});

describe('tables', () => {
  it('hides a table until its delimiter row is complete', () => {
    expect(repair('| a | b |')).toBe('');
    expect(repair('| a | b |\n')).toBe('');
    expect(repair('| a | b |\n|---|--')).toBe('');
  });

  it('hides a half-received row', () => {
    expect(repair('| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |')).toBe(
      '| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
  });

  it('shows a table whose rows are complete', () => {
    expect(repair('| a | b |\n|---|---|\n| 1 | 2 |\n')).toBe('| a | b |\n|---|---|\n| 1 | 2 |\n');
  });

  it('treats a pipe paragraph that is not a table as text', () => {
    expect(repair('| not a table\nreally **not')).toBe('| not a table\nreally **not**');
  });
});

describe('math', () => {
  it('leaves an unterminated $$ block for the renderer to show as pending', () => {
    expect(repair('$$\n\\frac{a}{')).toBe('$$\n\\frac{a}{');
    expect(repair('\\[\nx +')).toBe('\\[\nx +');
  });
});

describe('half-typed line starts', () => {
  it('hides a line that is only a block marker so far', () => {
    expect(repair('Paragraph\n-')).toBe('Paragraph\n');
    expect(repair('Paragraph\n---')).toBe('Paragraph\n');
    expect(repair('Paragraph\n==')).toBe('Paragraph\n');
    expect(repair('- a\n- ')).toBe('- a\n');
    expect(repair('1. a\n2.')).toBe('1. a\n');
    expect(repair('##')).toBe('');
    expect(repair('>')).toBe('');
    expect(repair('$')).toBe('');
  });

  it('returns complete text unchanged', () => {
    expect(repair('')).toBe('');
    expect(repair('Hello world.\n\n')).toBe('Hello world.\n\n');
  });
});

describe('closeInlineDelimiters', () => {
  it('ignores escaped delimiters', () => {
    expect(closeInlineDelimiters('a \\*b')).toBe('a \\*b');
  });
});
