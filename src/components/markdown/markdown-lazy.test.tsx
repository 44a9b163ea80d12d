// @vitest-environment jsdom
// A file of its own: it needs highlight.js and the math typesetter *not* loaded when it starts.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from '@/components/markdown/markdown';
import { highlighterModule, mathModule } from '@/components/markdown/lazy-modules';
import { blockRenderProbe } from '@/components/markdown/render-probe';

afterEach(() => {
  cleanup();
  blockRenderProbe.onRender = null;
  vi.restoreAllMocks();
});

describe('lazy highlight.js and math typesetter', () => {
  it('loads nothing for an answer without code or math', async () => {
    const loadHighlighter = vi.spyOn(highlighterModule, 'load');
    const loadMath = vi.spyOn(mathModule, 'load');
    render(<Markdown text={'Just **words**, a [link](https://example.com) and $5.'} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(loadHighlighter).not.toHaveBeenCalled();
    expect(loadMath).not.toHaveBeenCalled();
    expect(highlighterModule.get()).toBeNull();
    expect(mathModule.get()).toBeNull();
  });

  it('renders plain code and TeX first, then upgrades when the modules arrive', async () => {
    const renders = new Map<number, number>();
    blockRenderProbe.onRender = (index) => renders.set(index, (renders.get(index) ?? 0) + 1);
    const text = 'Plain intro.\n\n```ts\nconst answer: number = 42;\n```\n\nEuler: $e^{i\\pi}+1=0$';
    const { container } = render(<Markdown text={text} />);

    // First paint: escaped, readable, not highlighted, not typeset.
    expect(container.querySelector('pre code')?.textContent).toBe('const answer: number = 42;');
    expect(container.querySelector('.hljs-keyword')).toBeNull();
    expect(container.querySelector('.md-math-source')?.textContent).toBe('$e^{i\\pi}+1=0$');

    await waitFor(() => expect(container.querySelector('.md-math math')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('pre code .hljs-keyword')).not.toBeNull());
    expect(container.querySelector('pre code')?.textContent).toBe('const answer: number = 42;');
    expect(container.querySelector('.md-math-source')).toBeNull();

    // The block with neither code nor math was rendered once and never again.
    expect(renders.get(0)).toBe(1);
  });
});
