// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRestInBackground } from '@/components/use-rest-in-background';

const items = ['a', 'b', 'c', 'd', 'e'];

/** Shows the last two items first; records how many each commit put on screen. */
function List({ listKey, commits }: { listKey: string; commits: number[] }) {
  const complete = useRestInBackground(listKey);
  const shown = complete ? items : items.slice(-2);
  useLayoutEffect(() => {
    commits.push(shown.length);
  });
  return (
    <ul>
      {shown.map((item) => (
        <li key={item}>{`${listKey} ${item}`}</li>
      ))}
    </ul>
  );
}

describe('useRestInBackground', () => {
  afterEach(cleanup);

  it('commits the visible part first, then the whole list in a second render', () => {
    const commits: number[] = [];
    render(<List listKey="one" commits={commits} />);
    expect(commits).toEqual([2, 5]);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('starts again from the visible part when the key changes, and not on other renders', () => {
    const commits: number[] = [];
    const { rerender } = render(<List listKey="one" commits={commits} />);
    rerender(<List listKey="one" commits={commits} />);
    expect(commits).toEqual([2, 5, 5]);

    rerender(<List listKey="two" commits={commits} />);
    expect(commits).toEqual([2, 5, 5, 2, 5]);
    expect(screen.getByText('two a')).toBeTruthy();
  });
});
