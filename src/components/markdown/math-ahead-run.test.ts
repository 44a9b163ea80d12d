import temml from 'temml';
import { describe, expect, it } from 'vitest';
import { typesetRun } from '@/components/markdown/math-ahead-run';
import { MATH_OPTIONS } from '@/components/markdown/typeset-math';

const markdown = [
  'Inline $a^2 + b^2$ and \\(x_1\\) here.',
  '$$\n\\frac{1}{2}\n$$',
  '```math\n\\sqrt{y}\n```',
  '`$not math$` in code, and an open $$ block',
  '$$\n\\int_0^1 unfinished',
].join('\n\n');

describe('typesetting a run of markdown ahead of the reveal', () => {
  it("returns Temml's markup for each complete formula, as the renderer would typeset it", () => {
    const { formulas } = typesetRun(temml, markdown, new Set());
    expect(formulas.map(({ tex, display }) => [tex, display])).toEqual([
      ['a^2 + b^2', false],
      ['x_1', false],
      ['\\frac{1}{2}', true],
      ['\\sqrt{y}', true],
    ]);
    for (const { tex, display, html } of formulas) {
      expect(html).toBe(temml.renderToString(tex, { ...MATH_OPTIONS, displayMode: display }));
    }
  });

  it('typesets each formula once', () => {
    const done = new Set<string>();
    expect(typesetRun(temml, markdown, done).formulas).toHaveLength(4);
    expect(typesetRun(temml, `${markdown}\n\nAgain $a^2 + b^2$, new $c$.`, done).formulas).toEqual([
      expect.objectContaining({ tex: 'c', display: false }),
    ]);
  });
});
