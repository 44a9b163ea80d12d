// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMarkdown, Markdown } from '@/components/markdown/deferred-markdown';
import { FormatWhenIdleContext } from '@/components/markdown/format-when-idle';

describe('formatting in idle time', () => {
  beforeAll(() => loadMarkdown());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('formats deferred answers once the browser is idle, the newest first', async () => {
    vi.useFakeTimers();
    const { container } = render(
      <>
        <FormatWhenIdleContext value>
          <Markdown text="**older**" />
          <Markdown text="**newer**" />
        </FormatWhenIdleContext>
        <Markdown text="**latest**" />
      </>,
    );
    const bold = () => Array.from(container.querySelectorAll('strong'), (node) => node.textContent);
    // On screen at once: the latest answer. Above it, the text as plain text.
    expect(bold()).toEqual(['latest']);
    expect(container.textContent).toContain('**older**');

    await act(() => vi.advanceTimersByTimeAsync(60));
    expect(bold()).toEqual(['newer', 'latest']);
    await act(() => vi.advanceTimersByTimeAsync(60));
    expect(bold()).toEqual(['older', 'newer', 'latest']);
  });

  it('never holds back a streaming answer', () => {
    const { container } = render(
      <FormatWhenIdleContext value>
        <Markdown text="**arriving**" streaming />
      </FormatWhenIdleContext>,
    );
    expect(container.querySelector('strong')?.textContent).toBe('arriving');
  });
});
