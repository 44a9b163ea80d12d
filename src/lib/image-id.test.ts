import { describe, expect, it } from 'vitest';
import { imageIdTime, newImageId } from '@/lib/image-id';

describe('image ids', () => {
  it('carry their creation time', () => {
    const now = Date.UTC(2026, 0, 2, 3, 4, 5);
    const id = newImageId(now);
    expect(imageIdTime(id)).toBe(now);
    expect(newImageId(now)).not.toBe(id);
  });

  it('say nothing about ids of another shape', () => {
    expect(imageIdTime('img_abc')).toBeUndefined();
    expect(imageIdTime('m_123')).toBeUndefined();
  });
});
