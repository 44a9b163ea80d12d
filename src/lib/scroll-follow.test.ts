import { describe, expect, it } from 'vitest';
import { followsEndAfterScroll } from '@/lib/scroll-follow';

const nearEnd = 120;

describe('followsEndAfterScroll', () => {
  it('keeps following when the content grew far past the view without the view moving up', () => {
    // Scrolled to the end at 9,200; 3,000 px of answer arrived before the scroll event.
    expect(
      followsEndAfterScroll(
        true,
        9_000,
        { scrollTop: 9_200, scrollHeight: 13_000, clientHeight: 800 },
        nearEnd,
      ),
    ).toBe(true);
  });

  it('stops following when the reader moves up away from the end', () => {
    expect(
      followsEndAfterScroll(
        true,
        9_200,
        { scrollTop: 8_700, scrollHeight: 10_000, clientHeight: 800 },
        nearEnd,
      ),
    ).toBe(false);
  });

  it('a small move up that stays near the end keeps following', () => {
    expect(
      followsEndAfterScroll(
        true,
        9_200,
        { scrollTop: 9_150, scrollHeight: 10_000, clientHeight: 800 },
        nearEnd,
      ),
    ).toBe(true);
  });

  it('a reader who left follows again on coming back near the end, not before', () => {
    const away = { scrollTop: 5_000, scrollHeight: 10_000, clientHeight: 800 };
    expect(followsEndAfterScroll(false, 4_000, away, nearEnd)).toBe(false);
    expect(followsEndAfterScroll(false, 5_000, { ...away, scrollTop: 9_150 }, nearEnd)).toBe(true);
  });
});
