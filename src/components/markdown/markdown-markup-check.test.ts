// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPlainMarkdownMarkup } from '@/components/markdown/markdown-markup-check';

describe('isPlainMarkdownMarkup', () => {
  it.each([
    ['a paragraph with emphasis and code', '<p>Some <strong>bold</strong>, <em>soft</em> and <code>x &lt; y</code></p>\n'],
    ['a link as the renderer writes it', '<p><a href="https://example.com/" title="Docs" target="_blank" rel="noopener noreferrer">docs</a></p>'],
    ['highlighted code with its label and button', '<div class="md-code"><div class="md-code-header"><span class="md-code-lang">ts</span><button type="button" class="md-copy" data-md-copy="" aria-label="Code to clipboard">To clipboard</button></div><pre><code class="hljs language-ts"><span class="hljs-keyword">const</span> x = <span class="hljs-title function_">f</span>();</code></pre></div>'],
    ['a table with alignment and a break', '<div class="md-table-wrap"><table><thead><tr><th align="right">a</th></tr></thead><tbody><tr><td align="right">1<br>2</td></tr></tbody></table></div>'],
    ['a task and a rule', '<ul><li><span class="md-task md-task-done" role="checkbox" aria-checked="true" aria-disabled="true" aria-label="Task"></span> done</li></ul><hr>'],
  ])('passes %s', (_what, markup) => {
    expect(isPlainMarkdownMarkup(markup)).toBe(true);
  });

  it.each([
    ['a script', '<p><script>alert(1)</script></p>'],
    ['an image', '<p><img src="x" onerror="alert(1)"></p>'],
    ['SVG', '<p><svg><script>alert(1)</script></svg></p>'],
    ['an iframe', '<iframe src="https://example.com/"></iframe>'],
    ['a javascript: link', '<a href="javascript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>'],
    ['a link the sanitizer would rewrite', '<a href="HTTPS://example.com" target="_blank" rel="noopener noreferrer">x</a>'],
    ['a link with an entity in its address', '<a href="https://example.com/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">x</a>'],
    ['a link opening in this tab', '<a href="https://example.com/">x</a>'],
    ['a link keeping a handle on this window', '<a href="https://example.com/" target="_blank" rel="noopener">x</a>'],
    ['an address on another element', '<span href="https://example.com/">x</span>'],
    ['an unknown class', '<div class="fixed inset-0">x</div>'],
    ['one unknown class among known ones', '<div class="md-code fixed">x</div>'],
    ['an empty class', '<p class="">x</p>'],
    ['a class with two spaces', '<p class="md-a  md-b">x</p>'],
    ['an alignment the sanitizer drops', '<td align="justify">x</td>'],
    ['a style', '<p style="position:fixed">x</p>'],
    ['an id', '<p id="x">x</p>'],
    ['an event handler', '<p onclick="alert(1)">x</p>'],
    ['a data attribute not on the list', '<p data-x="1">x</p>'],
    ['a repeated attribute', '<p class="md-a" class="md-b">x</p>'],
    ['a comment', '<p><!-- x --></p>'],
    ['an upper-case tag', '<P>x</P>'],
    ['a self-closing element', '<p/>x'],
    ['a stray >', '<p>a > b</p>'],
    ['a tag left open', '<p><strong>x</p>'],
    ['a non-breaking space where HTML wants whitespace', '<span\u00a0title="x onmouseover=alert(1) style=position:fixed">z</span>'],
    ['a vertical tab where HTML wants whitespace', '<span\u000bclass="md-a">x</span>'],
    ['a line separator where HTML wants whitespace', '<span\u2028class="md-a">x</span>'],
    ['a byte-order mark where HTML wants whitespace', '<span\ufeffclass="md-a">x</span>'],
  ])('refuses %s', (_what, markup) => {
    expect(isPlainMarkdownMarkup(markup)).toBe(false);
  });
});
