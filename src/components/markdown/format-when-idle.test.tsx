// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The queue of answers waiting for idle time is module state: fresh modules for every test.
async function freshModules() {
  vi.resetModules();
  const [deferred, formatWhenIdle] = await Promise.all([
    import('@/components/markdown/deferred-markdown'),
    import('@/components/markdown/format-when-idle'),
  ]);
  await deferred.loadMarkdown();
  return {
    Markdown: deferred.Markdown,
    FormatWhenIdleContext: formatWhenIdle.FormatWhenIdleContext,
  };
}

const bold = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('strong'), (node) => node.textContent);
// jsdom has no idle callbacks: each idle period is a 50 ms timeout there, without a deadline.
const nextIdlePeriod = () => act(() => vi.advanceTimersByTimeAsync(60));

describe('formatting in idle time', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('formats deferred answers once the browser is idle, the newest first', async () => {
    const { Markdown, FormatWhenIdleContext } = await freshModules();
    const { container } = render(
      <>
        <FormatWhenIdleContext value>
          <Markdown text="**older**" />
          <Markdown text="**newer**" />
        </FormatWhenIdleContext>
        <Markdown text="**latest**" />
      </>,
    );
    // On screen at once: the latest answer. Above it, the text as plain text.
    expect(bold(container)).toEqual(['latest']);
    expect(container.textContent).toContain('**older**');

    await nextIdlePeriod();
    expect(bold(container)).toEqual(['newer', 'latest']);
    await nextIdlePeriod();
    expect(bold(container)).toEqual(['older', 'newer', 'latest']);
  });

  it('never holds back a streaming answer', async () => {
    const { Markdown, FormatWhenIdleContext } = await freshModules();
    const { container } = render(
      <FormatWhenIdleContext value>
        <Markdown text="**arriving**" streaming />
      </FormatWhenIdleContext>,
    );
    expect(bold(container)).toEqual(['arriving']);
  });

  it('an answer unmounted while waiting leaves the queue, and the next ones are still formatted', async () => {
    const { Markdown, FormatWhenIdleContext } = await freshModules();
    const first = render(
      <FormatWhenIdleContext value>
        <Markdown text="**gone**" />
      </FormatWhenIdleContext>,
    );
    first.unmount();
    await nextIdlePeriod();

    const { container } = render(
      <FormatWhenIdleContext value>
        <Markdown text="**opened again**" />
      </FormatWhenIdleContext>,
    );
    expect(bold(container)).toEqual([]);
    await nextIdlePeriod();
    expect(bold(container)).toEqual(['opened again']);
  });

  it('formats as many as the idle period has time for', async () => {
    // An idle period that always has 40 ms left: every waiting answer fits in the first one.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) =>
      setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 40 }), 10),
    );
    const { Markdown, FormatWhenIdleContext } = await freshModules();
    const { container } = render(
      <FormatWhenIdleContext value>
        <Markdown text="**one**" />
        <Markdown text="**two**" />
        <Markdown text="**three**" />
      </FormatWhenIdleContext>,
    );
    expect(bold(container)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(15));
    expect(bold(container)).toEqual(['one', 'two', 'three']);
  });
});
