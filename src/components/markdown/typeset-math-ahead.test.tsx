// @vitest-environment jsdom
// A file of its own: the reveal's record of missed frames is module state.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Markdown } from '@/components/markdown/markdown';
import { mathModule, preloadMarkdownModules } from '@/components/markdown/lazy-modules';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => `Paragraph ${i} of the answer.`).join('\n\n');

it('typesets the formulas of the coming blocks in idle time, before a frame shows them', async () => {
  await preloadMarkdownModules();
  const typesetter = mathModule.get();
  if (!typesetter) throw new Error('the math typesetter did not load');
  const typeset = vi.spyOn(typesetter, 'renderToString');
  // Animation frames never run: only the first step of the backlog is ever shown.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});

  const { container, rerender } = render(<Markdown text="Start." streaming />);
  const text = `Start.\n\n${paragraphs(30)}\n\nAhead: $\\frac{a_{7}}{b_{9}}$ and\n\n$$\ny_{3} = x^{5}\n$$\n\n${paragraphs(200)}`;
  act(() => rerender(<Markdown text={text} streaming />));

  await waitFor(() => {
    const typesetTex = typeset.mock.calls.map(([tex]) => tex);
    expect(typesetTex).toContain('\\frac{a_{7}}{b_{9}}');
    expect(typesetTex).toContain('y_{3} = x^{5}');
  });
  // Neither formula is on screen yet; nothing past the 3,000 characters ahead was typeset.
  expect(container.textContent).not.toContain('Ahead');
  expect(container.querySelector('.md-math math')).toBeNull();
  expect(typeset).toHaveBeenCalledTimes(2);
});
