// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventList, type ListedEvent } from '@/features/inspector/event-list';

afterEach(cleanup);

function events(count: number): ListedEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    event: { data: JSON.stringify({ choices: [{ delta: { content: `piece ${index + 1}` } }], usage: null }), at: index * 2.4 },
  }));
}

describe('EventList', () => {
  it('renders only the rows in view, even for 5,000 events', () => {
    render(<EventList items={events(5000)} selected={undefined} onSelect={() => undefined} redact={(text) => text} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByRole('button', { name: 'Event 1: content, 0 ms' })).toBeTruthy();

    // Scrolling moves the window of rendered rows.
    const list = screen.getByRole('list', { name: 'Stream events' });
    list.scrollTop = 30 * 4000;
    fireEvent.scroll(list);
    expect(screen.getByRole('button', { name: 'Event 4001: content, 9600 ms' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Event 1: / })).toBeNull();
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
  });

  it('shows the redacted gist of each event', () => {
    render(
      <EventList
        items={[{ number: 1, event: { data: '{"error":{"message":"bad key sk-1"}}', at: 1 } }]}
        selected={undefined}
        onSelect={() => undefined}
        redact={(text) => text.replaceAll('sk-1', '••••')}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toContain('bad key ••••');
    expect(screen.getByRole('listitem').textContent).not.toContain('sk-1');
  });
});
