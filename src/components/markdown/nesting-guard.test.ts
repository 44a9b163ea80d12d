import { describe, expect, it } from 'vitest';
import { isTooDeeplyNested } from '@/components/markdown/nesting-guard';

describe('isTooDeeplyNested', () => {
  it('accepts everyday nesting', () => {
    expect(isTooDeeplyNested('- a\n  - b\n    - c\n\n> > quote\n\n1. x\n   - y')).toBe(false);
  });

  it('flags deep quotes, deep container chains and far-indented list items', () => {
    expect(isTooDeeplyNested(`${'>'.repeat(40)} x`)).toBe(true);
    expect(isTooDeeplyNested(`${'- > '.repeat(20)}x`)).toBe(true);
    expect(isTooDeeplyNested(`${' '.repeat(80)}- deep item`)).toBe(true);
  });

  it('ignores indentation inside code fences and in plain indented text', () => {
    expect(isTooDeeplyNested(`\`\`\`\n${' '.repeat(120)}- not a list\n\`\`\``)).toBe(false);
    expect(isTooDeeplyNested(`${' '.repeat(120)}just text`)).toBe(false);
  });
});
