// @vitest-environment jsdom
import temml from 'temml';
import { describe, expect, it } from 'vitest';
import { mathPayloads } from '@e2e/xss-corpus';
import { isPlainMathMarkup } from '@/components/markdown/math-markup-check';
import { typesetMath } from '@/components/markdown/typeset-math';
import { sanitizeMathHtml } from '@/components/markdown/sanitize-math';

function typeset(tex: string, display = false): string {
  const typeset = typesetMath(temml, tex, display);
  if (!typeset) throw new Error('too long to typeset');
  return typeset.html;
}

function parse(markup: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template;
}

// What answers hold: the demo's and the benchmark's formulas, and the constructs that bring
// stretchy arrows and braces, tables, colours, boxes, spacing, text and error messages.
const formulas = [
  'ax^2 + bx + c = 0',
  String.raw`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`,
  String.raw`\left(x + \frac{b}{2a}\right)^2 = \frac{b^2 - 4ac}{4a^2}`,
  String.raw`x = \frac{4 \pm 8}{4} \quad\Longrightarrow\quad x_1 = 3,\; x_2 = -1`,
  String.raw`\Delta < 0`,
  'x<y',
  String.raw`\sum_{k=1}^{12} k = \frac{12(12+1)}{2}`,
  String.raw`\int_0^{3} x\,dx = \frac{{3}^2}{2}`,
  String.raw`\sqrt[3]{x^3 + y^3}`,
  String.raw`\overrightarrow{AB} + \overbrace{a+b}^{n} + \underbrace{c+d}_{m}`,
  String.raw`\widehat{xyz} \xrightarrow{f} \cancel{x}`,
  String.raw`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \begin{cases} a & x > 0 \\ b & \text{else} \end{cases}`,
  String.raw`\color{red}{x} + \textcolor{#0a0}{y} + \colorbox{yellow}{z}`,
  String.raw`\boxed{E = mc^2} \quad \text{energy \& mass}`,
  String.raw`\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e`,
  String.raw`\mathbb{R} \mathcal{L} \mathfrak{g} \mathrm{d}x`,
  String.raw`\begin{aligned} f(x) &= (x+1)^2 \\ &= x^2 + 2x + 1 \end{aligned}`,
  String.raw`\left\{ \frac{a}{b} \middle| c \right\}`,
  String.raw`\hat{\theta} \tilde{n} \bar{x} \vec{v} \dot{y}`,
  String.raw`\fcolorbox{red}{white}{w} \mathscr{L} f'(x) \operatorname{softmax}(z)`,
  String.raw`\foo + 1`,
];

describe('isPlainMathMarkup', () => {
  it.each(formulas)('passes Temml output the sanitizer keeps as it is: %s', (tex) => {
    for (const display of [false, true]) {
      const markup = typeset(tex, display);
      expect(isPlainMathMarkup(markup)).toBe(true);
      // The markup as the page would parse it is the tree the sanitizer returns.
      expect(parse(markup).content.isEqualNode(parse(sanitizeMathHtml(markup)).content)).toBe(true);
    }
  });

  it('leaves to the sanitizer a style it would rewrite, and it keeps what is allowed', () => {
    const markup = '<math><mi style="color:#f00;position:fixed;">x</mi></math>';
    expect(isPlainMathMarkup(markup)).toBe(false);
    expect(sanitizeMathHtml(markup)).toBe('<math><mi style="color:#f00">x</mi></math>');
  });

  it('passes the output of the XSS corpus formulas only when the sanitizer would keep it whole', () => {
    let compared = 0;
    for (const payload of mathPayloads) {
      const tex = payload.replace(/^(\$\$|\$|\\\(|\\\[|```math\n)|(\$\$|\$|\\\)|\\\]|\n```)$/g, '');
      const markup = typeset(tex);
      // Typeset or shown as red TeX (trust: false), nothing of it is the sanitizer's to remove.
      expect(parse(markup).content.isEqualNode(parse(sanitizeMathHtml(markup)).content)).toBe(true);
      if (isPlainMathMarkup(markup)) compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it.each([
    ['a script', '<span class="temml-error"><script>alert(1)</script></span>'],
    ['an image with a handler', '<span><img src="x" onerror="alert(1)"></span>'],
    ['a link', '<span><a href="javascript:alert(1)">x</a></span>'],
    ['an event handler', '<span class="mord" onclick="alert(1)">x</span>'],
    ['an id (clobbering)', '<span id="defaultView">x</span>'],
    ['a style with url()', '<span style="background:url(javascript:alert(1));">x</span>'],
    ['a fixed position', '<span style="position:fixed;top:0;">x</span>'],
    ['a style the sanitizer would trim', '<span style="top:0;z-index:9;">x</span>'],
    ['an unsafe class', '<span class="fixed inset-0 {x}">x</span>'],
    ['a colour that is not one', '<math><mstyle mathcolor="red;background:url(x)"><mi>x</mi></mstyle></math>'],
    ['an entity in a value', '<span title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">x</span>'],
    ['a single-quoted value', "<span class='mord'>x</span>"],
    ['an unquoted value', '<span class=mord>x</span>'],
    ['an upper-case tag', '<SPAN>x</SPAN>'],
    ['a comment', '<span><!-- x --></span>'],
    ['a CDATA section', '<math><mi><![CDATA[x]]></mi></math>'],
    ['a stray >', '<span>a > b</span>'],
    ['a tag left open', '<span><span>x</span>'],
    ['tags closed out of order', '<span><math></span></math>'],
    ['a self-closing HTML element', '<span/>x'],
    ['SVG outside <svg>', '<span><path d="M0 0"/></span>'],
    ['HTML inside <svg>', '<svg><span>x</span></svg>'],
    ['HTML inside <math>', '<math><span>x</span></math>'],
    ['a style element inside <svg>', '<svg><style>*{}</style></svg>'],
    ['foreignObject', '<svg><foreignobject><span>x</span></foreignobject></svg>'],
    ['an element inside a MathML token element (parsed as HTML)', '<math><mtext><mi/></mtext></math><span class="mord">a</span>'],
    ['a token element inside another', '<math><mi><mi>x</mi></mi></math>'],
    ['a vertical tab between attributes', '<span\u000bclass="mord">x</span>'],
    ['a line separator between attributes', '<span\u2028class="mord">x</span>'],
    ['a byte-order mark between attributes', '<span\ufeffclass="mord">x</span>'],
    ['<use> with href', '<svg><use href="#x"></use></svg>'],
  ])('refuses %s', (_what, markup) => {
    expect(isPlainMathMarkup(markup)).toBe(false);
  });
});
