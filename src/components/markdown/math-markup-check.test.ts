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
      if (isPlainMathMarkup(markup)) {
        compared++;
        expect(parse(markup).content.isEqualNode(parse(sanitizeMathHtml(markup)).content)).toBe(
          true,
        );
      }
    }
    // Most show as red TeX (trust: false); a few typeset, some with what the sanitizer removes.
    expect(compared).toBeGreaterThan(10);
  });

  // Each carrier is plain without its one fault (first case), so the fault is what is refused.
  it.each([
    ['nothing (the carriers as they pass)', '<math><mi class="tml-sml-pad">x</mi></math>'],
    ['a script', '<span class="md-math-error"><script>alert(1)</script></span>'],
    ['an image with a handler', '<math><mi>x</mi></math><img src="x" onerror="alert(1)">'],
    ['a link', '<math><mi>x</mi></math><a href="javascript:alert(1)">x</a>'],
    ['an event handler', '<math><mi class="tml-sml-pad" onclick="alert(1)">x</mi></math>'],
    ['an id (clobbering)', '<math><mtr id="defaultView"><mtd><mi>x</mi></mtd></mtr></math>'],
    ['a style with url()', '<math><mi style="background:url(javascript:alert(1));">x</mi></math>'],
    ['a fixed position', '<math><mi style="position:fixed;top:0;">x</mi></math>'],
    ['a style the sanitizer would trim', '<math><mi style="color:red;z-index:9;">x</mi></math>'],
    ['a huge length in a style', '<math><mrow style="padding-top:1399999999.2ex;"></mrow></math>'],
    ['a very negative length', '<math><mrow style="margin-left:-1000em;"></mrow></math>'],
    ['a huge length attribute', '<math><mpadded voffset="-1000em"><mi>x</mi></mpadded></math>'],
    ['a class of the page (Tailwind)', '<math><mi class="fixed inset-0 z-50">x</mi></math>'],
    ['any other class on the error', '<span class="fixed inset-0">x</span>'],
    ['a style on the error', '<span class="md-math-error" style="width:20em;">x</span>'],
    ['a tooltip outside the error', '<math><mi title="x">x</mi></math>'],
    ['form on a token that is not an operator', '<math><mi form="prefix">x</mi></math>'],
    ['form with another value', '<math><mo form="login">x</mo></math>'],
    ['a colour that is not one', '<math><mstyle mathcolor="red;top:0"><mi>x</mi></mstyle></math>'],
    ['an entity in a value', '<span class="md-math-error" title="&quot;&gt;&lt;img&gt;">x</span>'],
    ['a single-quoted value', "<math><mi class='tml-sml-pad'>x</mi></math>"],
    ['an unquoted value', '<math><mi class=tml-sml-pad>x</mi></math>'],
    ['an upper-case tag', '<MATH><mi>x</mi></MATH>'],
    ['a comment', '<math><mi>x</mi><!-- x --></math>'],
    ['a CDATA section', '<math><mi><![CDATA[x]]></mi></math>'],
    ['a stray >', '<math><mi>a > b</mi></math>'],
    ['a tag left open', '<math><mrow><mi>x</mi></math>'],
    ['tags closed out of order', '<span class="md-math-error"><math></span></math>'],
    ['a self-closing HTML element', '<span/>x'],
    ['HTML inside <math>', '<math><span class="md-math-error">x</span></math>'],
    ['SVG inside <math>', '<math><svg><style>*{}</style></svg></math>'],
    ['an element inside a token element (parsed as HTML)', '<math><mtext><mi/></mtext></math>'],
    ['a token element inside another', '<math><mi><mi>x</mi></mi></math>'],
    ['a vertical tab between attributes', '<math><mi\u000bclass="tml-sml-pad">x</mi></math>'],
    ['a line separator between attributes', '<math><mi\u2028class="tml-sml-pad">x</mi></math>'],
    ['a byte-order mark between attributes', '<math><mi\ufeffclass="tml-sml-pad">x</mi></math>'],
  ])('refuses %s', (what, markup) => {
    expect(isPlainMathMarkup(markup)).toBe(what.startsWith('nothing'));
  });
});
