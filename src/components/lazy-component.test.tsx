// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '@/components/lazy-component';
import { firstRenderDone } from '@/lib/after-first-render';

describe('lazyComponent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('during start-up, fetches its chunk in idle time after its first render, not during it', async () => {
    const load = vi.fn(() => Promise.resolve(({ name }: { name: string }) => <p>Hello {name}</p>));
    const Greeting = lazyComponent(load, ({ name }) => <p>Waiting for {name}</p>);

    render(<Greeting name="Ada" />);
    expect(screen.getByText('Waiting for Ada')).toBeTruthy();
    expect(load).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('after start-up, fetches its chunk as soon as it mounts (a dialog opened later)', async () => {
    firstRenderDone(); // module state: from here on, start-up is over
    const load = vi.fn(() => Promise.resolve(() => <p>Inspector</p>));
    const Inspector = lazyComponent(load);
    render(<Inspector />);
    expect(load).toHaveBeenCalledOnce();
    await act(() => Promise.resolve());
    expect(screen.getByText('Inspector')).toBeTruthy();
  });
});
