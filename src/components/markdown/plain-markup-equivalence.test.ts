// @vitest-environment jsdom
// The markup checks only skip work: rendering with them gives the very markup that sanitizing
// everything gives, for realistic answers and for every XSS payload. The renderer is loaded
// twice, once with its checks and once with checks that always send the markup to the sanitizer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { longMarkdown } from '@e2e/fake-aiml/answer';
import { fullXssCorpus } from '@e2e/xss-corpus';
import type * as MathCheck from '@/components/markdown/math-markup-check';
import type * as MarkdownCheck from '@/components/markdown/markdown-markup-check';
import type * as RenderMarkdown from '@/components/markdown/render-markdown';

type Renderer = typeof RenderMarkdown;

const markdownCheck = '@/components/markdown/markdown-markup-check';
const mathCheck = '@/components/markdown/math-markup-check';

interface Tally {
  checked: number;
  passed: number;
}
const tallies: Record<'markdown' | 'math', Tally> = {
  markdown: { checked: 0, passed: 0 },
  math: { checked: 0, passed: 0 },
};

/** `check`, counting into `tally` how often it ran and passed. */
function counted(check: (markup: string) => boolean, tally: Tally): (markup: string) => boolean {
  return (markup) => {
    const plain = check(markup);
    tally.checked++;
    if (plain) tally.passed++;
    return plain;
  };
}

async function loadRenderer(withChecks: boolean): Promise<Renderer> {
  vi.resetModules();
  if (withChecks) {
    // The real checks, counted, so the test knows the fast path was taken.
    vi.doMock(markdownCheck, async (importOriginal) => ({
      isPlainMarkdownMarkup: counted(
        (await importOriginal<typeof MarkdownCheck>()).isPlainMarkdownMarkup,
        tallies.markdown,
      ),
    }));
    vi.doMock(mathCheck, async (importOriginal) => ({
      isPlainMathMarkup: counted(
        (await importOriginal<typeof MathCheck>()).isPlainMathMarkup,
        tallies.math,
      ),
    }));
  } else {
    vi.doMock(markdownCheck, () => ({ isPlainMarkdownMarkup: () => false }));
    vi.doMock(mathCheck, () => ({ isPlainMathMarkup: () => false }));
  }
  const renderer = await import('@/components/markdown/render-markdown');
  const lazy = await import('@/components/markdown/lazy-modules');
  await lazy.preloadMarkdownModules();
  vi.doUnmock(markdownCheck);
  vi.doUnmock(mathCheck);
  return renderer;
}

function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

const realistic = [
  longMarkdown(1_500),
  String.raw`## Solving $ax^2 + bx + c = 0$

**Step 1: divide by $a$**, then complete the square:

$$\left(x + \frac{b}{2a}\right)^2 = \frac{b^2 - 4ac}{4a^2}$$

| $\Delta$ | Roots |
| --- | --- |
| $\Delta > 0$ | two distinct real roots |
| $\Delta < 0$ | two complex conjugate roots |

1. Take square roots: $x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$
2. Check: $2 \cdot 3^2 - 4 \cdot 3 - 6 = 0$ ✓`,
  [
    '```python',
    'def debounce(fn, wait):',
    '    """Call fn once calls stop for `wait` seconds."""',
    '    return lambda *a: fn(*a) if a else None  # <not html> & "quotes"',
    '```',
    '',
    '```',
    'plain <text> block',
    '```',
    '',
    '### REST vs GraphQL',
    '',
    '| | REST | GraphQL |',
    '|:--|:-:|--:|',
    '| fetch | many calls | one query |',
  ].join('\n'),
  [
    'Links: [docs](https://example.com/docs?a=1&b=2 "Docs"), <https://example.org>, [mail](mailto:a@b.c),',
    '![a chart](https://example.com/chart.png) and a [bad one](javascript:alert(1)).',
    '',
    '- [x] done',
    '- [ ] to do',
    '',
    '> A quote with `code`, ~~struck~~ text and a<br>break.',
    '',
    '<div onclick="alert(1)">raw html</div>',
  ].join('\n'),
];

describe('markup checks', () => {
  let checked: Renderer;
  let sanitized: Renderer;
  beforeAll(async () => {
    sanitized = await loadRenderer(false);
    checked = await loadRenderer(true);
  }, 60_000);

  it('change nothing in realistic answers, and let most of their blocks skip the sanitizer', { timeout: 60_000 }, () => {
    for (const tally of Object.values(tallies)) Object.assign(tally, { checked: 0, passed: 0 });
    for (const text of realistic) {
      for (const streaming of [false, true]) {
        const options = { copyButtons: true, streaming };
        const fast = checked.renderMarkdownToSafeHtml(text, options);
        const slow = sanitized.renderMarkdownToSafeHtml(text, options);
        expect(parse(fast).isEqualNode(parse(slow))).toBe(true);
      }
    }
    expect(tallies.markdown.passed / tallies.markdown.checked).toBeGreaterThan(0.9);
    expect(tallies.math.passed / tallies.math.checked).toBeGreaterThan(0.9);
  });

  it(
    'change nothing in the rendering of any XSS payload',
    () => {
      const differences: string[] = [];
      for (const payload of fullXssCorpus) {
        const fast = checked.renderMarkdownToSafeHtml(payload, { copyButtons: true });
        const slow = sanitized.renderMarkdownToSafeHtml(payload, { copyButtons: true });
        if (!parse(fast).isEqualNode(parse(slow))) differences.push(payload);
      }
      expect(differences).toEqual([]);
    },
    60_000,
  );
});
