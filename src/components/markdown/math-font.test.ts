import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMathFont } from '@/components/markdown/math-font';

function stubFonts(load: (font: string) => Promise<unknown>): void {
  vi.stubGlobal('document', { fonts: { load } });
}

describe('loadMathFont', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('asks for the family math.css declares and resolves when it has loaded', async () => {
    const load = vi.fn(() => Promise.resolve([]));
    stubFonts(load);
    await loadMathFont();
    expect(load).toHaveBeenCalledWith('1em "Playground Math"');
  });

  it('gives up waiting after a moment, so formulas still show without the font', async () => {
    vi.useFakeTimers();
    stubFonts(() => new Promise(() => {}));
    let done = false;
    void loadMathFont().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(true);
  });

  it('does not fail when the font cannot be fetched', async () => {
    stubFonts(() => Promise.reject(new Error('offline')));
    await expect(loadMathFont()).resolves.toBeUndefined();
  });
});
