import { describe, expect, it } from 'vitest';
import { measureDominantColor } from '@/lib/dominant-color';

const dominantColor = (rgba: Uint8ClampedArray) => measureDominantColor(rgba).color;

function pixels(...runs: [count: number, rgba: [number, number, number, number]][]): Uint8ClampedArray {
  const out: number[] = [];
  for (const [count, rgba] of runs) for (let i = 0; i < count; i++) out.push(...rgba);
  return new Uint8ClampedArray(out);
}

describe('dominantColor', () => {
  it('finds the most common colour', () => {
    expect(dominantColor(pixels([70, [30, 90, 200, 255]], [30, [250, 10, 10, 255]]))).toBe('#1e5ac8');
  });

  it('averages the members of the winning bucket', () => {
    expect(dominantColor(pixels([1, [0, 200, 0, 255]], [1, [10, 210, 10, 255]]))).toBe('#05cd05');
  });

  it('prefers one large area over many scattered colours', () => {
    const scattered = Array.from({ length: 40 }, (_, i): [number, [number, number, number, number]] => [1, [i * 6, 255 - i * 6, (i * 37) % 256, 255]]);
    expect(dominantColor(pixels([20, [240, 200, 40, 255]], ...scattered))).toBe('#f0c828');
  });

  it('counts transparent pixels as white', () => {
    expect(dominantColor(pixels([10, [0, 0, 0, 0]], [5, [255, 0, 0, 255]]))).toBe('#ffffff');
  });

  it('answers white for no pixels', () => {
    expect(dominantColor(new Uint8ClampedArray())).toBe('#ffffff');
  });

  it('says how much of the picture the colour covers', () => {
    expect(measureDominantColor(pixels([70, [30, 90, 200, 255]], [30, [250, 10, 10, 255]])).share).toBe(0.7);
    // A four-way gradient: its most common bucket covers a small share.
    const gradient: [number, [number, number, number, number]][] = [];
    for (let step = 0; step < 16; step++) gradient.push([1, [step * 16, 255 - step * 16, (step * 40) % 256, 255]]);
    expect(measureDominantColor(pixels(...gradient)).share).toBeLessThan(0.25);
  });
});
