// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadMarkdownModules } from '@/components/markdown/lazy-modules';
import {
  renderMarkdownBlock,
  renderMarkdownToSafeHtml,
} from '@/components/markdown/render-markdown';
import { cleanMathStyle } from '@/components/markdown/math-allow-list';
import { sanitizeMathHtml } from '@/components/markdown/sanitize-math';

function dom(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function render(
  markdown: string,
  options?: Parameters<typeof renderMarkdownToSafeHtml>[1],
): DocumentFragment {
  return dom(renderMarkdownToSafeHtml(markdown, options));
}

describe('GitHub-flavoured markdown', () => {
  it('renders tables with alignment, wrapped for horizontal scrolling', () => {
    const html = render('| Name | Score |\n|:-----|------:|\n| Ada | 10 |\n| Bob | 7 |');
    const table = html.querySelector('.md-table-wrap > table');
    expect(table).not.toBeNull();
    expect(Array.from(table?.querySelectorAll('th') ?? [], (th) => th.textContent)).toEqual([
      'Name',
      'Score',
    ]);
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table?.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
  });

  it('renders task lists as non-interactive checkboxes', () => {
    const html = render('- [x] done\n- [ ] todo');
    const boxes = html.querySelectorAll('[role="checkbox"]');
    expect(Array.from(boxes, (box) => box.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    expect(html.querySelector('input')).toBeNull();
    expect(html.querySelector('li')?.textContent?.trim()).toBe('done');
  });

  it('renders strikethrough, emphasis and headings without ids', () => {
    const html = render('# Title\n\n~~old~~ **bold** _it_');
    expect(html.querySelector('del')?.textContent).toBe('old');
    expect(html.querySelector('strong')?.textContent).toBe('bold');
    expect(html.querySelector('em')?.textContent).toBe('it');
    expect(html.querySelector('h1')?.hasAttribute('id')).toBe(false);
  });

  it('autolinks bare URLs and emails, opening them in a new tab', () => {
    const html = render('See www.example.com, https://qwen.ai/docs and ada@example.com.');
    const links = Array.from(html.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'http://www.example.com/',
      'https://qwen.ai/docs',
      'mailto:ada@example.com',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('renders fenced code with a language label and a copy button', () => {
    const html = render('```python\nprint("<hi>")\n```', { copyButtons: true });
    expect(html.querySelector('.md-code-lang')?.textContent).toBe('python');
    expect(html.querySelector('button[aria-label="Code to clipboard"]')?.textContent).toBe('To clipboard');
    expect(html.querySelector('pre code')?.textContent).toBe('print("<hi>")');
  });

  it('labels unlabelled code as text and leaves copy buttons out unless asked', () => {
    const html = render('```\nplain\n```');
    expect(html.querySelector('.md-code-lang')?.textContent).toBe('text');
    expect(html.querySelector('button')).toBeNull();
  });

  it('keeps a hostile fence language out of attributes', () => {
    const html = render('```js" onmouseover="alert(1)\nx\n```');
    const code = html.querySelector('pre code');
    expect(code?.getAttribute('onmouseover')).toBeNull();
    expect(code?.className).toBe('language-js');
  });

  it('resolves reference links defined in another block', () => {
    const html = render(
      'Read [the docs][docs].\n\nMore text.\n\n[docs]: https://example.com/docs "Docs"',
    );
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/docs');
    expect(link?.getAttribute('title')).toBe('Docs');
  });
});

describe('safety of what the model writes', () => {
  it('shows raw HTML as text', () => {
    const html = render(
      '<img src=x onerror=alert(1)> and <b>bold</b>\n\n<div onclick="x">block</div>',
    );
    expect(html.querySelector('img, b, div[onclick]')).toBeNull();
    expect(html.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(html.textContent).toContain('<div onclick="x">block</div>');
  });

  it('keeps <br> in table cells as a line break', () => {
    const html = render('| a |\n|---|\n| one<br>two |');
    expect(html.querySelector('td br')).not.toBeNull();
  });

  it('renders a link with an unsafe target as plain text', () => {
    const html = render(
      '[click](javascript:alert(1)) [x](&#106;avascript:alert(1)) <javascript:alert(1)>',
    );
    expect(html.querySelector('a')).toBeNull();
    expect(html.querySelectorAll('.md-link-blocked')).toHaveLength(3);
    expect(html.textContent).toContain('click');
  });

  it('never fetches images: they become links to open on request', () => {
    const html = render('![a cat](https://img.example.com/cat.png)');
    expect(html.querySelector('img')).toBeNull();
    const link = html.querySelector('a.md-image');
    expect(link?.getAttribute('href')).toBe('https://img.example.com/cat.png');
    expect(link?.textContent).toBe('🖼 image: a cat (img.example.com)');
  });

  it('blocks images with non-http sources, data: included', () => {
    const html = render('![x](data:image/png;base64,iVBORw0KGgo=) ![y](javascript:alert(1))');
    expect(html.querySelector('a, img')).toBeNull();
    expect(html.querySelectorAll('.md-image-blocked')).toHaveLength(2);
  });

  it('does not nest an image link inside a link', () => {
    const html = render('[![logo](https://img.example/l.png)](https://example.com)');
    expect(html.querySelectorAll('a')).toHaveLength(1);
    expect(html.querySelector('a')?.textContent).toContain('🖼 image: logo');
  });

  it('fails closed without a DOM-less escape hatch: text stays text', () => {
    expect(renderMarkdownToSafeHtml('')).toBe('');
    expect(renderMarkdownToSafeHtml('plain')).toBe('<p>plain</p>\n');
  });
});

describe('math before the typesetter has loaded', () => {
  it('shows the TeX source as escaped text and asks for the typesetter', () => {
    const block = renderMarkdownBlock('Euler: $e^{i\\pi} + 1 = 0$');
    expect(block.usesMath).toBe(true);
    expect(block.usesCode).toBe(false);
    expect(dom(block.html).querySelector('.md-math-source')?.textContent).toBe(
      '$e^{i\\pi} + 1 = 0$',
    );
  });

  it('does not read dollar amounts as math', () => {
    const block = renderMarkdownBlock('It costs $5 and $10, or US$20.');
    expect(block.usesMath).toBe(false);
    expect(dom(block.html).textContent?.trim()).toBe('It costs $5 and $10, or US$20.');
  });

  it('asks for highlight.js only for code with a language worth highlighting', () => {
    expect(renderMarkdownBlock('```ts\nconst a = 1;\n```').usesCode).toBe(true);
    expect(renderMarkdownBlock('```text\nplain\n```').usesCode).toBe(false);
    expect(renderMarkdownBlock('no code').usesCode).toBe(false);
  });
});

describe('after highlight.js and the math typesetter load', () => {
  beforeAll(async () => {
    await preloadMarkdownModules();
  });

  it('highlights code', () => {
    const html = render('```js\nconst answer = 42;\n```');
    expect(html.querySelector('code.hljs .hljs-keyword')?.textContent).toBe('const');
    expect(html.querySelector('pre code')?.textContent).toBe('const answer = 42;');
  });

  it('typesets inline and display math as MathML, stretchy arrows included', () => {
    const html = render('Inline $\\sqrt{x^2}$ and\n\n$$\n\\xrightarrow{abc} \\frac{a}{b}\n$$');
    expect(html.querySelector('span.md-math > math msqrt msup')?.textContent).toBe('x2');
    expect(html.querySelector('div.md-math-display > math[display="block"] mfrac')).not.toBeNull();
    expect(html.querySelector('math mover > mo[stretchy="true"]')?.textContent).toBe('→');
  });

  it('supports \\( \\), \\[ \\] and ```math', () => {
    const html = render('A \\(x+1\\) here.\n\n\\[\ny = mx + b\n\\]\n\n```math\na^2\n```');
    expect(html.querySelectorAll('.md-math > math')).toHaveLength(3);
  });

  it('keeps \\href and \\url inert', () => {
    const html = render('$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(2)}$');
    expect(html.querySelector('a, [href]')).toBeNull();
    expect(html.textContent).toContain('\\href');
  });

  it('bounds macro expansion', () => {
    const html = render('$\\def\\a{\\a\\a}\\a$');
    const error = html.querySelector('.md-math .md-math-error');
    expect(error?.textContent).toBe('\\def\\a{\\a\\a}\\a');
    expect(error?.getAttribute('title')).toMatch(/^Not typeset: Too many expansions/);
  });

  it('shows as TeX a formula that expands to too much markup', () => {
    // 445 expansions, under the bound, but 400,000 letters of MathML.
    const tex = [
      `\\def\\a{${'x'.repeat(1000)}}`,
      `\\def\\b{${'\\a'.repeat(10)}}`,
      `\\def\\c{${'\\b'.repeat(10)}}`,
      '\\def\\d{\\c\\c\\c\\c}\\d',
    ].join('');
    const html = render(`$${tex}$`);
    expect(html.querySelector('.md-math .md-math-error')?.getAttribute('title')).toBe(
      'Not typeset: it expands to too much markup',
    );
  });

  it('does not let text forge a math slot', () => {
    const html = render('<span data-md-math="x-0"></span> $x$');
    expect(html.querySelectorAll('.md-math > math')).toHaveLength(1);
    expect(html.querySelector('[data-md-math]')).toBeNull();
  });
});

describe('cleanMathStyle', () => {
  it('keeps the declarations Temml writes', () => {
    expect(cleanMathStyle('padding-left:0em;padding-right:0.25em;')).toBe(
      'padding-left:0em;padding-right:0.25em',
    );
    expect(cleanMathStyle('display:block math;math-depth:0;')).toBe(
      'display:block math;math-depth:0',
    );
    expect(cleanMathStyle('border: 0.0667em solid #ff0000; color:#cc0000')).toBe(
      'border:0.0667em solid #ff0000;color:#cc0000',
    );
  });

  it('drops urls, expressions, fixed positioning and unknown properties', () => {
    expect(cleanMathStyle('background-image:url(javascript:alert(1))')).toBe('');
    expect(cleanMathStyle('width:expression(alert(1))')).toBe('');
    expect(cleanMathStyle('position:fixed;top:0;width:1em')).toBe('width:1em');
    expect(cleanMathStyle('z-index:9999;behavior:url(x.htc)')).toBe('');
    expect(cleanMathStyle('color:red;background:url(x)')).toBe('color:red');
  });

  it('drops lengths that would push boxes over the page (Temml caps only positive ones)', () => {
    expect(cleanMathStyle('margin-left:-1000em;width:3.5em;padding-top:1399999999.2ex')).toBe(
      'width:3.5em',
    );
    expect(cleanMathStyle('padding:0 0 1000em 0;margin-left:-0.1667em')).toBe(
      'margin-left:-0.1667em',
    );
    expect(cleanMathStyle('display:none;display:block math')).toBe('display:block math');
  });

  it('leaves a style that loses nothing as Temml wrote it, and rewrites one that does', () => {
    // An unchanged value is not written back, so the browser does not parse the style again.
    const kept = '<math><mrow style="padding-left:0em;color:#cc0000;"><mi>x</mi></mrow></math>';
    expect(sanitizeMathHtml(kept)).toBe(kept);
    expect(
      sanitizeMathHtml('<math><mrow style="color:#cc0000;position:fixed;"><mi>x</mi></mrow></math>'),
    ).toBe('<math><mrow style="color:#cc0000"><mi>x</mi></mrow></math>');
  });
});

describe('pathological input', () => {
  it('shows lists and quotes nested thousands deep as plain text, quickly', () => {
    const lists = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
    const quotes = `${'>'.repeat(5000)} x`;
    for (const text of [lists, quotes]) {
      const start = performance.now();
      const html = render(text);
      expect(performance.now() - start).toBeLessThan(5000);
      expect(html.querySelector('.md-fallback')?.textContent).toBe(text.trim());
    }
  });

  it('still formats ordinary nesting', () => {
    const html = render('- a\n  - b\n    - c\n      - d\n\n> > > quoted');
    expect(html.querySelectorAll('ul ul ul ul')).toHaveLength(1);
    expect(html.querySelector('blockquote blockquote blockquote')?.textContent?.trim()).toBe(
      'quoted',
    );
    expect(html.querySelector('.md-fallback')).toBeNull();
  });

  it('does not close hundreds of openers while streaming', () => {
    const start = performance.now();
    renderMarkdownToSafeHtml('**a _b '.repeat(3000), { streaming: true });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
