import { describe, expect, it } from 'vitest';
import {
  IMAGE_BUDGETS,
  aspectRatioTooExtreme,
  estimateImageTokens,
  fitWithinPixels,
  formatBytes,
  isImageSizePreset,
  planImageSize,
} from '@/lib/image-budget';

const standard = IMAGE_BUDGETS.standard;

describe('fitWithinPixels', () => {
  it('shrinks a 12 MP photo into the budget and keeps its aspect ratio', () => {
    const fitted = fitWithinPixels(4032, 3024, standard.maxPixels);
    expect(fitted.width * fitted.height).toBeLessThanOrEqual(standard.maxPixels);
    // Within one pixel of the largest size that fits.
    expect((fitted.width + 1) * (fitted.height + 1)).toBeGreaterThan(standard.maxPixels);
    expect(fitted.width / fitted.height).toBeCloseTo(4032 / 3024, 2);
    expect(fitted).toEqual({ width: 1478, height: 1108 });
  });

  it('never upscales', () => {
    expect(fitWithinPixels(640, 480, standard.maxPixels)).toEqual({ width: 640, height: 480 });
  });

  it('keeps extreme panoramas at least a pixel high', () => {
    const fitted = fitWithinPixels(100_000, 2, 1000);
    expect(fitted.height).toBe(1);
    expect(fitted.width * fitted.height).toBeLessThanOrEqual(1000);
  });

  it('leaves everything as given with the original preset', () => {
    expect(fitWithinPixels(12_000, 9_000, IMAGE_BUDGETS.original.maxPixels)).toEqual({ width: 12_000, height: 9_000 });
  });
});

describe('planImageSize', () => {
  it('keeps a small, light image as it is', () => {
    expect(planImageSize({ width: 800, height: 600, bytes: 90_000 }, standard)).toEqual({ action: 'keep' });
  });

  it('downscales a large photo', () => {
    expect(planImageSize({ width: 4000, height: 3000, bytes: 3_000_000 }, standard)).toMatchObject({
      action: 'reencode',
      why: 'too-many-pixels',
    });
  });

  it('re-encodes at the same size when only the bytes are too many', () => {
    expect(planImageSize({ width: 1200, height: 1200, bytes: 5_000_000 }, standard)).toEqual({
      action: 'reencode',
      width: 1200,
      height: 1200,
      why: 'too-heavy',
    });
  });

  it('orders the presets from small to large', () => {
    const photo = { width: 4032, height: 3024, bytes: 4_000_000 };
    const pixels = (['low', 'standard', 'high'] as const).map((preset) => {
      const plan = planImageSize(photo, IMAGE_BUDGETS[preset]);
      return plan.action === 'reencode' ? plan.width * plan.height : Infinity;
    });
    expect(pixels[0]).toBeLessThan(pixels[1]!);
    expect(pixels[1]).toBeLessThan(pixels[2]!);
    expect(planImageSize(photo, IMAGE_BUDGETS.original)).toEqual({ action: 'keep' });
  });
});

describe('estimateImageTokens', () => {
  it('counts one token per 32 × 32 patch', () => {
    expect(estimateImageTokens(1024, 1024)).toBe(1024);
    expect(estimateImageTokens(1478, 1108)).toBe(46 * 35);
  });

  it('clamps to Qwen3-VL’s 4–16,384', () => {
    expect(estimateImageTokens(10, 10)).toBe(4);
    expect(estimateImageTokens(8000, 8000)).toBe(16_384);
  });

  it('stays within the budget’s token figure after fitting', () => {
    const fitted = fitWithinPixels(4032, 3024, standard.maxPixels);
    expect(estimateImageTokens(fitted.width, fitted.height)).toBeLessThanOrEqual(1600 * 1.05);
  });
});

describe('helpers', () => {
  it('spots aspect ratios Qwen3-VL refuses', () => {
    expect(aspectRatioTooExtreme(20_100, 100)).toBe(true);
    expect(aspectRatioTooExtreme(100, 20_000)).toBe(false);
  });

  it('formats bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('recognises presets', () => {
    expect(isImageSizePreset('standard')).toBe(true);
    expect(isImageSizePreset('huge')).toBe(false);
    expect(isImageSizePreset('toString')).toBe(false);
  });
});
