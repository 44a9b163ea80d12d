import { describe, expect, it } from 'vitest';
import { tokenizeBlockMath, tokenizeInlineMath } from '@/lib/marked-math';

describe('tokenizeInlineMath', () => {
  it('reads $…$, $$…$$, \\(…\\) and \\[…\\]', () => {
    expect(tokenizeInlineMath('$x^2$ rest')).toMatchObject({
      text: 'x^2',
      display: false,
      raw: '$x^2$',
    });
    expect(tokenizeInlineMath('$$\\sum x$$ rest')).toMatchObject({
      text: '\\sum x',
      display: true,
    });
    expect(tokenizeInlineMath('\\(a+b\\) rest')).toMatchObject({ text: 'a+b', display: false });
    expect(tokenizeInlineMath('\\[a+b\\] rest')).toMatchObject({ text: 'a+b', display: true });
  });

  it('does not read prices or spaced dollars as math', () => {
    expect(tokenizeInlineMath('$5 and $10')).toBeUndefined();
    expect(tokenizeInlineMath('$ x $')).toBeUndefined();
    expect(tokenizeInlineMath('$10k-$20k')).toBeUndefined();
    expect(tokenizeInlineMath('plain')).toBeUndefined();
  });

  it('allows escaped dollars inside', () => {
    expect(tokenizeInlineMath('$a\\$b$')).toMatchObject({ text: 'a\\$b' });
  });
});

describe('tokenizeBlockMath', () => {
  it('reads a multi-line block and a one-line block', () => {
    expect(tokenizeBlockMath('$$\nx\n$$\nafter')).toMatchObject({
      text: 'x',
      raw: '$$\nx\n$$\n',
      closed: true,
    });
    expect(tokenizeBlockMath('$$ x $$\nafter')).toMatchObject({ text: 'x', raw: '$$ x $$\n' });
    expect(tokenizeBlockMath('\\[\ny\n\\]')).toMatchObject({ text: 'y', opener: '\\[' });
  });

  it('is not a block when text follows the closing delimiter', () => {
    expect(tokenizeBlockMath('$$x$$ is inline')).toBeUndefined();
    expect(tokenizeBlockMath('$$\nx\n$$ trailing')).toBeUndefined();
  });

  it('runs to the end when unclosed, only if allowed', () => {
    expect(tokenizeBlockMath('$$\nx +\n\ny')).toMatchObject({ closed: false, raw: '$$\nx +\n\ny' });
    expect(tokenizeBlockMath('$$\nx +', false)).toBeUndefined();
  });
});
