import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '@/lib/character-references';

describe('decodeCharacterReferences', () => {
  it('decodes decimal, hex and named references, with or without the semicolon', () => {
    expect(decodeCharacterReferences('&#106;&#x61;&#X76;a&colon;')).toBe('java:');
    expect(decodeCharacterReferences('&#106&#97')).toBe('ja');
    expect(decodeCharacterReferences('a&amp;b&Tab;c&NewLine;')).toBe('a&b\tc\n');
  });

  it('maps NUL and out-of-range code points to U+FFFD and keeps unknown names', () => {
    expect(decodeCharacterReferences('&#0;&#x110000;')).toBe('\ufffd\ufffd');
    expect(decodeCharacterReferences('&unknownname;')).toBe('&unknownname;');
  });

  it('decodes one level only', () => {
    expect(decodeCharacterReferences('&amp;#106;')).toBe('&#106;');
  });
});
