// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Markdown } from '@/components/markdown/markdown';
import { blockRenderProbe } from '@/components/markdown/render-probe';

afterEach(() => {
  cleanup();
  blockRenderProbe.onRender = null;
  vi.restoreAllMocks();
});

/** Counts renders per block index while `run` executes. */
function countBlockRenders(run: () => void): Map<number, number> {
  const counts = new Map<number, number>();
  blockRenderProbe.onRender = (index) => counts.set(index, (counts.get(index) ?? 0) + 1);
  run();
  blockRenderProbe.onRender = null;
  return counts;
}

describe('<Markdown>', () => {
  it('renders GitHub-flavoured markdown', () => {
    const { container } = render(
      <Markdown
        text={
          '## Plan\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~no~~ see https://example.com'
        }
      />,
    );
    expect(screen.getByRole('heading', { name: 'Plan' })).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('checkbox', { checked: true })).toBeTruthy();
    expect(container.querySelector('del')?.textContent).toBe('no');
    expect(screen.getByRole('link', { name: 'https://example.com' }).getAttribute('target')).toBe(
      '_blank',
    );
  });

  it('copies a code block with its clipboard button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Markdown text={'```sh\nnpm install\nnpm test\n```'} />);
    const button = screen.getByRole('button', { name: 'Code to clipboard' });
    expect(screen.getByText('sh')).toBeTruthy();
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('On the clipboard'));
    expect(writeText).toHaveBeenCalledWith('npm install\nnpm test');
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('styles reasoning quieter and shows plain text as is', () => {
    const { container, rerender } = render(<Markdown text="**think**" variant="reasoning" />);
    expect(container.firstElementChild?.className).toContain('md-reasoning');
    expect(container.querySelector('strong')?.textContent).toBe('think');
    rerender(<Markdown text={'**not parsed** <b>x</b>'} variant="plain" />);
    expect(container.querySelector('strong, b')).toBeNull();
    expect(container.textContent).toBe('**not parsed** <b>x</b>');
  });

  it('marks itself busy while streaming', () => {
    const { container, rerender } = render(<Markdown text="Hi" streaming />);
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    rerender(<Markdown text="Hi" />);
    expect(container.firstElementChild?.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('<Markdown streaming>', () => {
  it('repairs the growing end: bold, code, links, tables, math', () => {
    const { container, rerender } = render(<Markdown text="Some **bold" streaming />);
    expect(container.querySelector('strong')?.textContent).toBe('bold');

    rerender(<Markdown text={'Intro\n\n```js\nconst a'} streaming />);
    expect(container.querySelector('pre code')?.textContent).toBe('const a');
    expect(container.textContent).not.toContain('```');

    rerender(<Markdown text="Read [the docs](https://exa" streaming />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent?.trim()).toBe('Read the docs');

    rerender(<Markdown text={'| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |'} streaming />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(container.textContent).not.toContain('| 3');

    rerender(<Markdown text={'Formula:\n\n$$\n\\frac{a}{'} streaming />);
    const pending = container.querySelector('.md-math-pending');
    expect(pending?.getAttribute('aria-busy')).toBe('true');
    expect(pending?.textContent).toContain('\\frac{a}{');
  });

  it('shows the text as written once streaming ends', () => {
    const { container, rerender } = render(<Markdown text="Price is 5 **" streaming />);
    expect(container.textContent?.trim()).toBe('Price is 5');
    rerender(<Markdown text="Price is 5 **" />);
    expect(container.textContent?.trim()).toBe('Price is 5 **');
  });

  it('re-renders only the last block per token, however long the answer', async () => {
    let text = Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} with **bold** and \`code\`.`,
    ).join('\n\n');
    const { container, rerender } = render(<Markdown text={text} streaming />);
    // Mounted mid-stream, a long text is revealed over a few frames first.
    await waitFor(() => expect(container.textContent).toContain('Paragraph 59'));

    const perToken = countBlockRenders(() => {
      for (let token = 0; token < 25; token++) {
        text += ` word${token}`;
        act(() => rerender(<Markdown text={text} streaming />));
      }
    });
    expect([...perToken.entries()]).toEqual([[59, 25]]);

    // A new block: the old last block renders once more (it is no longer the streaming one).
    const newBlock = countBlockRenders(() => {
      text += '\n\nA new paragraph';
      act(() => rerender(<Markdown text={text} streaming />));
    });
    expect([...newBlock.keys()].sort((a, b) => a - b)).toEqual([59, 60]);

    // The end of the stream re-renders only the last block, without repairs.
    const done = countBlockRenders(() => act(() => rerender(<Markdown text={text} />)));
    expect([...done.keys()]).toEqual([60]);
  });

  it('a growing block keeps its earlier nodes, and the reader\'s selection in them', () => {
    let text = 'A list:\n\n- first item with **bold** text\n- second';
    const { container, rerender } = render(<Markdown text={text} streaming />);
    const firstItem = container.querySelector('li');
    const bold = container.querySelector('li strong')?.firstChild as Text;
    const selection = document.getSelection() as Selection;
    selection.setBaseAndExtent(bold, 0, bold, 4);

    for (const more of [' item', ' is longer', '\n- third']) {
      text += more;
      act(() => rerender(<Markdown text={text} streaming />));
    }
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'first item with bold text',
      'second item is longer',
      'third',
    ]);
    expect(container.querySelector('li')).toBe(firstItem);
    expect(selection.toString()).toBe('bold');
  });

  it('re-renders nothing when the text has not changed', () => {
    const text = 'one\n\ntwo\n\nthree';
    const { rerender } = render(<Markdown text={text} streaming />);
    const counts = countBlockRenders(() => act(() => rerender(<Markdown text={text} streaming />)));
    expect(counts.size).toBe(0);
  });
});
