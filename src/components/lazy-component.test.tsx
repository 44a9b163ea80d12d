// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Whether start-up is over is module state: fresh modules for every test.
async function freshModules() {
  vi.resetModules();
  const [lazy, startup] = await Promise.all([
    import('@/components/lazy-component'),
    import('@/lib/after-first-render'),
  ]);
  return { ...lazy, ...startup };
}

describe('lazy components', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('a dialog mounted during start-up fetches its chunk in idle time, not during the render', async () => {
    const { lazyDialog } = await freshModules();
    const load = vi.fn(() => Promise.resolve(({ name }: { name: string }) => <p>Hello {name}</p>));
    const Dialog = lazyDialog(load);

    render(<Dialog name="Ada" />);
    expect(load).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });

  it('a dialog first mounted after start-up fetches its chunk at once', async () => {
    const { lazyDialog, firstRenderDone } = await freshModules();
    firstRenderDone();
    const load = vi.fn(() => Promise.resolve(() => <p>Inspector</p>));
    const Inspector = lazyDialog(load);
    render(<Inspector />);
    expect(load).toHaveBeenCalledOnce();
    await act(() => Promise.resolve());
    expect(screen.getByText('Inspector')).toBeTruthy();
  });

  it('a part that is on screen at start-up fetches its chunk at once, showing its fallback meanwhile', async () => {
    const { lazyComponent } = await freshModules();
    const load = vi.fn(() => Promise.resolve(() => <p>Live balance</p>));
    const Badge = lazyComponent(load, () => <p>Balance</p>);
    render(<Badge />);
    expect(screen.getByText('Balance')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
    await act(() => Promise.resolve());
    expect(screen.getByText('Live balance')).toBeTruthy();
  });
});
