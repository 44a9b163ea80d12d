import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { typesetRun } from '@/components/markdown/math-ahead-run';
import { KATEX_OPTIONS } from '@/components/markdown/typeset-math';

const markdown = [
  'Inline $a^2 + b^2$ and \\(x_1\\) here.',
  '$$\n\\frac{1}{2}\n$$',
  '```math\n\\sqrt{y}\n```',
  '`$not math$` in code, and an open $$ block',
  '$$\n\\int_0^1 unfinished',
].join('\n\n');

describe('typesetting a run of markdown ahead of the reveal', () => {
  it("returns KaTeX's markup for each complete formula, as the renderer would typeset it", () => {
    const { formulas } = typesetRun(katex, markdown, new Set());
    expect(formulas.map(({ tex, display }) => [tex, display])).toEqual([
      ['a^2 + b^2', false],
      ['x_1', false],
      ['\\frac{1}{2}', true],
      ['\\sqrt{y}', true],
    ]);
    for (const { tex, display, html } of formulas) {
      expect(html).toBe(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }));
    }
  });

  it('typesets each formula once', () => {
    const done = new Set<string>();
    expect(typesetRun(katex, markdown, done).formulas).toHaveLength(4);
    expect(typesetRun(katex, `${markdown}\n\nAgain $a^2 + b^2$, new $c$.`, done).formulas).toEqual([
      expect.objectContaining({ tex: 'c', display: false }),
    ]);
  });
});
