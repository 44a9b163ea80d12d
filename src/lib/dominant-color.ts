// The dominant colour of an RGBA pixel buffer: a coarse histogram (8 levels per channel) picks
// the most common bucket, whose members are averaged, so a photo's sky wins over scattered noise.

const BITS = 3; // 8 levels per channel, 512 buckets
const SHIFT = 8 - BITS;

function hex(value: number): string {
  return Math.round(value).toString(16).padStart(2, '0');
}

/**
 * The most common colour (`#rrggbb`) and the share of the pixels it covers (0–1): a gradient or
 * a busy picture has no colour that dominates, and a description should not claim one.
 * Transparent pixels count as white, as Qwen3-VL flattens RGBA on white before it looks.
 */
export function measureDominantColor(rgba: Uint8ClampedArray | Uint8Array): {
  color: string;
  share: number;
} {
  const buckets = new Map<number, { count: number; r: number; g: number; b: number }>();
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const alpha = rgba[i + 3]! / 255;
    const r = rgba[i]! * alpha + 255 * (1 - alpha);
    const g = rgba[i + 1]! * alpha + 255 * (1 - alpha);
    const b = rgba[i + 2]! * alpha + 255 * (1 - alpha);
    const key = ((r >> SHIFT) << (2 * BITS)) | ((g >> SHIFT) << BITS) | (b >> SHIFT);
    const bucket = buckets.get(key);
    if (bucket) {
      bucket.count++;
      bucket.r += r;
      bucket.g += g;
      bucket.b += b;
    } else buckets.set(key, { count: 1, r, g, b });
  }
  let best: { count: number; r: number; g: number; b: number } | undefined;
  for (const bucket of buckets.values()) if (!best || bucket.count > best.count) best = bucket;
  if (!best) return { color: '#ffffff', share: 1 };
  return {
    color: `#${hex(best.r / best.count)}${hex(best.g / best.count)}${hex(best.b / best.count)}`,
    share: best.count / Math.floor(rgba.length / 4),
  };
}
