// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { patchMarkup } from '@/components/markdown/patch-markup';

const formula = '<span class="md-math"><math><msup><mi>x</mi><mn>2</mn></msup></math></span>';

function element(html: string): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('patchMarkup', () => {
  it('keeps the nodes before the growing end: an earlier formula is the same element', () => {
    const block = element(`<p>Let ${formula} be a num</p>`);
    const before = block.querySelector('.md-math');
    patchMarkup(block, `<p>Let ${formula} be a number, and <strong>so</strong></p>`);
    expect(block.innerHTML).toBe(`<p>Let ${formula} be a number, and <strong>so</strong></p>`);
    expect(block.querySelector('.md-math')).toBe(before);
  });

  it('keeps the rows of a growing table and adds the new one', () => {
    const row = (cells: string) => `<tr><td>${cells}</td></tr>`;
    const table = (rows: string) =>
      `<div class="md-table-wrap"><table><tbody>${rows}</tbody></table></div>`;
    const block = element(table(row('a') + row('b')));
    const firstRow = block.querySelector('tr');
    patchMarkup(block, table(row('a') + row('b') + row('c')));
    expect(block.innerHTML).toBe(table(row('a') + row('b') + row('c')));
    expect(block.querySelector('tr')).toBe(firstRow);
  });

  it('replaces what changed shape, drops what is gone and changes attributes', () => {
    const block = element(
      '<p>**bold</p><p>extra</p><pre><code class="language-ts">let a</code></pre>',
    );
    patchMarkup(
      block,
      '<p><strong>bold</strong></p><pre><code class="hljs language-ts">let a = 1</code></pre>',
    );
    expect(block.innerHTML).toBe(
      '<p><strong>bold</strong></p><pre><code class="hljs language-ts">let a = 1</code></pre>',
    );
  });

  it('empties the element for empty markup', () => {
    const block = element('<p>text</p>');
    patchMarkup(block, '');
    expect(block.childNodes).toHaveLength(0);
  });

  it('leaves a selection in unchanged text where it was', () => {
    const block = element('<p>first paragraph</p><p>sec</p>');
    document.body.append(block);
    const text = block.querySelector('p')?.firstChild as Text;
    const selection = document.getSelection() as Selection;
    selection.setBaseAndExtent(text, 0, text, 5);
    patchMarkup(block, '<p>first paragraph</p><p>second paragraph</p>');
    expect(selection.toString()).toBe('first');
    block.remove();
  });
});
