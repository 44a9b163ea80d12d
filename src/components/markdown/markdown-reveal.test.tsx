// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from '@/components/markdown/markdown';
import { MarkdownBlock } from '@/components/markdown/markdown-block';
import { blocksPerGroup } from '@/components/markdown/markdown-group';
import { blockRenderProbe } from '@/components/markdown/render-probe';
import { resetRevealMeasurements, stepEnd } from '@/components/markdown/use-revealed-text';

beforeEach(async () => {
  // A frame's cost is measured in a task after it: let an earlier test's measurements land,
  // then forget them (a pause or a speed from a mocked clock would change this test's steps).
  await new Promise((resolve) => setTimeout(resolve, 20));
  resetRevealMeasurements();
});

afterEach(() => {
  cleanup();
  blockRenderProbe.onRender = null;
});

/** `performance.now()` by hand from here on: `advance(ms)` moves it. */
function manualClock(): { advance: (ms: number) => void } {
  let now = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms) => (now += ms) };
}

function paragraphs(count: number, from = 0): string {
  return Array.from({ length: count }, (_, i) => `Paragraph ${from + i} of the answer.`).join('\n\n');
}

describe('stepEnd', () => {
  it('ends a step at a nearby line end, or at the end of the text', () => {
    const text = `${'a'.repeat(300)}\n${'b'.repeat(300)}`;
    expect(stepEnd(text, 0, 290)).toBe(301);
    expect(stepEnd(text, 301, 1000)).toBe(text.length);
  });

  it('prefers the end of a block, before or shortly after the step', () => {
    const text = `${'a'.repeat(250)}\n\n${'b'.repeat(100)}\n${'c'.repeat(100)}\n\nd`;
    expect(stepEnd(text, 0, 300)).toBe(252);
    expect(stepEnd(text, 252, 150)).toBe(text.length - 1);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'a'.repeat(9)}🙂${'a'.repeat(600)}`;
    expect(stepEnd(text, 0, 10)).toBe(11);
  });
});

describe('<Markdown> revealing a streamed text', () => {
  it('renders a large arrival over several frames, then all of it', async () => {
    const { container, rerender } = render(<Markdown text="Start." streaming />);
    const text = `Start.\n\n${paragraphs(400)}`;
    act(() => rerender(<Markdown text={text} streaming />));
    // One step now: more than before, far from the whole text, and the root says it is still busy.
    expect(container.textContent).toContain('Paragraph 0 ');
    expect(container.textContent).not.toContain('Paragraph 399');
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    // The stream ends while text is still being revealed: it keeps going to the end.
    act(() => rerender(<Markdown text={text} />));
    await waitFor(() => expect(container.textContent).toContain('Paragraph 399'), { timeout: 10_000 });
    expect(container.firstElementChild?.hasAttribute('aria-busy')).toBe(false);
  });

  it('pauses one frame after a reveal frame that missed a vsync, and none after fast ones', async () => {
    // Animation frames run one at a time by hand; every reveal frame "takes" `frameMs`.
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    let now = 0;
    let frameMs = 5;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const { container, rerender } = render(<Markdown text="Start." streaming />);
      act(() => rerender(<Markdown text={`Start.\n\n${paragraphs(400)}`} streaming />));
      const revealedPerFrame: boolean[] = [];
      const runFrame = async () => {
        const before = container.textContent?.length;
        const frameStart = now;
        act(() => frames.shift()?.(frameStart));
        // The frame's cost is measured in a task after the frame.
        now = frameStart + frameMs;
        await new Promise((resolve) => setTimeout(resolve, 5));
        now = frameStart + 100;
        revealedPerFrame.push(container.textContent?.length !== before);
      };
      // The first frame comes a render interval after the arrival's render.
      now = 100;
      await runFrame();
      expect(revealedPerFrame.pop()).toBe(true);
      frameMs = 40;
      for (let i = 0; i < 6; i++) await runFrame();
      expect(revealedPerFrame).toEqual([true, false, true, false, true, false]);
      frameMs = 5;
      revealedPerFrame.length = 0;
      for (let i = 0; i < 4; i++) await runFrame();
      expect(revealedPerFrame).toEqual([true, true, true, true]);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('shows an addition to a caught-up text in the same render (the stream paces its deliveries)', () => {
    const { container, rerender } = render(<Markdown text="Hello" streaming />);
    act(() => rerender(<Markdown text="Hello there, world" streaming />));
    expect(container.textContent?.trim()).toBe('Hello there, world');
    act(() => rerender(<Markdown text="Hello there, world. And more" streaming />));
    expect(container.textContent?.trim()).toBe('Hello there, world. And more');
  });

  it('reveals a backlog one step per render interval: every third frame at 60 Hz', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const clock = manualClock();
    const runFrame = () => {
      clock.advance(1000 / 60);
      const callbacks = frames.splice(0);
      act(() => callbacks.forEach((callback) => callback(performance.now())));
    };
    try {
      const { container, rerender } = render(<Markdown text="Start." streaming />);
      act(() => rerender(<Markdown text={`Start.\n\n${paragraphs(400)}`} streaming />));
      // One step in the arrival's render; the backlog waits.
      const lengths = [container.textContent?.length ?? 0];
      expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
      for (let i = 0; i < 9; i++) {
        runFrame();
        lengths.push(container.textContent?.length ?? 0);
      }
      const steps = lengths.slice(1).map((length, i) => length > (lengths[i] as number));
      expect(steps).toEqual([false, false, true, false, false, true, false, false, true]);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('keeps revealing a backlog in a hidden tab, where there are no frames, on a timer', async () => {
    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      const { container, rerender } = render(<Markdown text="Start." streaming />);
      act(() => rerender(<Markdown text={`Start.\n\n${paragraphs(400)}`} streaming />));
      const firstStep = container.textContent?.length ?? 0;
      expect(container.textContent).not.toContain('Paragraph 399');
      await act(() => new Promise((resolve) => setTimeout(resolve, 80)));
      expect(container.textContent?.length).toBeGreaterThan(firstStep);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('shows the next step of a backlog at once when the stream ends, without waiting for a frame', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const text = `Start.\n\n${paragraphs(400)}`;
    try {
      const { container, rerender } = render(<Markdown text="Start." streaming />);
      act(() => rerender(<Markdown text={text} streaming />));
      const firstStep = container.textContent?.length ?? 0;
      act(() => rerender(<Markdown text={text} />));
      expect(container.textContent?.length).toBeGreaterThan(firstStep);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('shows a finished answer whole when it mounts', () => {
    const { container } = render(<Markdown text={paragraphs(400)} />);
    expect(container.textContent).toContain('Paragraph 399');
  });
});

describe('<Markdown> block groups', () => {
  it('puts the blocks in groups of a fixed size, each with a size to take while skipped', () => {
    const text = paragraphs(blocksPerGroup * 2 + 3);
    const { container } = render(<Markdown text={text} />);
    const groups = [...container.querySelectorAll<HTMLElement>('.md-root > .md-group')];
    expect(groups.map((group) => group.querySelectorAll(':scope > .md-block').length)).toEqual([
      blocksPerGroup,
      blocksPerGroup,
      3,
    ]);
    for (const group of groups) expect(group.style.containIntrinsicSize).toMatch(/^auto \d+px$/);
    // Each group's last block is marked by a class (its bottom margin is dropped), not :last-child.
    const ends = [...container.querySelectorAll('.md-block-end')];
    expect(ends).toEqual(groups.map((group) => group.lastElementChild));
  });

  it('while an answer grows, marks only full groups: appending a block restyles no other', () => {
    const { container, rerender } = render(<Markdown text={paragraphs(blocksPerGroup + 1)} />);
    const markedBlocks = () => [...container.querySelectorAll('.md-block-end')];
    const groups = () => [...container.querySelectorAll('.md-root > .md-group')];
    rerender(<Markdown text={paragraphs(blocksPerGroup + 2)} streaming />);
    rerender(<Markdown text={paragraphs(blocksPerGroup + 3)} streaming />);
    expect(container.textContent).toContain(`Paragraph ${blocksPerGroup + 2} `);
    // The full group keeps its mark; the growing group's blocks carry none while it grows.
    expect(markedBlocks()).toEqual([groups()[0]?.lastElementChild]);
    rerender(<Markdown text={paragraphs(blocksPerGroup + 3)} />);
    expect(markedBlocks()).toEqual(groups().map((group) => group.lastElementChild));
  });

  it('keeps a group the same element when blocks are added after it', () => {
    const { container, rerender } = render(<Markdown text={paragraphs(blocksPerGroup - 1)} />);
    const group = container.querySelector('.md-root > .md-group');
    rerender(<Markdown text={paragraphs(blocksPerGroup + 1)} />);
    const groups = container.querySelectorAll('.md-root > .md-group');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toBe(group);
    expect(groups[0]?.className).toBe('md-group');
  });
});

describe('a huge growing block', () => {
  const row = (i: number) => `| row ${i} | ${'x'.repeat(40)} |\n`;
  const table = (minLength: number, from = 0) => {
    let text = '| a | b |\n| --- | --- |\n';
    for (let i = from; text.length < minLength; i++) text += row(i);
    return text;
  };

  it('is rendered again only once it has grown by a quarter, and whole when it ends', () => {
    const source = table(20_000);
    const block = (text: string, streaming: boolean) => (
      <MarkdownBlock index={0} source={text} streaming={streaming} groupEnd definitions="" />
    );
    const { container, rerender } = render(block(source, true));
    const rows = () => container.querySelectorAll('tbody tr').length;
    const before = rows();
    const grown = `${source}${row(9999)}`;
    rerender(block(grown, true));
    expect(rows()).toBe(before);
    let bigger = grown;
    for (let i = 0; bigger.length < source.length * 1.3; i++) bigger += row(10_000 + i);
    rerender(block(bigger, true));
    const afterGrowth = rows();
    expect(afterGrowth).toBeGreaterThan(before + 1);
    const last = `${bigger}${row(20_000)}`;
    rerender(block(last, true));
    expect(rows()).toBe(afterGrowth);
    rerender(block(last, false));
    expect(rows()).toBe(afterGrowth + 1);
  });
});
